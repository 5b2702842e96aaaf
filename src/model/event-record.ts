/**
 * An event as a record of this element's own JSON again: what reading the record gives back is the event,
 * field for field. The `events` property gives such records when the element has let go of the page's own
 * list (a large list the page no longer keeps: see held-value.ts). Pure: no DOM.
 */
import type { ReadHints } from './choose-format.js';
import type { HeldValue } from './held-value.js';
import { readFirstValue } from './read-core.js';
import { ANY_LANGUAGE, type EventLink, type EventMedia, type EventRelation, type LocalizedText, type TimelineDocument, type TimelineEvent } from './types.js';

/** Text in no particular language as the string it was given as; text in languages as its map. */
export function textRecord(text: LocalizedText): string | Readonly<Record<string, string>> {
  const languages = Object.keys(text);
  return languages.length === 1 && languages[0] === ANY_LANGUAGE ? text[ANY_LANGUAGE] : text;
}

function linkRecord({ href, label }: EventLink): Record<string, unknown> {
  return label ? { href, label: textRecord(label) } : { href };
}

function mediaRecord({ src, alt, credit, link }: EventMedia): Record<string, unknown> {
  // No alt text read is `""` given (a picture for decoration): had it been missing, reading would have said so.
  const record: Record<string, unknown> = { src, alt: alt ? textRecord(alt) : '' };
  if (credit) record.credit = textRecord(credit);
  if (link) record.link = link;
  return record;
}

function relationRecord({ id, label }: EventRelation): string | Record<string, unknown> {
  return label ? { id, label: textRecord(label) } : id;
}

/** The record that reads as `event`. Its fields the format does not know come first, as they were given. */
export function eventRecord(event: TimelineEvent): Record<string, unknown> {
  const record: Record<string, unknown> = { ...event.extra, id: event.id, title: textRecord(event.title), start: event.start.text };
  if (event.openEnd) record.end = '..';
  else if (event.end) record.end = event.end.text;
  for (const field of ['description', 'quote', 'dateText', 'place'] as const) {
    const text = event[field];
    if (text) record[field] = textRecord(text);
  }
  if (event.category !== undefined) record.category = event.category;
  if (event.group !== undefined) record.group = event.group;
  if (event.links.length) record.links = event.links.map(linkRecord);
  if (event.media) record.media = mediaRecord(event.media);
  if (event.related) record.related = event.related.map(relationRecord);
  return record;
}

/**
 * The records `items` that `read` was read from, made again from events, in the order given. The records
 * the read said something about are kept as they were, so that what is made again says it again when read:
 * those left out (an error) in their places, and those read into an event with something changed (a warning:
 * an id renamed, a link dropped) for as long as that event is shown unchanged. `items` is not kept.
 */
export function recordsAgain(read: TimelineDocument, items: readonly unknown[]): (shown: readonly TimelineEvent[]) => unknown[] {
  const left = new Map<number, unknown>();
  const changed = new Map<number, { record: unknown; event?: TimelineEvent }>();
  for (const problem of [...read.problems, ...(read.notices ?? [])]) {
    for (const at of problem.indexes ?? (problem.index === undefined ? [] : [problem.index])) {
      if (problem.severity === 'error') left.set(at, items[at]);
      else changed.set(at, { record: items[at] });
    }
  }
  if (changed.size) {
    for (const event of read.events) {
      const entry = changed.get(event.index);
      if (entry) entry.event = event;
    }
  }
  const leftAt = [...left.keys()].sort((a, b) => a - b);
  return (shown) => {
    const records: unknown[] = [];
    let next = 0;
    for (const event of [...shown].sort((a, b) => a.index - b.index)) {
      while (next < leftAt.length && leftAt[next] < event.index) records.push(left.get(leftAt[next++]));
      const given = changed.get(event.index);
      records.push(given?.event === event ? given.record : eventRecord(event));
    }
    while (next < leftAt.length) records.push(left.get(leftAt[next++]));
    return records;
  };
}

/**
 * Once a large list given as `events` is read, the page's records are a second copy of the data (some
 * 50 MB at a million events): `held` keeps them from then on only while the page does, and makes them again
 * from the events shown when asked. Only this element's own format, read as it is (no field mapping, no
 * `mapEvent`): its events made into records read as the same events.
 */
export function letGo(held: HeldValue<unknown>, value: unknown, read: TimelineDocument, hints: ReadHints, shown: { readonly data?: TimelineDocument }): void {
  if (typeof value !== 'object' || value === null || readFirstValue(value, hints).kind !== 'own') return;
  const records = recordsAgain(read, Array.isArray(value) ? value : (value as { events: unknown[] }).events);
  // A document's other fields are small, and kept as they were (a copy without its events).
  const shell = Array.isArray(value) ? undefined : { ...(value as Record<string, unknown>), events: undefined };
  let made: { from: TimelineDocument; value: unknown } | undefined;
  held.release(value, () => {
    // Made again only after a change.
    const from = shown.data ?? read;
    if (made?.from !== from) made = { from, value: shell ? { ...shell, events: records(from.events) } : records(from.events) };
    return made.value;
  });
}
