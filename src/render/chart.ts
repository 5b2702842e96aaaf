/**
 * The chart as Lit SVG templates: grid, axis, and one mark and label per event. Positions come from a
 * chart layout (horizontal or vertical); this only turns them into elements.
 */
import { svg, html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { cssProps, serverStyle } from './css-props.js';
import type { BreakLayout, ChartLayout, ClusterLayout, MarkLayout, TickLayout } from '../layout/geometry.js';
import { cutAxis } from '../layout/breaks.js';
import type { Cluster } from '../layout/detail.js';
import { isImprecise } from '../model/date-kind.js';
import type { TimelineEvent } from '../model/types.js';

export interface ChartLook {
  colorOf(event: TimelineEvent): string;
  /** The language of the event's label, when it differs from the element's. */
  langOf(event: TimelineEvent): string | undefined;
  /** Title and date in words: what a screen reader says for the event. */
  nameOf(event: TimelineEvent): string;
  /** The one event (or cluster) in the tab order (roving tabindex). */
  tabStopId?: string;
  selectedId?: string;
  /** How many events there are in all, visible or not, and where this one is among them in time order (from 1). */
  total: number;
  positionOf(event: TimelineEvent): number;
  /** Names the list of events, and points at the keyboard hint. */
  listLabel: string;
  hintId: string;
  /** What a cluster holds, in words: "1,234 events, 1990 – 1995". */
  clusterName(cluster: Cluster): string;
  /** While a search is typed (the `search` attribute): the events, and the clusters, that match; the others are dimmed. */
  search?: { isMatch(event: TimelineEvent): boolean; clusterHasMatch(cluster: Cluster): boolean };
  /** Drawn under the marks: the arrows between linked events (render/connections.ts, loaded on demand). */
  underMarks?: TemplateResult | typeof nothing;
  /** A vertical chart's labels begin with the event's group (see timeline-layout.ts): drawn as a chip. */
  chipOf?(event: TimelineEvent): string | undefined;
  /** The order to draw the clusters in, so that each keeps its node across frames (render/cluster-slots.ts); time order without it. */
  clusterOrder?(clusters: readonly ClusterLayout[]): readonly ClusterLayout[];
  /** Drawn under everything: the groups' bands (render/bands.ts, in the groups chunk). */
  bands?: TemplateResult | typeof nothing;
}

/** The mark's classes, as a string: they say how the date is known (Lit's classMap costs bytes for no gain here). */
export function markClasses(event: TimelineEvent, kind: MarkLayout['kind']): string {
  const flags: Record<string, boolean> = {
    imprecise: !event.end && isImprecise(event.start),
    approximate: event.start.approximate || Boolean(event.end?.approximate),
    uncertain: event.start.uncertain || Boolean(event.end?.uncertain),
    open: event.openEnd,
  };
  return ['mark', kind, ...Object.keys(flags).filter((flag) => flags[flag])].join(' ');
}

function renderShape(mark: MarkLayout, color: string) {
  const classes = markClasses(mark.event, mark.kind);
  // Through the CSSOM, not a style attribute, which a strict Content-Security-Policy blocks.
  // The colour is the data's own only after parse.ts checked it is nothing but a colour.
  const props = { '--_color': color };
  const style = cssProps(props);
  const { shape } = mark;
  return shape.type === 'circle'
    ? svg`<circle class=${classes} ${style} style=${serverStyle(props)} cx=${shape.cx} cy=${shape.cy} r=${shape.r}></circle>`
    : svg`<rect class=${classes} ${style} style=${serverStyle(props)} x=${shape.x} y=${shape.y} width=${Math.max(0, shape.width)} height=${Math.max(0, shape.height)} rx="3"></rect>`;
}

/** A halo around the mark, shown (by CSS) while the event has the keyboard focus. */
function renderFocusRing(mark: MarkLayout) {
  const { shape } = mark;
  return shape.type === 'circle'
    ? svg`<circle class="focus-ring" cx=${shape.cx} cy=${shape.cy} r=${shape.r + 4}></circle>`
    : svg`<rect class="focus-ring" x=${shape.x - 4} y=${shape.y - 4} width=${Math.max(0, shape.width) + 8} height=${shape.height + 8} rx="5"></rect>`;
}

/** A label that begins with its group's name, that name in a chip of its own (a bolder tspan). */
function withChip(chip: string | undefined, line: string) {
  return chip && line.startsWith(`${chip} · `) ? svg`<tspan class="group-chip">${chip}</tspan>${line.slice(chip.length)}` : line;
}

/**
 * An event's option: its focus ring, leader, shape and label. One template whether or not the mark is off
 * view (geometry.ts), so that the node, and the keyboard focus on it, stays when the view leaves the event:
 * off view, only an empty anchor at the chart's edge is in it.
 */
function renderMark(mark: MarkLayout, look: ChartLook): TemplateResult {
  const { event, leader, offView } = mark;
  const selected = event.id === look.selectedId;
  const match = look.search?.isMatch(event);
  return svg`<g part=${`event${selected ? ' selected' : ''}${match ? ' match' : ''}`} class=${offView ? 'event off-view' : 'event'} data-id=${event.id} data-lane=${mark.lane}
      role="option" tabindex=${event.id === look.tabStopId ? 0 : -1} aria-selected=${String(selected)}
      aria-setsize=${look.total} aria-posinset=${look.positionOf(event)} aria-label=${look.nameOf(event)}>
    ${offView ? nothing : renderFocusRing(mark)}
    ${leader && !offView ? svg`<line class="leader" x1=${leader.x1} y1=${leader.y1} x2=${leader.x2} y2=${leader.y2}></line>` : nothing}
    ${offView && mark.shape.type === 'circle' ? svg`<circle class="off-view-anchor" cx=${mark.shape.cx} cy=${mark.shape.cy} r="0"></circle>` : renderShape(mark, look.colorOf(event))}
    ${mark.labelVisible && !offView
      ? svg`<text part="label" x=${mark.labelX} y=${mark.labelY} text-anchor=${mark.labelAnchor} lang=${look.langOf(event) ?? nothing}>${mark.labelLines
          ? mark.labelLines.map((line, i, all) => svg`<tspan x=${mark.labelX} dy=${i ? mark.labelLineHeight ?? nothing : nothing}>${withChip(i ? '' : look.chipOf?.(event), i < all.length - 1 ? `${line} ` : line)}</tspan>`)
          : withChip(look.chipOf?.(event), mark.label)}</text>`
      : nothing}
  </g>`;
}

/**
 * A cluster (a bar as big as its count, drawn with the others' by renderBars) or a pile of unlabelled marks
 * ("+44"): either opens on a click or Enter. Drawn around its count's place (a translated group): in a pan
 * or a zoom the group moves and only the hit boxes' widths change, so the count's text keeps its place in
 * the group and the browser does not lay it out again (laying out some 200 counts every frame was most of
 * a grouped zoom frame's layout time). A cluster's hit box is its focus ring too (a stroke while it has the
 * focus): one node fewer for each of hundreds of clusters.
 */
function renderCluster(item: ClusterLayout, look: ChartLook): TemplateResult {
  const { shape, hit, cluster } = item;
  const ox = item.labelX;
  const pile = item.kind === 'pile';
  // A bar's group is placed at its count's baseline, so that the count's text is never touched but for a
  // new count: its place moves with the bar's height at nearly every zoom frame, and a change to a text's
  // own attributes costs the browser some 40 us of style and layout each (160 of them, 6 ms a frame),
  // where the group's transform costs a tenth of that. A pile's count keeps its place in its box.
  const oy = pile ? hit.y : item.labelY;
  const classes = `cluster${pile ? ' pile' : ''}${look.search?.clusterHasMatch(cluster) ? ' match' : ''}`;
  const tabindex = cluster.id === look.tabStopId ? 0 : -1;
  // The count drawn is in the name, first, as label-in-name asks (one who speaks to the page says "1.8K"):
  // the name says the count in full, which a short count ("1.8K", "31K") is not part of.
  const full = look.clusterName(cluster);
  const name = item.label && !full.includes(item.label) ? `${item.label}: ${full}` : full;
  // Two whole templates rather than one with nested ones: a zoom that recuts the clusters updates every
  // part of a few hundred of them, and each nested template or conditional is one more part to check and
  // one more object to collect. The count's text is always there (empty when it does not fit).
  return pile
    ? svg`<g part="cluster" class=${classes} data-cluster=${cluster.id} data-count=${cluster.count} role="option"
      tabindex=${tabindex} aria-selected="false" aria-label=${name} transform="translate(${ox} ${oy})">
    <rect class="focus-ring" x=${hit.x - ox - 3} y="-3" width=${hit.width + 6} height=${hit.height + 6} rx="5"></rect>
    <rect class="pile-box" x=${shape.x - ox} y=${shape.y - oy} width=${shape.width} height=${shape.height} rx="8"></rect>
    <text class="cluster-count" x="0" y=${item.labelY - oy} text-anchor="middle">${item.label}</text>
  </g>`
    : svg`<g part="cluster" class=${classes} data-cluster=${cluster.id} data-count=${cluster.count} role="option"
      tabindex=${tabindex} aria-selected="false" aria-label=${name} transform="translate(${ox} ${oy})">
    <rect class="cluster-hit" x=${hit.x - ox} y=${hit.y - oy} width=${hit.width} height=${hit.height} rx="4"></rect>
    <text class="cluster-count" x="0" y="0" text-anchor="middle">${item.label}</text>
  </g>`;
}

/** A number for a path: to a hundredth of a pixel, which the eye cannot tell from more. */
const px = (value: number) => Math.round(value * 100) / 100;

/** One bar as a subpath: a rectangle with its corners rounded by up to 2 px (as the bars' rx was). */
function barPath({ x, y, width, height }: ClusterLayout['shape']): string {
  const r = Math.min(2, width / 2, height / 2);
  const w = px(width - 2 * r);
  const h = px(height - 2 * r);
  const a = `a${px(r)} ${px(r)} 0 0 1`;
  return `M${px(x + r)} ${px(y)}h${w}${a} ${px(r)} ${px(r)}v${h}${a} ${px(-r)} ${px(r)}h${-w}${a} ${px(-r)} ${px(-r)}v${-h}${a} ${px(r)} ${px(-r)}z`;
}

/**
 * The clusters' bars, all in one path (with the search's matches in a second): a grouped zoom changes the
 * widths of a few hundred bars each frame, and one path to parse is far less for the browser to restyle
 * and lay out than as many rects. Drawn under the clusters, whose hit boxes take the pointer and the
 * focus ring; a screen reader hears the clusters, not this. In the clusters' order, as they are drawn.
 */
function renderBars(clusters: readonly ClusterLayout[], look: ChartLook): TemplateResult | typeof nothing {
  const bars = clusters.filter((item) => item.kind !== 'pile');
  if (!bars.length) return nothing;
  const search = look.search;
  const matched: ClusterLayout[] = [];
  const rest: ClusterLayout[] = search ? [] : bars;
  // Each cluster asked once whether it holds a match (in a grouped chart, a search of its row's places).
  if (search) for (const item of bars) (search.clusterHasMatch(item.cluster) ? matched : rest).push(item);
  const path = (list: readonly ClusterLayout[]) => list.map((item) => barPath(item.shape)).join('');
  return svg`<g class="cluster-bars" aria-hidden="true">
    <path class="cluster-bar" d=${path(rest)}></path>
    ${matched.length ? svg`<path class="cluster-bar match" d=${path(matched)}></path>` : nothing}
  </g>`;
}

/** A tick's label in short lines, one under the other: the vertical chart's gutter is narrow. */
// VERTICAL.tickLine of vertical-layout.ts, not imported: that module loads on demand.
const TICK_LINE = 14;

function tickLines(tick: TickLayout) {
  return tick.lines.map((line, i) => svg`<tspan x=${tick.labelX} dy=${i ? TICK_LINE : 0}>${line}</tspan>`);
}

/**
 * A squeezed stretch: a faint band under the marks, with its words ("2013 – 2015: no events") as its name.
 * (No <title> inside: Lit's server renderer reads one as HTML's title and cannot bind text in it.)
 */
function renderBreakBand(item: BreakLayout): TemplateResult {
  const { band } = item;
  return svg`<g class="break" role="img" aria-label=${item.sentence}>
    <rect class="break-band" x=${band.x} y=${band.y} width=${band.width} height=${band.height}></rect>
  </g>`;
}

/** On the axis: the line cut by two slanted strokes, and the stretch's span under it where it fits. */
function renderBreakMark(item: BreakLayout): TemplateResult {
  const { strokes } = item;
  return svg`<g class="break-mark">
    ${strokes.map((s) => svg`<line class="break-stroke" x1=${s.x1} y1=${s.y1} x2=${s.x2} y2=${s.y2}></line>`)}
    ${item.label ? svg`<text class="break-label" x=${item.labelX} y=${item.labelY} text-anchor="middle">${item.label}</text>` : nothing}
  </g>`;
}

export function renderChart(layout: ChartLayout, look: ChartLook): TemplateResult {
  const { width, height, ticks, marks, axis, orientation } = layout;
  const stacked = orientation === 'vertical';
  const clusters = look.clusterOrder?.(layout.clusters) ?? layout.clusters;

  return html`<svg
    class="chart ${orientation}${look.search ? ' searching' : ''}"
    part="chart"
    role="none"
    width=${width}
    height=${height}
    viewBox="0 0 ${width} ${height}"
  >
    ${look.bands ?? nothing}
    <g class="grid" aria-hidden="true">
      ${ticks.map(({ grid }) => svg`<line x1=${grid.x1} y1=${grid.y1} x2=${grid.x2} y2=${grid.y2}></line>`)}
    </g>
    ${look.underMarks ?? nothing}
    ${layout.breaks.map(renderBreakBand)}
    ${renderBars(clusters, look)}
    <g class="lanes" role="listbox" aria-label=${look.listLabel} aria-describedby=${look.hintId}>
      ${clusters.map((item) => renderCluster(item, look))}
      ${repeat(marks, (mark) => mark.event.id, (mark) => renderMark(mark, look))}
    </g>
    <g part="axis" aria-hidden="true">
      ${cutAxis(axis, layout.breaks).map((s) => svg`<line class="baseline" x1=${s.x1} y1=${s.y1} x2=${s.x2} y2=${s.y2}></line>`)}
      ${ticks.map(
        (tick) => svg`<g class="tick ${tick.level}">
          <line x1=${tick.mark.x1} y1=${tick.mark.y1} x2=${tick.mark.x2} y2=${tick.mark.y2}></line>
          <text x=${tick.labelX} y=${tick.labelY} text-anchor=${tick.anchor}>${stacked && tick.lines.length > 1 ? tickLines(tick) : tick.label}</text>
        </g>`,
      )}
      ${layout.breaks.map(renderBreakMark)}
    </g>
  </svg>`;
}
