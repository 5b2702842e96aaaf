/**
 * Links between events: `related: [{id, label?}]` ("the arrest led to the extradition decision"), indexed
 * both ways so that an event knows what it leads to and what it follows from (related-read.ts reads them).
 * Pure.
 */
import type { EventRelation, TimelineEvent } from './types.js';

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
