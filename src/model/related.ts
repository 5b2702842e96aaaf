/**
 * Links between events: `related: [{id, label?}]` ("the arrest led to the extradition decision"), read
 * from the data, checked against the ids that exist, and indexed both ways so that an event knows what it
 * leads to and what it follows from. Pure.
 */
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
export function checkRelated(events: readonly TimelineEvent[], problems: Problem[], existing?: { has(id: string): boolean }): void {
  if (!events.some((event) => event.related)) return;
  const ids = new Set(events.map((event) => event.id));
  for (const event of events) {
    if (!event.related) continue;
    event.related = event.related.filter((relation, i) => {
      const known = (ids.has(relation.id) || !!existing?.has(relation.id)) && relation.id !== event.id;
      if (!known) {
        problems.push({ code: 'related-unknown', severity: 'warning', index: event.index, id: event.id, field: `related[${i}].id`, value: relation.id });
      }
      return known;
    });
  }
}

/** The `story` order a document gives: the ids that exist, in its order; the unknown ones named. */
export function readStory(value: unknown, events: readonly TimelineEvent[], problems: Problem[]): string[] | undefined {
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value)) {
    problems.push({ code: 'field-type', severity: 'warning', field: 'story', value: String(value).slice(0, 40) });
    return undefined;
  }
  const ids = new Set(events.map((event) => event.id));
  return value.filter((id: unknown, i) => {
    const known = typeof id === 'string' && ids.has(id);
    if (!known) problems.push({ code: 'related-unknown', severity: 'warning', field: `story[${i}]`, value: String(id).slice(0, 40) });
    return known;
  }) as string[];
}

/** One end of a link, seen from the other: the event, the link's own words, and which way it points. */
export interface RelatedEvent {
  event: TimelineEvent;
  label?: EventRelation['label'];
  /** `next`: this event leads to it; `previous`: it leads to this event. */
  direction: 'next' | 'previous';
}

/** Every event's links in both directions, in time order, by id; events with none are absent. */
export function indexRelated(events: readonly TimelineEvent[]): ReadonlyMap<string, RelatedEvent[]> {
  const index = new Map<string, RelatedEvent[]>();
  // Most data has no links: then no map of every event is made (a million of them cost seconds).
  if (!events.some((event) => event.related?.length)) return index;
  const byId = new Map(events.map((event) => [event.id, event]));
  const add = (id: string, related: RelatedEvent) => {
    const list = index.get(id);
    if (list) list.push(related);
    else index.set(id, [related]);
  };
  for (const event of events) {
    for (const relation of event.related ?? []) {
      const target = byId.get(relation.id);
      if (!target) continue;
      add(event.id, { event: target, label: relation.label, direction: 'next' });
      add(target.id, { event, label: relation.label, direction: 'previous' });
    }
  }
  // Events are in time order, so their positions order each list in time.
  const position = new Map(events.map((event, i) => [event.id, i]));
  for (const list of index.values()) list.sort((a, b) => position.get(a.event.id)! - position.get(b.event.id)!);
  return index;
}
