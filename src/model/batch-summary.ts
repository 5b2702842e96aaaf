/**
 * What a batch of new events adds to what the data set knows of itself (its finest precision, its kinds of
 * date, its zone, whether it has links or groups), made a part at a time: a large read sums each slice as it
 * is read (large-read.ts), so that merging a batch of a hundred thousand events does not end with several
 * passes over all of them in one task (30–70 ms at a million). Pure: no DOM.
 */
import type { DateKinds } from '../render/legend.js';
import { dateKinds } from './date-kind.js';
import { finestPrecision, precisionUnit, timedZone } from './precision.js';
import type { Precision, TimelineEvent } from './types.js';

export interface BatchSummary {
  /** The finest precision of the batch's dates (at most `year`, as finestPrecision says). */
  finer: Precision;
  kinds: DateKinds;
  /** An event of the batch links to others. */
  linked: boolean;
  /** An event of the batch is in a group. */
  grouped: boolean;
  /** The zone of the batch's times, as timedZone says. */
  zone: number | null | undefined;
}

export function summarize(events: readonly TimelineEvent[]): BatchSummary {
  return {
    finer: finestPrecision(events),
    kinds: dateKinds(events),
    linked: events.some((event) => !!event.related?.length),
    grouped: events.some((event) => event.group !== undefined),
    zone: timedZone(events),
  };
}

/** The summary of two batches, as summarize would give for both at once. */
export function joinSummaries(a: BatchSummary, b: BatchSummary): BatchSummary {
  return {
    finer: precisionUnit(b.finer) < precisionUnit(a.finer) ? b.finer : a.finer,
    kinds: orKinds(a.kinds, b.kinds),
    linked: a.linked || b.linked,
    grouped: a.grouped || b.grouped,
    zone: joinZones(a.zone, b.zone),
  };
}

export function orKinds(a: DateKinds, b: DateKinds): DateKinds {
  return { point: a.point || b.point, span: a.span || b.span, approximate: a.approximate || b.approximate, uncertain: a.uncertain || b.uncertain };
}

/** The zone of two parts of the data, each as timedZone gives it. */
function joinZones(a: number | null | undefined, b: number | null | undefined): number | null | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return a === b ? a : null;
}
