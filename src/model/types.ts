/**
 * The shapes the model hands to the layout and the element. Plain data only: no classes, no DOM.
 */

/** How finely a date is known. A date covers the whole of its precision: `2016-12` is all of December. */
export type Precision = 'century' | 'decade' | 'year' | 'season' | 'month' | 'day' | 'minute' | 'second' | 'millisecond';

/** A calendar date or instant from an events file, as the UTC span it covers. */
export interface EventDate {
  /** First instant covered, UTC milliseconds (inclusive). */
  start: number;
  /** First instant after the covered span, UTC milliseconds (exclusive). */
  end: number;
  precision: Precision;
  /** `~`: the date is approximately right. */
  approximate: boolean;
  /** `?`: the source is not sure of the date. */
  uncertain: boolean;
  /** Astronomical year: 0 is 1 BCE, -499 is 500 BCE. */
  year: number;
  /** 1-12, or 21-24 for a season. */
  month?: number;
  day?: number;
  /** For an EDTF one-of set (`[2016-12-14,2016-12-15]`): the dates the sources dispute. */
  alternatives?: EventDate[];
  /** The string as written in the data. */
  text: string;
}

/** Text in one language, or a map from BCP 47 language tag to text. Normalized to a map. */
export type LocalizedText = Readonly<Record<string, string>>;

/** The key a plain string is stored under: it is in no particular language. */
export const ANY_LANGUAGE = '*';

export interface EventLink {
  href: string;
  label?: LocalizedText;
}

/** A link from one event to another ("led to"), drawn as an arrow and listed in the details. */
export interface EventRelation {
  /** The id of the event this one leads to. */
  id: string;
  /** What the link means, from this event to the other: "led to". */
  label?: LocalizedText;
}

/** A picture of the event, shown in its details. */
export interface EventMedia {
  /** An `https:` address, or a relative one (same origin as the page). */
  src: string;
  /** What the picture shows, for those who cannot see it. Missing alt text is reported; the picture gets `alt=""`. */
  alt?: LocalizedText;
  /** Who made it, or where it comes from. */
  credit?: LocalizedText;
  /** Where the picture leads when followed (http, https or mailto). */
  link?: string;
}

export interface TimelineEvent {
  /** Unique within the data set; generated (`event-3`) when the data has none. */
  id: string;
  /** Position of the event in the source data, counting from 0. */
  index: number;
  start: EventDate;
  /** Present for a range. */
  end?: EventDate;
  /** EDTF `..` as the end: the range goes on past the last known date. */
  openEnd: boolean;
  /** The span drawn, UTC ms: from the first instant of `start` to the last instant of `end` (or of `start`). */
  from: number;
  to: number;
  title: LocalizedText;
  description?: LocalizedText;
  quote?: LocalizedText;
  dateText?: LocalizedText;
  place?: LocalizedText;
  category?: string;
  /** The id of the group (swimlane) it is drawn in: one of the document's `groups`, or any string. */
  group?: string;
  links: readonly EventLink[];
  media?: EventMedia;
  /** The events this one leads to (links to ids that do not exist are dropped and named as problems). */
  related?: EventRelation[];
  /** Fields of the event the format does not know, kept as they were given (for `timeline-load` listeners). */
  extra?: Readonly<Record<string, unknown>>;
}

export interface Category {
  id: string;
  label: LocalizedText;
  color?: string;
}

/** A row of a swimlane timeline. Groups nest one level: a `parent` is a group with no parent itself. */
export interface Group {
  id: string;
  label: LocalizedText;
  /** Rows are in ascending order, those without one after, in the order given. */
  order?: number;
  parent?: string;
  /** Drawn collapsed at first: one thin row of its marks, counted. */
  collapsed?: boolean;
}

export interface SourceInfo {
  title?: LocalizedText;
  publisher?: string;
  date?: string;
  language?: string;
  url?: string;
}

/** What went wrong, where. Said in words by `describeProblem` in the reader's language. */
export type ProblemCode =
  | 'json-syntax'
  | 'not-events-document'
  | 'events-not-array'
  | 'event-not-object'
  | 'title-missing'
  | 'start-missing'
  | 'date-syntax'
  | 'date-impossible'
  | 'date-out-of-range'
  | 'end-before-start'
  | 'id-duplicate'
  | 'id-invalid'
  | 'field-type'
  | 'link-unsafe'
  | 'format-unsupported'
  | 'columns-missing'
  | 'number-not-year'
  | 'fields-missing'
  | 'media-unsafe'
  | 'media-alt-missing'
  | 'fields-invalid'
  | 'field-not-found'
  | 'date-format-mismatch'
  | 'map-event-failed'
  | 'map-event-skipped'
  | 'related-unknown'
  | 'group-parent-unknown'
  | 'group-nesting-deep'
  | 'vis-unsupported'
  /** `updateEvents` was given an id no event has. */
  | 'update-unknown'
  /** A line of JSON Lines (NDJSON) that is not JSON. */
  | 'line-syntax';

export interface Problem {
  code: ProblemCode;
  /** `error`: the event (or the whole document) could not be drawn. `warning`: drawn, with something left out. */
  severity: 'error' | 'warning';
  /** Index of the event in the data, counting from 0. */
  index?: number;
  /** The event's id, when it has one. */
  id?: string;
  /** The field at fault: `start`, `title`, `links[1].href`... */
  field?: string;
  /** The offending value, shortened, for the message. */
  value?: string;
  /** Extra words for the message: a line and column, the id an event was renamed to... */
  detail?: string;
  /**
   * When several events share the problem, it is said once: `count` of them, at `indexes` (`index`, `id`
   * and `value` are the first one's).
   */
  count?: number;
  indexes?: number[];
  /** The `fields` attribute that would read this data, when the model can guess it: `title:Title, start:Release Date`. */
  suggestion?: string;
}

/**
 * The `mapEvent` property: turns one record of the data (a JSON item, a table row keyed by its header, a
 * GeoJSON feature's properties), after `fields` renamed it, into an event; `null` leaves the record out.
 */
// `any`, not `unknown`: a page's function reads the record's fields without a cast.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type MapEvent = (record: Record<string, any>, index: number) => unknown;

/** A span of time, UTC ms: the visible view, or what an event covers. */
export interface TimeSpan {
  start: number;
  end: number;
}

export interface TimelineDocument {
  title?: LocalizedText;
  /** A few sentences about the whole data set, shown under the title. */
  description?: LocalizedText;
  source?: SourceInfo;
  categories: Category[];
  /** The rows of a swimlane timeline, as the data declares them (see `groups.ts` for the rows drawn). */
  groups?: Group[];
  /** The ids of the events a story walks through, in its order (those that exist); time order when unset. */
  story?: string[];
  /** Valid events, sorted by time (then by source order). */
  events: TimelineEvent[];
  problems: Problem[];
  /**
   * For the page's author, not the reader: what the data holds that the element does not show (a TimelineJS
   * background, say). Sent with `timeline-load` and written once to the console; never in the problems box.
   */
  notices?: Problem[];
}
