/**
 * The `fields` attribute: where each event field comes from, `title:name, start:death_date`, with dotted
 * paths into objects (`start:properties.time`). Names match whatever their case and spacing, as the table
 * reader's headers do: `start:release date` finds "Release Date".
 */
import { isObject, type RawObject } from '../guards.js';
import { shorten } from '../text.js';
import type { Problem } from '../types.js';

/** The event fields a mapping may fill. */
export const EVENT_FIELDS = ['id', 'start', 'end', 'title', 'description', 'quote', 'dateText', 'category', 'group', 'place', 'links', 'media', 'related'];
const BY_NAME = new Map(EVENT_FIELDS.map((field) => [normalizeName(field), field]));

export interface FieldMapping {
  /** Event field, then the path of the data field it is read from. */
  target: string;
  source: string;
}

/** Lower case, without spaces, `_` or `-`: "Release Date", "release_date" and "releasedate" are one name. */
export function normalizeName(name: string): string {
  return name.toLowerCase().replace(/[\s_-]+/g, '');
}

/** Reads the attribute's value; an entry that is not `event field:data field` is named and left out. */
export function parseFields(text: string | undefined): { mappings: FieldMapping[]; problems: Problem[] } {
  const mappings: FieldMapping[] = [];
  const problems: Problem[] = [];
  for (const entry of (text ?? '').split(',')) {
    if (!entry.trim()) continue;
    const colon = entry.indexOf(':');
    const target = BY_NAME.get(normalizeName(colon < 0 ? '' : entry.slice(0, colon)));
    const source = colon < 0 ? '' : entry.slice(colon + 1).trim();
    if (target && source) mappings.push({ target, source });
    else problems.push({ code: 'fields-invalid', severity: 'warning', value: shorten(entry.trim(), 40), detail: EVENT_FIELDS.join(', ') });
  }
  return { mappings, problems };
}

/** The value at a path, each step matched by name as written first, then by its normalized name. */
export function valueAt(record: RawObject, path: string): { found: boolean; value?: unknown } {
  if (path in record) return { found: true, value: record[path] };
  let value: unknown = record;
  for (const step of path.split('.')) {
    if (!isObject(value)) return { found: false };
    const key = step in value ? step : Object.keys(value).find((name) => normalizeName(name) === normalizeName(step));
    if (key === undefined) return { found: false };
    value = value[key];
  }
  return { found: true, value };
}

/**
 * The record with each mapped field set from its source. A top-level source field moves (it is not also
 * kept in `extra`); a nested one is copied. A source a record does not have leaves the event field as it was.
 */
export function applyFields(record: unknown, mappings: readonly FieldMapping[]): unknown {
  if (!isObject(record) || !mappings.length) return record;
  const event: RawObject = { ...record };
  for (const { target, source } of mappings) {
    const { found, value } = valueAt(record, source);
    if (!found) continue;
    const topLevel = Object.keys(record).find((name) => name === source || normalizeName(name) === normalizeName(source));
    if (topLevel !== undefined && topLevel !== target && !mappings.some((mapping) => mapping.target === topLevel)) delete event[topLevel];
    event[target] = value;
  }
  return event;
}

/** A warning for each mapping whose source no record has: most often a misspelt name. */
export function unfoundFields(records: readonly unknown[], mappings: readonly FieldMapping[]): Problem[] {
  const objects = records.filter(isObject);
  if (!objects.length) return [];
  const names = [...new Set(objects.slice(0, 50).flatMap((record) => Object.keys(record)))].join(', ');
  return mappings
    .filter(({ source }) => !objects.some((record) => valueAt(record, source).found))
    .map(({ target, source }) => ({ code: 'field-not-found', severity: 'warning', field: target, value: shorten(source, 40), detail: shorten(names, 120) }));
}
