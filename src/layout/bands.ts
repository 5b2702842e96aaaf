/**
 * Swimlane bands: the rows of a grouped timeline (model/groups.ts) stacked down the horizontal chart,
 * each a header line for its label at the start edge, then what is in view in it, laid out by a packer the
 * caller gives (lanes of labels, as the ungrouped chart has), or, collapsed, one thin row of its marks.
 * A band is as tall as the packer says (band-share.ts shares a steady height out among them). Pure.
 */
import type { GroupRow } from '../model/groups.js';
import type { BandLayout, ClusterLayout, MarkLayout, MarkShape } from './geometry.js';

export type { BandLayout } from './geometry.js';

export const BAND = {
  /** The line at the top of a band that holds its label (and its collapse button). */
  header: 24,
  /** A collapsed band's row of marks. */
  thin: 16,
  /** Below a band's content, before the next band. */
  gap: 4,
  /** A child group's label is indented by this much from its parent's. */
  indent: 16,
} as const;

/** What a band holds, laid out in its place (from the `top` its packer is given down), and how tall it is. */
export interface BandContent {
  height: number;
  marks: MarkLayout[];
  clusters: ClusterLayout[];
}

export interface StackedBands {
  bands: BandLayout[];
  marks: MarkLayout[];
  clusters: ClusterLayout[];
  /** Where the last band ends, px: the time axis goes under it. */
  bottom: number;
}

/**
 * Each row's band, from `top` down: its header, then its content (`pack`, told whether it is collapsed and
 * where the content begins, so that it lays it out there: no copy of each mark and cluster to move it).
 */
export function stackBands(rows: readonly GroupRow[], pack: (row: number, collapsed: boolean, top: number) => BandContent, top: number): StackedBands {
  const bands: BandLayout[] = [];
  const marks: MarkLayout[] = [];
  const clusters: ClusterLayout[] = [];
  let y = top;
  rows.forEach((row, i) => {
    const content = pack(i, row.collapsed, y + BAND.header);
    const inner = row.collapsed ? BAND.thin : content.height;
    for (const mark of content.marks) marks.push(mark);
    for (const cluster of content.clusters) clusters.push(cluster);
    const height = BAND.header + inner + BAND.gap;
    bands.push({ row: i, id: row.id, depth: row.depth, collapsed: row.collapsed, children: row.children, count: row.count, y, height });
    y += height;
  });
  return { bands, marks, clusters, bottom: y };
}

function shiftShape<S extends MarkShape>(shape: S, dy: number): S {
  return shape.type === 'circle' ? { ...shape, cy: shape.cy + dy } : { ...shape, y: shape.y + dy };
}

export function shiftMark(mark: MarkLayout, dy: number): MarkLayout {
  const moved: MarkLayout = { ...mark, shape: shiftShape(mark.shape, dy), labelY: mark.labelY + dy };
  if (mark.leader) moved.leader = { ...mark.leader, y1: mark.leader.y1 + dy, y2: mark.leader.y2 + dy };
  return moved;
}

export function shiftCluster(cluster: ClusterLayout, dy: number): ClusterLayout {
  return { ...cluster, shape: shiftShape(cluster.shape, dy), hit: { ...cluster.hit, y: cluster.hit.y + dy }, labelY: cluster.labelY + dy };
}
