/**
 * The plain fields of one event as the element's own JSON gives them: its id, its links, and the fields the
 * format does not know (kept for the page). Each says what is wrong with it in a problem and never throws.
 * Used by parse.ts for every event.
 */
import { isSafeLink } from './links.js';
import { preview } from './preview.js';
import { readLocalizedText } from './text.js';
import type { EventLink, Problem } from './types.js';
import { isObject, type RawObject } from './guards.js';

const KNOWN_FIELDS = new Set(['id', 'start', 'end', 'title', 'description', 'quote', 'dateText', 'category', 'group', 'place', 'links', 'media', 'related']);

/** Fields the format does not know are no error: they are kept, as given, for the page's own use. */
export function extraFields(item: RawObject): Record<string, unknown> | undefined {
  let extra: Record<string, unknown> | undefined;
  for (const key in item) {
    // Own fields only, as Object.keys gives them (for…in needs no array per event).
    if (KNOWN_FIELDS.has(key) || !Object.prototype.hasOwnProperty.call(item, key)) continue;
    extra ??= {};
    extra[key] = item[key];
  }
  return extra;
}

export function readId(value: unknown, index: number, problems: Problem[]): string {
  if (typeof value === 'string' && value.trim()) return value.trim();
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (value !== undefined && value !== null) {
    problems.push({ code: 'id-invalid', severity: 'warning', index, field: 'id', value: preview(value) });
  }
  return `event-${index + 1}`;
}

/** The links of an event with none: one list for all of them (an empty list each is 16 MB at a million events). */
export const NO_LINKS: readonly EventLink[] = Object.freeze([]);

export function readLinks(value: unknown, whereOf: () => { index: number; id?: string }, problems: Problem[]): readonly EventLink[] {
  if (value === undefined || value === null) return NO_LINKS;
  const where = whereOf();
  if (!Array.isArray(value)) {
    problems.push({ code: 'field-type', severity: 'warning', ...where, field: 'links', value: preview(value) });
    return NO_LINKS;
  }
  const links: EventLink[] = [];
  value.forEach((raw, i) => {
    const href = typeof raw === 'string' ? raw : isObject(raw) ? raw.href : undefined;
    if (typeof href !== 'string' || !isSafeLink(href.trim())) {
      problems.push({ code: 'link-unsafe', severity: 'warning', ...where, field: `links[${i}].href`, value: preview(href) });
      return;
    }
    links.push({ href: href.trim(), label: isObject(raw) ? readLocalizedText(raw.label) : undefined });
  });
  return links;
}
