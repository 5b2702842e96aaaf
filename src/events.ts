/**
 * The events the element fires: their names, what their `detail` holds, and one typed way to fire them.
 * The global `HTMLElementEventMap` is extended from here, so that `addEventListener('timeline-load', …)`
 * is typed in any page, and the React typings derive their `on…` props from the same map.
 */
import type { Problem, TimelineEvent } from './model/types.js';

export interface TimelineLoadDetail {
  events: TimelineEvent[];
  /** What was wrong with the data but did not stop it from being drawn. */
  problems: Problem[];
  /** For the page's author: what the data holds that the element does not show (a TimelineJS background...). */
  notices: Problem[];
}

export interface TimelineErrorDetail {
  /** The first problem in words, in the element's language. */
  message: string;
  /** Every problem in words. */
  messages: string[];
  problems: Problem[];
}

export interface EventSelectDetail {
  /** The selected event's id, or undefined when the selection was cleared. */
  id?: string;
  event?: TimelineEvent;
}

export interface TimelineFilterChangeDetail {
  /** The events shown, in time order. */
  events: TimelineEvent[];
  /** How many events there are in all. */
  total: number;
  /** The categories hidden in the legend; `null` stands for the events with no category. */
  hiddenCategories: (string | null)[];
  /** The groups hidden in the legend (with them, their children); `null` stands for the events with no group. */
  hiddenGroups: (string | null)[];
}

/** What `addEvents`, `updateEvents` or `removeEvents` changed, by event id. */
export interface TimelineChangeDetail {
  added: string[];
  updated: string[];
  removed: string[];
  /** What was wrong with the events given: those were left out, the others applied. */
  problems: Problem[];
}

/** The visible span of time. */
export interface TimelineView {
  start: Date;
  end: Date;
}

export type TimelineViewChangeDetail = TimelineView;

/** Each event the element fires, by name, with its detail. */
export interface TimelineEventDetails {
  'timeline-load': TimelineLoadDetail;
  'timeline-error': TimelineErrorDetail;
  'timeline-view-change': TimelineViewChangeDetail;
  'event-select': EventSelectDetail;
  'timeline-filter-change': TimelineFilterChangeDetail;
  'timeline-change': TimelineChangeDetail;
}

export type TimelineEventName = keyof TimelineEventDetails;

/** Fires one of the element's events: bubbling and composed, so that a page hears it through shadow roots. */
export function emit<Name extends TimelineEventName>(target: EventTarget, name: Name, detail: TimelineEventDetails[Name]): void {
  target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
}

declare global {
  // Merged with the DOM's own map: one entry per event above.
  // eslint-disable-next-line @typescript-eslint/no-empty-interface
  interface HTMLElementEventMap extends TimelineEventMap {}
}

/** `CustomEvent`s with their details, by name. */
export type TimelineEventMap = { [Name in TimelineEventName]: CustomEvent<TimelineEventDetails[Name]> };
