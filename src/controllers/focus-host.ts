/**
 * What the focus controller (focus.ts) asks of its element and of a grouped timeline, and which of the
 * chart's items a DOM event's target is in.
 */
import type { ReactiveControllerHost } from 'lit';
import type { TimelineEvent } from '../model/types.js';

/** How the keys move in a grouped timeline (controllers/groups.ts): within a group, and from one to the next. */
export interface GroupSteps {
  inRow(event: TimelineEvent, by: -1 | 1): TimelineEvent | undefined;
  toRow(event: TimelineEvent, by: -1 | 1): TimelineEvent | undefined;
}

export interface FocusHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: ParentNode;
  /** The id of the selected event. */
  selected?: string;
  /** In story mode the card shows the details: no panel under the chart to bring into view (details-reveal.ts). */
  readonly mode?: 'chart' | 'story';
}

/** The id of the event whose option holds `target`, if any. */
export function eventIdFrom(target: EventTarget | null): string | undefined {
  return (target as Element | null)?.closest?.('[role="option"]')?.getAttribute('data-id') ?? undefined;
}

/** The id of the cluster whose node holds `target`, if any. */
export function clusterIdFrom(target: EventTarget | null): string | undefined {
  return (target as Element | null)?.closest?.('[data-cluster]')?.getAttribute('data-cluster') ?? undefined;
}
