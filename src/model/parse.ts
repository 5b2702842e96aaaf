/**
 * Turns any JSON value into valid events plus a list of problems. Never throws: an event that cannot be
 * drawn is left out and named in a problem, and every other event is still drawn.
 */
import { aggregateProblems } from './aggregate.js';
import { sortSteps } from './sort-steps.js';
import { DateCache, type KeptDate } from './date-cache.js';
import { parseDateObject, parseYearNumber, type DateResult } from './dates.js';
import { isSafeLink } from './links.js';
import { IdMap, type EventsById } from './id-map.js';
import { readMedia } from './media.js';
import { documentAround } from './read-document.js';
import { readEventGroup } from './read-groups.js';
import { preview } from './preview.js';
import { checkRelated, readRelated } from './related-read.js';
import { readLocalizedText, shorten } from './text.js';
import type { ProblemCode, EventDate, LocalizedText, Problem, TimelineDocument, TimelineEvent } from './types.js';
import { isObject } from './guards.js';
import { extraFields, NO_LINKS, readId, readLinks } from './event-fields.js';

const OPTIONAL_TEXT_FIELDS = ['description', 'quote', 'dateText', 'place'] as const;

/** A date, or why it is none; `detail` says more for the message (the date format it did not match). */
type DateRead = DateResult | KeptDate | { ok: false; code: ProblemCode; detail?: string };

/** A record that `mapEvent` chose to leave out: not an error, but counted in a notice. */
export const SKIPPED = Symbol('skipped');

/** How the readers of other shapes (field mapping, date formats; `read.ts`) take part in reading. */
export interface ParseOptions {
  /** Turns each record into an event before it is read. May return SKIPPED; a throw is named as a problem. */
  toEvent?: (record: unknown, index: number) => unknown;
  /** Reads a `start` or `end` value first; undefined leaves it to the element's own date syntax. */
  readDate?: (value: unknown) => DateRead | undefined;
  /** Ids the data shown already has (events added to it): a new event with one of them is renamed, and links may point to them. */
  existing?: { has(id: string): boolean };
  /** The ids given replace the existing events with them (updates): not renamed. */
  replacing?: boolean;
}

export function emptyDocument(problems: Problem[]): TimelineDocument {
  return { categories: [], events: [], problems };
}

/** Reads a document `{title?, description?, source?, categories?, events: [...]}` or a bare array of events. */
export function parseEventsDocument(value: unknown, options: ParseOptions = {}): TimelineDocument {
  return runSteps(parseEventsDocumentSteps(value, options));
}

