/**
 * The view that shows the whole data, and the squeeze of its long empty stretches: what the element shows
 * before anyone zooms, and what a file (the command line, the server) draws. Pure; one function, so that a
 * file and the element draw the same axis.
 */
import type { DerivedData } from '../model/derive.js';
import { precisionUnit } from '../model/precision.js';
import { dataExtent } from './scale.js';
import { NO_WARP, findBreaks, warpedExtent, type TimeWarp } from './squeeze.js';
import type { TimeView } from './view.js';

const DAY = 86_400_000;

export interface WholeView {
  warp: TimeWarp;
  view: TimeView;
}

/** `linear`: no squeeze, time evenly along the axis (`axis="linear"`). */
export function wholeView(data: DerivedData, linear: boolean): WholeView {
  const warp = linear ? NO_WARP : findBreaks(data.index);
  // The extent from the index, in O(1) (a change at a million events must not walk them all): events
  // start in order, and maxTos ends with the latest end.
  const { froms, maxTos } = data.index;
  const spans = froms.length ? [{ from: froms[0], to: maxTos[froms.length - 1] }] : [];
  // Squeezed, the margin is the warp's; else at least one unit of the data's finest precision.
  const [start, end] = warp.breaks.length ? warpedExtent(warp, spans) : dataExtent(spans, undefined, Math.max(DAY, precisionUnit(data.finest)));
  return { warp, view: { start, end } };
}
