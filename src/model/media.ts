/**
 * An event's picture: `media: {src, alt, credit, link}`, or just its address. Only an `https:` or a
 * relative (same-origin) address is drawn: any other scheme is refused as links are, and named.
 */
import { isSafeImageSource, isSafeLink } from './links.js';
import { readLocalizedText } from './text.js';
import { isObject } from './guards.js';
import type { EventMedia, Problem } from './types.js';

type Report = (problem: Pick<Problem, 'code' | 'field' | 'value'>) => void;

export function readMedia(value: unknown, report: Report, preview: (value: unknown) => string): EventMedia | undefined {
  if (value === undefined || value === null) return undefined;
  const raw = isObject(value) ? value : { src: value };
  const given = raw.src ?? raw.url;
  const src = typeof given === 'string' ? given.trim() : '';
  if (!isSafeImageSource(src)) {
    report({ code: 'media-unsafe', field: 'media.src', value: preview(given) });
    return undefined;
  }
  const alt = readLocalizedText(raw.alt);
  // `"alt": ""` says the picture is decoration, as in HTML: no words are missing, so nothing is reported.
  if (!alt && raw.alt !== '') report({ code: 'media-alt-missing', field: 'media.alt', value: preview(src) });
  let link: string | undefined;
  if (typeof raw.link === 'string' && isSafeLink(raw.link.trim())) link = raw.link.trim();
  else if (raw.link !== undefined && raw.link !== null) report({ code: 'link-unsafe', field: 'media.link', value: preview(raw.link) });
  return { src, alt, credit: readLocalizedText(raw.credit), link };
}
