/**
 * Text fields are a string or a map from language tag to string. These helpers read them from raw data
 * and choose the text to show for a language.
 */
import { ANY_LANGUAGE, type LocalizedText } from './types.js';
import { primaryLanguage } from './guards.js';

/**
 * Text in no particular language. Written with its key as a literal (ANY_LANGUAGE's value): an object made
 * with a computed key (`{ [ANY_LANGUAGE]: text }`) is given room for four properties, 28 bytes rather than
 * 16 in Chromium, and every event has a title: 12 MB at a million events.
 */
function inAnyLanguage(text: string): LocalizedText {
  return { '*': text };
}

/**
 * A string or a map of non-empty strings; anything else is undefined (the caller reports it). A number is
 * its digits as text: films are called "1776" and "300", and a spreadsheet or JSON export writes them as numbers.
 */
export function readLocalizedText(value: unknown): LocalizedText | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return inAnyLanguage(String(value));
  if (typeof value === 'string') return value.trim() ? inAnyLanguage(value) : undefined;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const entries = Object.entries(value).filter(
    (entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1].trim() !== '',
  );
  return entries.length ? Object.fromEntries(entries) : undefined;
}

export interface ChosenText {
  text: string;
  /** The language the text is in, when the data says; set as `lang` on the element that shows it. */
  lang?: string;
}


/**
 * The text for `lang`: the exact tag, then the same primary language (`en-GB` for `en`), then each
 * fallback in order, then whatever the data has. A reader always sees something rather than nothing.
 */
export function chooseText(
  text: LocalizedText | undefined,
  lang: string,
  fallbacks: readonly string[] = [],
): ChosenText | undefined {
  if (!text) return undefined;
  const tags = Object.keys(text);
  if (tags.length === 0) return undefined;
  for (const wanted of [lang, ...fallbacks]) {
    if (!wanted) continue;
    const exact = tags.find((tag) => tag.toLowerCase() === wanted.toLowerCase());
    const found = exact ?? tags.find((tag) => tag !== ANY_LANGUAGE && primaryLanguage(tag) === primaryLanguage(wanted));
    if (found) return { text: text[found], lang: found };
  }
  if (ANY_LANGUAGE in text) return { text: text[ANY_LANGUAGE] };
  return { text: text[tags[0]], lang: tags[0] };
}

/**
 * Shortens a string to at most `max` user-perceived characters with an ellipsis, never splitting an emoji
 * or a letter from its combining marks.
 */
export function shorten(text: string, max: number): string {
  const parts = graphemes(text);
  if (parts.length <= max) return text;
  return `${parts.slice(0, Math.max(0, max - 1)).join('').trimEnd()}…`;
}

/**
 * Like `shorten`, but ends on a whole word when at least one fits: a label cut inside a word ("rem…")
 * reads badly, and its words are then no longer part of the event's accessible name, which speech input
 * users rely on ("label in name", WCAG 2.5.3). A first word longer than `max` is cut inside.
 */
export function shortenAtWord(text: string, max: number): string {
  if (graphemeCount(text) <= max) return text;
  let end = 0;
  let length = 0;
  let attached = false;
  for (const { segment, index, isWordLike } of words.segment(text)) {
    length += graphemeCount(segment);
    if (length > max - 1) break;
    // A cut ends after a word, or after punctuation that closes one ("iceberg”"), never after a space
    // or an opening quote.
    attached = Boolean(isWordLike) || (attached && !/\s/.test(segment));
    if (attached) end = index + segment.length;
  }
  const kept = text.slice(0, end);
  const whole = kept.trimEnd();
  return whole ? `${whole}…` : shorten(text, max);
}

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const words = new Intl.Segmenter(undefined, { granularity: 'word' });

function graphemes(text: string): string[] {
  return Array.from(segmenter.segment(text), (s) => s.segment);
}

export function graphemeCount(text: string): number {
  let count = 0;
  for (const _ of segmenter.segment(text)) count += 1;
  return count;
}

/**
 * Ends a sentence with one full stop: a date in words may end with an abbreviation's already (Russian
 * "г.", Armenian "թ."), and Armenian's full stop is "։".
 */
export function endSentence(text: string): string {
  return /[.։]$/.test(text) ? text : `${text}.`;
}
