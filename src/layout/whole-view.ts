/**
 * The view that shows the whole data, and the squeeze of its long empty stretches: what the element shows
 * before anyone zooms, and what a file (the command line, the server) draws. Pure; one function, so that a
 * file and the element draw the same axis.
 */
import type { DerivedData } from '../model/derive.js';
import type { TimelineEvent } from '../model/types.js';
import { isPoint } from '../model/date-kind.js';
import { precisionUnit } from '../model/precision.js';
import { dataExtent } from './scale.js';
import { NO_WARP, findBreaks, warpedExtent, type TimeWarp } from './squeeze.js';
import type { TimeView } from './view.js';

const DAY = 86_400_000;

export interface WholeView {
  warp: TimeWarp;
  view: TimeView;
}

/** `linear`: no squeeze, time evenly along the axis (`axis="linear"`). `warp`: the squeeze, when it is known (see squeezeFor). */
export function wholeView(data: DerivedData, linear: boolean, warp = linear ? NO_WARP : findBreaks(data.index)): WholeView {
  // The extent from the index, in O(1) (a change at a million events must not walk them all): events
  // start in order, and the index keeps the latest end.
  const { froms, tos, latestTo } = data.index;
  const n = froms.length;
  // A day or a moment is drawn as a dot at its start: when the latest end is the last event's own and it is
  // such a point, the data ends, as drawn, at that dot. Its day's end would add a unit of empty axis at the
  // end that the start has not (a day: some 200 px of a phone's chart of five days, la-riots.csv).
  const last = data.document.events[n - 1];
  const dataEnd = n && tos[n - 1] === latestTo && last && isPoint(last) ? froms[n - 1] : latestTo;
  const spans = n ? [{ from: froms[0], to: dataEnd }] : [];
  // Squeezed, the margin is the warp's; else at least one unit of the data's finest precision.
  const [start, end] = warp.breaks.length ? warpedExtent(warp, spans) : dataExtent(spans, undefined, Math.max(DAY, precisionUnit(data.finest)));
  return { warp, view: { start, end } };
}

/** A squeeze, and what it was found for: the data's size and extent then, and how many changes it had had. */
export interface SqueezeBasis {
  readonly warp: TimeWarp;
  readonly linear: boolean;
  readonly count: number;
  readonly from: number;
  readonly to: number;
  /** The changes the data had had when the squeeze was last used for it (found or kept). */
  readonly changes: number;
}

/**
 * The squeeze of `data`: the one found before (`basis`), when `data` is that data with one change more, its
 * size still within a 16th of what it was when the squeeze was found, and none of the change's new events
 * outside the extent then or holding any part of a squeezed stretch; else found again. Found again at every
 * change, one event added to a million cost ~8 ms and could move the whole axis a little; kept, the axis
 * holds still while data changes live. A stretch a removal empties is squeezed when it is found again.
 */
export function squeezeFor(data: DerivedData, linear: boolean, basis?: SqueezeBasis): SqueezeBasis {
  const changes = data.changes ?? 0;
  const count = data.document.events.length;
  const kept = basis && basis.linear === linear && changes === basis.changes + 1 && Math.abs(count - basis.count) * 16 <= basis.count &&
    (data.inserted ?? []).every((event) => event.from >= basis.from && event.to <= basis.to && !holdsBreak(event, basis.warp));
  if (kept) return { ...basis, changes };
  const { froms, latestTo } = data.index;
  return {
    warp: linear ? NO_WARP : findBreaks(data.index),
    linear,
    count,
    from: count ? froms[0] : 0,
    to: count ? latestTo : 0,
    changes,
  };
}

/**
 * Whether the event holds any part of a squeezed stretch, as findBreaks reckons: a single date holds all of
 * its span; a range its start, and its end cuts a stretch in two.
 */
function holdsBreak(event: TimelineEvent, warp: TimeWarp): boolean {
  const ranged = Boolean(event.end || event.openEnd);
  return warp.breaks.some((gap) =>
    ranged ? (event.from > gap.from && event.from < gap.to) || (event.to > gap.from && event.to < gap.to) : event.from < gap.to && event.to > gap.from);
}
