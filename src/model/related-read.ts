/**
 * Links between events as the data gives them: `related: [{id, label?}]` and the document's `story`, read
 * and checked against the ids that exist. Pure. Apart from related.ts, whose index the element needs
 * whatever it reads: this part belongs with the readers, which load on demand.
 */
import { byTime } from './derive.js';
import { isObject } from './guards.js';
import { readLocalizedText } from './text.js';
import type { EventRelation, Problem, TimelineEvent } from './types.js';

type Report = (problem: Pick<Problem, 'code' | 'field' | 'value'>) => void;

/** `related` as given: a list of `{id, label?}`, or of bare ids. Anything else is named and left out. */
export function readRelated(value: unknown, report: Report, preview: (value: unknown) => string): EventRelation[] | undefined {
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value)) {
    report({ code: 'field-type', field: 'related', value: preview(value) });
    return undefined;
  }
  const relations: EventRelation[] = [];
  value.forEach((raw: unknown, i) => {
    const id = isObject(raw) ? raw.id : raw;
    if (typeof id === 'string' && id.trim()) relations.push({ id: id.trim(), label: isObject(raw) ? readLocalizedText(raw.label) : undefined });
    else report({ code: 'field-type', field: `related[${i}].id`, value: preview(raw) });
  });
  return relations;
}

/**
 * Drops the links to events that do not exist (or to the event itself) and names each; the rest is kept.
 * Runs once every event has its final id.
 */
export function checkRelated(linking: readonly TimelineEvent[], ids: { has(id: string): boolean }, problems: Problem[], existing?: { has(id: string): boolean }): void {
  if (!linking.length) return;
  // In time order, whatever the order given (events read in runs come in the order read): the problems are then said in the order the events are drawn.
  for (const event of [...linking].sort(byTime)) {
    event.related = event.related!.filter((relation, i) => {
      const known = (ids.has(relation.id) || !!existing?.has(relation.id)) && relation.id !== event.id;
      if (!known) {
        problems.push({ code: 'related-unknown', severity: 'warning', index: event.index, id: event.id, field: `related[${i}].id`, value: relation.id });
      }
      return known;
    });
  }
}

/** The `story` order a document gives: the ids that exist, in its order; the unknown ones named. */
export function readStory(value: unknown, ids: { has(id: string): boolean }, problems: Problem[]): string[] | undefined {
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value)) {
    problems.push({ code: 'field-type', severity: 'warning', field: 'story', value: String(value).slice(0, 40) });
    return undefined;
  }
  return value.filter((id: unknown, i) => {
    const known = typeof id === 'string' && ids.has(id);
    if (!known) problems.push({ code: 'related-unknown', severity: 'warning', field: `story[${i}]`, value: String(id).slice(0, 40) });
    return known;
  }) as string[];
}