/** Runs a reading in steps (below) to its end, with no pause. */
export function runSteps<T>(steps: Generator<number, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * The same reading in steps: it pauses (yields the number of records read so far) every `every` records and
 * while it sorts, so that a large input can be read on the main thread in slices between which the page
 * draws and answers (controllers/large-read.ts), with the very same result.
 */
export function* parseEventsDocumentSteps(value: unknown, options: ParseOptions = {}, every = Infinity): Generator<number, TimelineDocument> {
  if (Array.isArray(value)) {
    const { ids: _, ...read } = yield* readEvents(value, options, every);
    return { categories: [], ...read };
  }
  if (!isObject(value)) return emptyDocument([{ code: 'not-events-document', severity: 'error', value: preview(value) }]);
  if (!('events' in value)) {
    return emptyDocument([{ code: 'not-events-document', severity: 'error', value: preview(value) }]);
  }
  if (!Array.isArray(value.events)) {
    return emptyDocument([{ code: 'events-not-array', severity: 'error', field: 'events', value: preview(value.events) }]);
  }
  const { events, problems, notices, ids } = yield* readEvents(value.events, options, every);
  return { ...documentAround(value, ids, problems), events, problems, notices };
}

export { isSafeLink };

function* readEvents(items: unknown[], options: ParseOptions, every: number): Generator<number, Pick<TimelineDocument, 'events' | 'problems' | 'notices'> & { ids: EventsById }> {
  const reader = new EventListReader(items, options);
  const events: TimelineEvent[] = [];
  while (reader.read < items.length) {
    reader.readTo(Math.min(reader.read + every, items.length), events);
    if (reader.read < items.length) yield reader.read;
  }
  yield* sortSteps(events, (a, b) => a.from - b.from || a.to - b.to || a.index - b.index, every, items.length);
  return { events, ...reader.finish(events.filter((event) => event.related)), ids: reader.ids };
}

/**
 * A list of records read a run at a time, in the order given, with what the runs share: the ids seen (a
 * duplicate is renamed the same whatever the runs), the problems, the records `toEvent` made. Reading in
 * runs gives what reading at once gives: large-read.ts draws each run as it is read.
 */
export class EventListReader {
  readonly problems: Problem[] = [];
  /** How many records have been read. */
  read = 0;
  /**
   * Every event read, by its id (renamed ones by their new id): 64 small tables, where one Map of a million
   * ids took 28 MB and rebuilt itself at twice its size in one set (30 ms at half a million, 90 at a million).
   */
  private readonly seen = new IdMap();
  /** How many times each id seen more than once (or taken before) has come: the next copy is renamed `id-N`. */
  private readonly repeats = new Map<string, number>();
  private readonly taken: ParseOptions['existing'];
  private readonly records: unknown[];
  private skipped = 0;
  private readonly dates = new DateCache();
  /**
   * An event made before any other, with no numbers for its span, so that V8 keeps `from` and `to` of every
   * event as references that events may share (see KeptDate in date-cache.ts). A field, not a module's
   * constant, so that no bundler drops it as unused; alive while the reading is (and then its events keep the shape).
   */
  readonly firstOfShape = eventOf('', -1, undefined as never, undefined, false, undefined as never, undefined as never, {});

  constructor(
    private readonly items: readonly unknown[],
    private readonly options: ParseOptions,
  ) {
    this.taken = options.replacing ? undefined : options.existing;
    this.records = options.toEvent ? new Array<unknown>(items.length) : (items as unknown[]);
  }

  /** Reads the records from where the last run ended up to `to` (not included), pushing their events on `into`. */
  readTo(to: number, into: TimelineEvent[]): void {
    const { items, options, problems, seen, repeats, taken, records, dates } = this;
    const { toEvent } = options;
    // A plain loop, not forEach: forEach skips the holes of a sparse array set from script (`[, event]`),
    // and a hole must be named like any other entry that is not an event, not lost in silence.
    for (let index = this.read; index < to; index++) {
      let item = items[index];
      if (toEvent) {
        try {
          item = records[index] = toEvent(item, index);
        } catch (error) {
          const detail = shorten(error instanceof Error ? error.message : String(error), 80);
          problems.push({ code: 'map-event-failed', severity: 'error', index, detail });
          continue;
        }
        if (item === SKIPPED) {
          this.skipped++;
          continue;
        }
      }
      const event = readEvent(item, index, problems, options, dates);
      if (!event) continue;
      const count = repeats.get(event.id) ?? (seen.has(event.id) || taken?.has(event.id) ? 1 : 0);
      if (count > 0) {
        repeats.set(event.id, count + 1);
        // Kept, not dropped: the event itself is valid. It gets an id of its own so that selection stays unambiguous.
        let renamed = `${event.id}-${count + 1}`;
        while (seen.has(renamed) || taken?.has(renamed)) renamed += '-';
        problems.push({ code: 'id-duplicate', severity: 'warning', index, id: event.id, field: 'id', detail: renamed });
        event.id = renamed;
      }
      seen.set(event);
      into.push(event);
    }
    this.read = Math.max(this.read, to);
  }

  /** The events read, by id. */
  get ids(): EventsById {
    return this.seen;
  }

  /**
   * Once every record is read: the links checked against all the ids (`linking`: the events read that have
   * links, in any order; the links to no event are left out), then the problems as said (many of a kind
   * counted) and the notices.
   */
  finish(linking: readonly TimelineEvent[]): Pick<TimelineDocument, 'problems' | 'notices'> {
    checkRelated(linking, this.seen, this.problems, this.options.existing);
    const notices: Problem[] = this.skipped ? [{ code: 'map-event-skipped', severity: 'warning', count: this.skipped }] : [];
    return { problems: aggregateProblems(this.problems, this.records), notices };
  }
}

function readEvent(item: unknown, index: number, problems: Problem[], options: ParseOptions, dates: DateCache): TimelineEvent | undefined {
  if (!isObject(item)) {
    problems.push({ code: 'event-not-object', severity: 'error', index, value: preview(item) });
    return undefined;
  }
  const id = readId(item.id, index, problems);
  // Made only for a problem: most events have none, and at 100,000 events these objects add up.
  const where = () => ({ index, id: typeof item.id === 'string' || typeof item.id === 'number' ? id : undefined });
  const fail = (problem: Omit<Problem, 'severity' | 'index' | 'id'>) => {
    problems.push({ severity: 'error', ...where(), ...problem });
    return undefined;
  };

  const title = readLocalizedText(item.title);
  if (!title) return fail({ code: 'title-missing', field: 'title', value: item.title === undefined ? undefined : preview(item.title) });

  if (item.start === undefined || item.start === null || item.start === '') return fail({ code: 'start-missing', field: 'start' });
  const start = readDate(item.start, options, dates);
  if (!start.ok) return fail({ code: start.code, field: 'start', value: preview(item.start), ...detailOf(start) });

  let end: Extract<DateRead, { ok: true }> | undefined;
  const openEnd = item.end === '..';
  if (item.end !== undefined && item.end !== null && item.end !== '' && !openEnd) {
    const parsed = readDate(item.end, options, dates);
    if (!parsed.ok) return fail({ code: parsed.code, field: 'end', value: preview(item.end), ...detailOf(parsed) });
    if (parsed.date.end <= start.date.start) {
      return fail({ code: 'end-before-start', field: 'end', value: preview(item.end), detail: start.date.text });
    }
    end = parsed;
  }

  const event = eventOf(id, index, start.date, end?.date, openEnd, spanStart(start), end ? spanEnd(end) : spanEnd(start), title);
  for (const field of OPTIONAL_TEXT_FIELDS) {
    if (item[field] === undefined || item[field] === null) continue;
    const text = readLocalizedText(item[field]);
    if (text) event[field] = text;
    else problems.push({ code: 'field-type', severity: 'warning', ...where(), field, value: preview(item[field]) });
  }

  let category: string | undefined;
  if (typeof item.category === 'string' && item.category.trim()) category = item.category.trim();
  else if (item.category !== undefined && item.category !== null) {
    problems.push({ code: 'field-type', severity: 'warning', ...where(), field: 'category', value: preview(item.category) });
  }
  event.category = category;

  const group = item.group === undefined || item.group === null ? undefined : readEventGroup(item.group, () => problems.push({ code: 'field-type', severity: 'warning', ...where(), field: 'group', value: preview(item.group) }));
  if (group !== undefined) event.group = group;

  event.links = readLinks(item.links, where, problems);
  // Rare, so not in the literal: a field there costs every event its slot.
  const media = item.media === undefined || item.media === null ? undefined : readMedia(item.media, (problem) => problems.push({ severity: 'warning', ...where(), ...problem }), preview);
  if (media) event.media = media;
  const related = item.related === undefined || item.related === null ? undefined : readRelated(item.related, (problem) => problems.push({ severity: 'warning', ...where(), ...problem }), preview);
  if (related) event.related = related;
  const extra = extraFields(item);
  if (extra) event.extra = extra;
  return event;
}

/** The numbers of a date's span: a kept date's own (shared, see KeptDate in date-cache.ts), else the date's. */
const spanStart = (read: Extract<DateRead, { ok: true }>) => ('start' in read ? read.start : read.date.start);
const spanEnd = (read: Extract<DateRead, { ok: true }>) => ('end' in read ? read.end : read.date.end);

/**
 * A new event with the fields most events have, all in this one literal, so that the object holds them all
 * itself: fields added later go to a second array per event (some 30 bytes each, 30 MB at a million events).
 * The rare ones (texts, group, media, links to other events, extra) are added where an event has them.
 */
function eventOf(id: string, index: number, start: EventDate, end: EventDate | undefined, openEnd: boolean, from: number, to: number, title: LocalizedText): TimelineEvent {
  return { id, index, start, end, openEnd, from, to, title, category: undefined, links: NO_LINKS };
}

/** A date string; a whole number, read as a year; a `Date` object set from script. */
const detailOf = (failure: DateRead) => ('detail' in failure && failure.detail ? { detail: failure.detail } : {});

function readDate(value: unknown, options: ParseOptions, dates: DateCache): DateRead {
  const read = options.readDate?.(value);
  if (read) return read;
  if (typeof value === 'string') return dates.read(value);
  if (typeof value === 'number') {
    const year = parseYearNumber(value);
    // 1517966773840 is no year but milliseconds since 1970: say so, and how to read it as that.
    return !year.ok && year.code === 'date-out-of-range' ? { ok: false, code: 'number-not-year' } : year;
  }
  if (value instanceof Date) return parseDateObject(value);
  return { ok: false, code: 'date-syntax' };
}
