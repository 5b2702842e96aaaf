/**
 * Reads a TimelineJS3 JSON file as an events document, so that one file serves both. An image becomes the
 * event's picture, a quote its quote, other media (YouTube, Vimeo, maps...) a link with its caption, and the
 * title slide's headline and text the timeline's title and description. What has no place in an event (a
 * background, say) is named in one notice a field, with how many slides use it: for the page's author, since
 * the reader has lost nothing the data meant to say.
 */
import { isSafeImageSource, isSafeLink } from '../links.js';
import { shorten, shortenAtWord } from '../text.js';
import type { Problem } from '../types.js';
import { isObject, type RawObject } from '../guards.js';
import { htmlToText, type Link } from './html-text.js';

export { htmlToText };

type Note = (field: string, example?: unknown) => void;

/** As TimelineJS tells an image from other media: by its extension. A Wikimedia file page is a page, not an image. */
const IMAGE = /\.(jpe?g|png|gif|svg|webp|avif)(\?.*)?$/i;
const FILE_PAGE = /^https:\/\/(commons\.wikimedia\.org\/wiki\/File:|[^/]+\.wikipedia\.org\/.*#\/media\/)/i;

const DATE_PARTS = ['year', 'month', 'day', 'hour', 'minute', 'second'] as const;
// `autolink` is honoured, not lost: unless it is false, the addresses written in the text become links.
const SLIDE_FIELDS = new Set(['start_date', 'end_date', 'text', 'media', 'group', 'display_date', 'unique_id', 'autolink']);

export { isTimelineJs } from '../choose-format.js';

export function fromTimelineJs(value: unknown): { document: unknown; warnings: Problem[]; notices: Problem[] } {
  if (!isObject(value) || !Array.isArray(value.events)) return { document: value, warnings: [], notices: [] };
  const unsupported = new Map<string, { count: number; example?: string }>();
  const note: Note = (field, example) => {
    const seen = unsupported.get(field);
    const shown = typeof example === 'string' && example ? shorten(example, 40) : undefined;
    unsupported.set(field, { count: (seen?.count ?? 0) + 1, example: seen ? seen.example : shown });
  };
  const titleSlide = isObject(value.title) ? value.title : {};
  const titleText = isObject(titleSlide.text) ? titleSlide.text : {};
  if (isObject(titleSlide.media) && textOf(titleSlide.media.url)) note('title.media', titleSlide.media.url);
  if (isObject(titleSlide.background) && meaningful(titleSlide.background)) note('title.background', titleSlide.background.url ?? titleSlide.background.color);
  const notices: Problem[] = [];
  // Eras become ranges in an `era` category, after the slides, so that slide N is still event N in a message.
  const eras = Array.isArray(value.eras) ? value.eras.filter(isObject) : [];
  const document = {
    title: plain(titleText.headline),
    description: htmlToText(titleText.text).text || undefined,
    categories: eras.length ? { era: { label: { en: 'Era', hy: 'Դարաշրջան', ru: 'Эпоха' } } } : undefined,
    events: [
      ...value.events.map((slide, index) =>
        isObject(slide) ? fromSlide(slide, note, (src) => notices.push({ code: 'media-alt-missing', severity: 'warning', index, field: 'media.alt', value: shorten(src, 40) })) : slide,
      ),
      ...eras.map((era, i) => ({ ...fromSlide(era, note), id: `era-${i + 1}`, category: 'era' })),
    ],
  };
  for (const [field, { count, example }] of unsupported) {
    notices.push({ code: 'format-unsupported', severity: 'warning', field, value: example, detail: String(count) });
  }
  return { document, warnings: [], notices };
}

function fromSlide(slide: RawObject, note: Note, unlabelled: (src: string) => void = () => {}): RawObject {
  const text = isObject(slide.text) ? slide.text : {};
  const body = htmlToText(text.text);
  const links = new Map<string, Link>();
  const media = isObject(slide.media) ? slide.media : {};
  const mediaUrl = upgraded(textOf(media.url));
  const caption = plain(media.caption) ?? plain(media.title);
  const credit = plain(media.credit);
  let picture: RawObject | undefined;
  let quote: string | undefined;
  if (mediaUrl && /^\s*<blockquote/i.test(mediaUrl)) {
    // A quote is TimelineJS's media too: its words are the event's quote, its <cite> who said it.
    quote = htmlToText(mediaUrl).text || undefined;
  } else if (mediaUrl && IMAGE.test(mediaUrl) && !FILE_PAGE.test(mediaUrl) && isSafeImageSource(mediaUrl)) {
    // TimelineJS's own alt text: `alt`, else the caption. With neither, the picture is shown as decoration
    // (alt="") and the author told, rather than the reader warned about words the data never had.
    const alt = plain(media.alt) ?? caption;
    if (!alt) unlabelled(mediaUrl);
    picture = { src: mediaUrl, alt: alt ?? '', credit, link: textOf(media.link) };
  } else if (mediaUrl && /^https?:/i.test(mediaUrl) && isSafeLink(mediaUrl)) {
    const label = [caption, credit && `(${credit})`].filter(Boolean).join(' ');
    links.set(mediaUrl, { href: mediaUrl, label: label || undefined });
  } else if (mediaUrl) note('media.url', mediaUrl);
  for (const link of body.links) {
    if (isSafeLink(link.href)) links.set(link.href, links.get(link.href) ?? link);
    else note('text.text <a href>', link.href);
  }
  for (const [address] of slide.autolink === false ? [] : body.text.matchAll(/https?:\/\/[^\s<>"]+/g)) {
    const href = address.replace(/[.,;:!?)\]]+$/, '');
    // An address in the text that is no link ("https://" alone, as a help text writes it) stays text.
    if (!links.has(href) && /^https?:\/\/[^/]/.test(href) && isSafeLink(href)) links.set(href, { href });
  }
  for (const [field, raw] of Object.entries(slide)) {
    if (SLIDE_FIELDS.has(field) || !meaningful(raw) || (field === 'type' && raw === 'title')) continue;
    if (field === 'background' && isObject(raw) && !meaningful(raw.url) && !meaningful(raw.color)) continue;
    note(field, isObject(raw) ? (raw.url ?? raw.color) : raw);
  }
  const start = isObject(slide.start_date) ? slide.start_date : {};
  const end = isObject(slide.end_date) ? slide.end_date : {};
  const shownDates = [plain(start.display_date), plain(end.display_date)].filter(Boolean).join(' – ');
  return {
    id: textOf(slide.unique_id),
    start: edtf(start),
    end: edtf(end),
    // A slide needs no headline in TimelineJS; here a title is the label, so the text or the caption stands in.
    title: plain(text.headline) ?? firstLine(body.text) ?? caption,
    description: body.text || undefined,
    quote,
    dateText: plain(slide.display_date) ?? (shownDates || undefined),
    group: plain(slide.group),
    links: [...links.values()],
    media: picture,
  };
}

/**
 * `//host/a.jpg` and `http://host/a.jpg` as an https page loads them: over https (browsers upgrade pictures
 * on such pages), so that TimelineJS's examples, written when protocol-relative addresses were usual, keep their pictures.
 */
function upgraded(url: string | undefined): string | undefined {
  return url?.replace(/^(http:)?\/\/(?=[^/])/i, 'https://');
}

function firstLine(text: string): string | undefined {
  const line = text.split('\n', 1)[0].trim();
  return line ? shortenAtWord(line, 80) : undefined;
}

function textOf(value: unknown): string | undefined {
  const text = typeof value === 'number' && Number.isFinite(value) ? String(value) : typeof value === 'string' ? value.trim() : '';
  return text || undefined;
}

const plain = (value: unknown) => htmlToText(textOf(value)).text || undefined;

/** Whether a field says anything: not empty, not false, not made only of such. Deep or cyclic values do. */
function meaningful(value: unknown, depth = 0): boolean {
  if (depth > 4) return true;
  if (isObject(value) || Array.isArray(value)) return Object.values(value).some((item) => meaningful(item, depth + 1));
  return value !== undefined && value !== null && value !== '' && value !== false;
}

/**
 * A TimelineJS date object as EDTF at the precision it gives: `{year: -499, month: 3}` is `-0499-03`.
 * A part that is not a whole number is kept as written, so that the parser names the date as unreadable.
 */
export function edtf(date: RawObject): string | undefined {
  const [year, month, day, hour, minute, second] = DATE_PARTS.map((part) => textOf(date[part]));
  if (year === undefined || !/^-?\d+$/.test(year)) return year;
  const y = Number(year);
  const two = (part: string) => (/^\d$/.test(part) ? `0${part}` : part);
  const text = Math.abs(y) > 9999 ? `Y${y}` : `${y < 0 ? '-' : ''}${String(Math.abs(y)).padStart(4, '0')}`;
  if (month === undefined) return text;
  if (day === undefined) return `${text}-${two(month)}`;
  if (hour === undefined) return `${text}-${two(month)}-${two(day)}`;
  // TimelineJS reads a time in the reader's zone; the model is UTC throughout, so the time is taken as UTC.
  return `${text}-${two(month)}-${two(day)}T${two(hour)}:${two(minute ?? '0')}${second === undefined ? '' : `:${two(second)}`}Z`;
}
