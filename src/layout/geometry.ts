/**
 * What a chart layout hands to the renderer, whatever its orientation: absolute positions in px.
 */
import type { TimelineEvent } from '../model/types.js';
import type { Cluster } from './detail.js';
import type { Tick } from './scale.js';

export type Orientation = 'horizontal' | 'vertical';

/** The line box a label is drawn in, px: its height, and from its middle down to the text's baseline. */
export interface LabelLine {
  height: number;
  baseline: number;
}

export type MarkShape =
  | { type: 'circle'; cx: number; cy: number; r: number }
  | { type: 'rect'; x: number; y: number; width: number; height: number };

export interface Segment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface MarkLayout {
  event: TimelineEvent;
  /** A point for an exact day or time; a span for a range or an imprecise date. */
  kind: 'point' | 'span';
  /** Where the mark starts and ends along the time axis, px (equal for a point). */
  t0: number;
  t1: number;
  /** The lane (horizontal) or column (vertical) the mark is in. */
  lane: number;
  shape: MarkShape;
  /** The label text, shortened to fit. */
  label: string;
  /** The label on two lines, where it is wrapped (the vertical chart): `label` is then both, joined by a space. */
  labelLines?: string[];
  /** From one line's baseline to the next, px. */
  labelLineHeight?: number;
  /** The label's anchor point on the baseline: its left edge for `start`, its right edge for `end` (physical sides). */
  labelX: number;
  labelY: number;
  labelAnchor: 'start' | 'end';
  /** False when there was no room: the mark is drawn, the label is not. */
  labelVisible: boolean;
  /** A line from the mark to its label, where the label had to move away from the mark. */
  leader?: Segment;
  /**
   * A focused or selected event the view has left (see off-view.ts): nothing of it is drawn, but its
   * focusable node stays, at the edge of the chart, so that the keyboard focus is not lost.
   */
  offView?: true;
}

export interface TickLayout extends Tick {
  /** Where the tick's label is anchored. */
  labelX: number;
  labelY: number;
  anchor: 'start' | 'middle' | 'end';
  /** The tick mark on the axis. */
  mark: Segment;
  /** The grid line across the chart. */
  grid: Segment;
}

/**
 * Events too dense to draw one by one: a bar over their slice of time whose size follows how many it
 * holds, with the count. Or a pile of marks left without labels, counted: "+44".
 */
export interface ClusterLayout {
  cluster: Cluster;
  kind?: 'pile';
  shape: Extract<MarkShape, { type: 'rect' }>;
  /** What takes the pointer and shows the focus ring: the whole slice, however small the bar. */
  hit: Box;
  /** The count, short ("1.2K"); empty where it would not fit. */
  label: string;
  labelX: number;
  labelY: number;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A stretch of time with no events, squeezed: drawn as a break in the axis, with its span in words. */
export interface BreakLayout {
  /** The stretch, UTC ms (`to` exclusive). */
  from: number;
  to: number;
  /** A faint band over the squeezed stretch, across the chart. */
  band: Box;
  /** Where the axis line is cut, and the two slanted strokes of the break mark. */
  gap: Box;
  strokes: [Segment, Segment];
  /** The span, short ("2013 – 2015"), under the axis; empty where it would not fit. */
  label: string;
  labelX: number;
  labelY: number;
  /** "2013 – 2015: no events". */
  sentence: string;
}

/** A group's band in a grouped (swimlane) horizontal chart: see bands.ts. */
export interface BandLayout {
  /** The row's place among the rows (`GroupRow` order). */
  row: number;
  /** The group's id; undefined for the band of the events with no group. */
  id?: string;
  depth: 0 | 1;
  collapsed: boolean;
  /** How many child groups it has. */
  children: number;
  /** How many events the row holds (in view or not), for a collapsed band's count. */
  count: number;
  y: number;
  height: number;
}

export interface ChartLayout {
  orientation: Orientation;
  width: number;
  height: number;
  marks: MarkLayout[];
  clusters: ClusterLayout[];
  ticks: TickLayout[];
  axis: Segment;
  /** Breaks in the time axis, where long empty stretches are squeezed. */
  breaks: BreakLayout[];
  /** The groups' bands, top to bottom, when the data has groups (horizontal). */
  bands?: BandLayout[];
}
