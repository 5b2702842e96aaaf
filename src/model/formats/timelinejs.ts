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

type Link = { href: string; label?: string };
type Note = (field: string, example?: unknown) => void;

/** As TimelineJS tells an image from other media: by its extension. A Wikimedia file page is a page, not an image. */
const IMAGE = /\.(jpe?g|png|gif|svg|webp|avif)(\?.*)?$/i;
const FILE_PAGE = /^https:\/\/(commons\.wikimedia\.org\/wiki\/File:|[^/]+\.wikipedia\.org\/.*#\/media\/)/i;

const DATE_PARTS = ['year', 'month', 'day', 'hour', 'minute', 'second'] as const;
const BLOCK_TAGS = new Set(['br', 'p', 'div', 'li', 'ul', 'ol', 'tr', 'table', 'blockquote', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const RAW_TEXT_TAGS = new Set(['script', 'style', 'template', 'textarea', 'title']);
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', ndash: '–', mdash: '—',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', hellip: '…', laquo: '«', raquo: '»' };
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

/**
 * Plain text from TimelineJS's HTML, without a DOM: tags are skipped (`<script>` and `<style>` with their
 * content), block tags become line breaks, entities are decoded, and `<a href>` addresses are returned as
 * links. Every step moves forward with indexOf or a single scan, so the cost is linear on any input.
 */
export function htmlToText(html: unknown): { text: string; links: Link[] } {
  const source = typeof html === 'string' ? html : '';
  const links: Link[] = [];
  let text = '';
  let anchor: Link & { from: number } | undefined;
  let i = 0;
  while (i < source.length) {
    const open = source.indexOf('<', i);
    text += decode(source.slice(i, open < 0 ? source.length : open).replace(/[ \t\n\r\f]+/g, ' '));
    if (open < 0) break;
    if (source.startsWith('<!--', open)) {
      const end = source.indexOf('-->', open + 4);
      i = end < 0 ? source.length : end + 3;
      continue;
    }
    if (!/[a-z/!?]/i.test(source[open + 1] ?? '')) {
      text += '<'; // "a < b": a `<` that opens no tag is text
      i = open + 1;
      continue;
    }
    const close = tagEnd(source, open);
    const tag = source.slice(open + 1, close);
    const name = /^\/?([a-z][a-z0-9-]*)/i.exec(tag)?.[1].toLowerCase() ?? '';
    i = close + 1;
    if (BLOCK_TAGS.has(name)) text += '\n';
    if (RAW_TEXT_TAGS.has(name) && !tag.startsWith('/')) {
      const closing = new RegExp(`</${name}`, 'ig');
      closing.lastIndex = i;
      const end = closing.exec(source)?.index;
      i = end === undefined ? source.length : tagEnd(source, end) + 1;
    } else if (name === 'a') {
      if (anchor) links.push({ href: anchor.href, label: text.slice(anchor.from).trim() || undefined });
      const href = tag.startsWith('/') ? null : /\shref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/i.exec(tag);
      anchor = href ? { href: decode(href[1] ?? href[2] ?? href[3]).trim(), from: text.length } : undefined;
    }
  }
  if (anchor) links.push({ href: anchor.href, label: text.slice(anchor.from).trim() || undefined });
  return { text: text.replace(/ *\n */g, '\n').replace(/\n{3,}/g, '\n\n').trim(), links };
}

/** The `>` that ends the tag opened at `open`, passing over any in a quoted attribute value (`title="a>b"`). */
function tagEnd(source: string, open: number): number {
  let quote = '';
  let previous = '';
  for (let i = open + 1; i < source.length; i++) {
    const char = source[i];
    if (quote) quote = char === quote ? '' : quote;
    else if ((char === '"' || char === "'") && previous === '=') quote = char;
    else if (char === '>') return i;
    if (char !== ' ' && char !== '\t' && char !== '\n') previous = char;
  }
  return source.length;
}

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,6});/gi, (entity, name: string) => {
    if (name[0] !== '#') return ENTITIES[name.toLowerCase()] ?? entity;
    const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
    return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : '\ufffd';
  });
}
