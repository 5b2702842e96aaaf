/**
 * Problems that many events share are said once, with a count: "3,201 events have no title", not 3,201
 * lines. When no record has a `title` or `start` at all, the problem names the fields the records do have,
 * and the `fields` attribute that would read them.
 */
import { isObject } from './guards.js';
import { shorten } from './text.js';
import type { Problem } from './types.js';

/** Up to this many events with the same problem are named one by one; more are counted. */
export const NAMED_ONE_BY_ONE = 3;

const REQUIRED = ['title', 'start'] as const;
const EVENT_FIELDS = new Set(['id', 'start', 'end', 'title', 'description', 'quote', 'dateText', 'category', 'group', 'place', 'links', 'media', 'related']);
/** Names of fields that usually hold a title or a date, compared without case, spaces, `_` or `-`. */
const LIKELY: Record<(typeof REQUIRED)[number], [exact: RegExp, part: RegExp]> = {
  title: [/^(title|name|headline|label|caption|event|subject)$/, /title|name|headline/],
  start: [/^(start|date|time|year|when|begin|from|datetime|timestamp)$/, /date|time|year|start|begin/],
};

export function aggregateProblems(problems: Problem[], records: readonly unknown[]): Problem[] {
  const groups = new Map<string, Problem[]>();
  const result: (Problem | Problem[])[] = [];
  for (const problem of problems) {
    if (problem.index === undefined) {
      result.push(problem);
      continue;
    }
    const key = `${problem.code}\u0000${problem.field}\u0000${problem.severity}`;
    let group = groups.get(key);
    if (!group) {
      group = [];
      groups.set(key, group);
      result.push(group);
    }
    group.push(problem);
  }
  const missing = missingFields(records);
  const names = missing.length ? fieldNames(records) : '';
  return result.flatMap((group) => {
    if (!Array.isArray(group)) return [group];
    const [first] = group;
    // Every record lacks the field itself, not just a value in it: the data names it some other way.
    const fieldAbsent = (first.code === 'title-missing' || first.code === 'start-missing') && missing.includes(first.field!);
    const suggestion = fieldAbsent && group.length === records.length ? suggestFields(records, missing) : undefined;
    if (suggestion !== undefined && names && (suggestion || group.length > NAMED_ONE_BY_ONE)) {
      return [{ ...first, code: 'fields-missing', field: missing[0], value: missing.join(', '), detail: names,
        suggestion: suggestion || undefined, ...counted(group) }];
    }
    return group.length > NAMED_ONE_BY_ONE ? [{ ...first, ...counted(group) }] : group;
  });
}

function counted(group: Problem[]): Pick<Problem, 'count' | 'indexes'> {
  return group.length > 1 ? { count: group.length, indexes: group.map((problem) => problem.index!) } : {};
}

const normalize = (name: string) => name.toLowerCase().replace(/[\s_-]+/g, '');

/** The required fields that no record has at all (not even empty). */
function missingFields(records: readonly unknown[]): string[] {
  if (!records.length) return [];
  // The fields first: each search ends at the first record that has the field, where a walk over every
  // record to see that all are objects would take a million steps at the end of a large read.
  const missing = REQUIRED.filter((field) => records.every((record) => !isObject(record) || !(field in record)));
  return missing.length && records.every(isObject) ? missing : [];
}

/** The names of the fields the first records have, in order, for the message. */
function fieldNames(records: readonly unknown[]): string {
  const names = new Set<string>();
  for (const record of records.slice(0, 50)) if (isObject(record)) for (const name of Object.keys(record)) names.add(name);
  return shorten([...names].join(', '), 120);
}

/** `title:Title, start:Release Date`: for each missing field, the first field whose name looks like one. '' when none does. */
export function suggestFields(records: readonly unknown[], missing: readonly string[]): string {
  // A field the element reads by its own name already (`dateText`) holds something else.
  const names = Object.keys(records[0] as object).filter((name) => !EVENT_FIELDS.has(name));
  return missing
    .map((field) => {
      const [exact, part] = LIKELY[field as (typeof REQUIRED)[number]];
      const found = names.find((name) => exact.test(normalize(name))) ?? names.find((name) => part.test(normalize(name)));
      return found ? `${field}:${found}` : '';
    })
    .filter(Boolean)
    .join(', ');
}
