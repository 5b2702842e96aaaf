/**
 * The columns of the vertical chart's marks, on and right of its axis (vertical-layout.ts). Pure.
 */
import { CHART } from './marks.js';

/** Columns points are spread over where they would cover one another; more stay on the axis. */
export const MAX_POINT_COLUMNS = 3;

/** A mark along the axis (px), given its column here. */
export interface ColumnMark {
  event: { index: number };
  kind: 'point' | 'span';
  t0: number;
  t1: number;
  column: number;
}

/**
 * Marks into columns, first fit: points on column 0, the axis, but for one that would cover a point there
 * already (two events of one day, say), which goes beside it rather than hide it; then spans, in order of
 * their start, into the first column they pass nothing in (the axis only if they pass no point), `spanGap`
 * px kept free between two. Past MAX_POINT_COLUMNS a crowd of points stays on the axis: its labels are
 * piled and counted there. Returns how many columns there are.
 */
export function assignColumns(marks: ColumnMark[], spanGap: number): number {
  const { pointRadius } = CHART;
  /** What each column holds, as stretches of the axis (px). */
  const taken: [number, number][][] = [[]];
  const fits = (column: [number, number][], from: number, to: number) => column.every(([a, b]) => to + spanGap <= a || b + spanGap <= from);
  const place = (mark: ColumnMark, from: number, to: number, columns = Infinity) => {
    let column = taken.findIndex((stretches, i) => i < columns && fits(stretches, from, to));
    if (column === -1) column = columns < Infinity && taken.length >= columns ? 0 : taken.push([]) - 1;
    taken[column].push([from, to]);
    mark.column = column;
  };
  const byStart = (a: ColumnMark, b: ColumnMark) => a.t0 - b.t0 || a.event.index - b.event.index;
  for (const point of marks.filter((mark) => mark.kind === 'point').sort(byStart)) {
    place(point, point.t0 - pointRadius, point.t0 + pointRadius, MAX_POINT_COLUMNS);
  }
  for (const span of marks.filter((mark) => mark.kind === 'span').sort(byStart)) place(span, span.t0, span.t1);
  return taken.length;
}
