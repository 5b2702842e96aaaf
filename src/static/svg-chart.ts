/**
 * The chart as SVG markup, for files: the same layout, shapes and classes of mark as the element draws
 * (render/chart.ts), with the element's stylesheet written in as presentation attributes, since a file
 * carries no stylesheet and no custom properties. Nothing interactive: no roles, tab stops or focus rings.
 * Pure; every text from the data is escaped.
 */
import { cutAxis } from '../layout/breaks.js';
import { BAND } from '../layout/bands.js';
import type { BandLayout, BreakLayout, ChartLayout, ClusterLayout, MarkLayout, Segment, TickLayout } from '../layout/geometry.js';

const BAND_INDENT = BAND.indent;
import { markClasses } from '../render/chart.js';
import { attribute, escapeMarkup } from './escape.js';
import { svgText, type Typesetter } from './svg-text.js';
import type { StaticTimeline } from './static-timeline.js';

/** Numbers as short as they can be without moving anything visibly. */
const n = (value: number) => String(Math.round(value * 100) / 100);

const line = ({ x1, y1, x2, y2 }: Segment, paint: string) => `<line x1="${n(x1)}" y1="${n(y1)}" x2="${n(x2)}" y2="${n(y2)}"${paint}/>`;

/** The paint of a mark, as timeline.styles.ts gives it for each of its classes. */
function markPaint(mark: MarkLayout, color: string, background: string): string {
  const classes = new Set(markClasses(mark.event, mark.kind).split(' '));
  let fill = color;
  let fillOpacity: number | undefined;
  let dash: string | undefined;
  let width = 1.5;
  if (classes.has('span') && classes.has('imprecise')) fillOpacity = 0.35;
  if (classes.has('approximate')) {
    dash = '4 3';
    fillOpacity = 0.25;
    if (classes.has('point')) fill = background;
  }
  if (classes.has('uncertain')) {
    dash = '1.5 2.5';
    width = 2;
  }
  return `${attribute('fill', fill)}${attribute('fill-opacity', fillOpacity)}${attribute('stroke', color)} stroke-width="${width}"${attribute('stroke-dasharray', dash)}`;
}

function markSvg(mark: MarkLayout, timeline: StaticTimeline, setter?: Typesetter): string {
  const { palette } = timeline;
  const paint = markPaint(mark, timeline.colorOf(mark.event), palette.background);
  const { shape, leader } = mark;
  const drawn =
    shape.type === 'circle'
      ? `<circle cx="${n(shape.cx)}" cy="${n(shape.cy)}" r="${n(shape.r)}"${paint}/>`
      : `<rect x="${n(shape.x)}" y="${n(shape.y)}" width="${n(Math.max(0, shape.width))}" height="${n(Math.max(0, shape.height))}" rx="3"${paint}/>`;
  const title = timeline.titleOf(mark.event);
  const label = mark.labelVisible
    ? svgText(mark.label, { x: mark.labelX, y: mark.labelY, anchor: mark.labelAnchor, size: 13, fill: palette.text, lang: title.lang, extra: ' unicode-bidi="plaintext"' }, setter)
    : '';
  // The event's full title and date, for a reader of the file whose label was shortened or left out.
  const name = `<title>${escapeMarkup(`${title.text}, ${timeline.dateOf(mark.event)}`)}</title>`;
  return `<g class="event"${attribute('data-id', mark.event.id)}>${name}${leader ? line(leader, ` stroke="${palette.grid}" stroke-width="1"`) : ''}${drawn}${label}</g>`;
}

function clusterSvg(item: ClusterLayout, timeline: StaticTimeline, setter?: Typesetter): string {
  const { shape } = item;
  const { palette } = timeline;
  // A pile of unlabelled marks ("+4") is a box on the background, as the element draws it; a cluster a bar.
  const paint = item.kind === 'pile' ? `rx="8" fill="${palette.background}"` : `rx="2" fill="${palette.mark}" fill-opacity="0.3"`;
  const bar = `<rect x="${n(shape.x)}" y="${n(shape.y)}" width="${n(shape.width)}" height="${n(shape.height)}" ${paint} stroke="${palette.mark}" stroke-width="1"/>`;
  const count = item.label ? svgText(item.label, { x: item.labelX, y: item.labelY, anchor: 'middle', size: 11, weight: 600, fill: palette.text }, setter) : '';
  return `<g class="cluster">${bar}${count}</g>`;
}

function tickSvg(tick: TickLayout, timeline: StaticTimeline, setter?: Typesetter): string {
  const { palette } = timeline;
  const year = tick.level === 'year';
  const look = { x: tick.labelX, y: tick.labelY, anchor: tick.anchor, size: 12, weight: year ? 600 : 400, fill: year ? palette.text : palette.muted };
  return `<g class="tick ${tick.level}">${line(tick.mark, ` stroke="${palette.axis}"`)}${svgText(tick.label, look, setter)}</g>`;
}

/** A group's band (every second one shaded, a child's a little more), as the element draws it. */
function bandSvg(band: BandLayout, i: number, width: number, timeline: StaticTimeline): string {
  const shade = band.depth ? (i % 2 ? 0.42 : 0.18) : i % 2 ? 0.3 : 0;
  return shade ? `<rect class="band" x="0" y="${n(band.y)}" width="${n(width)}" height="${n(band.height)}" fill="${timeline.palette.grid}" fill-opacity="${shade}"/>` : '';
}

/** A group's label at its band's start edge: its name, then its count ("3 events"), a child's indented. */
function bandLabelSvg(band: BandLayout, timeline: StaticTimeline, setter?: Typesetter): string {
  const { name, count } = timeline.bandLabelOf(band);
  const x = 4 + 6 + band.depth * BAND_INDENT;
  const y = band.y + 2 + 14;
  const nameSvg = svgText(name.text, { x, y, anchor: 'start', size: 13, weight: 600, fill: timeline.palette.text, lang: name.lang }, setter);
  const after = x + (setter ? setter.width(name.text, 13, 600) : name.text.length * 7.5) + 6;
  return `<g class="group-label">${nameSvg}${svgText(count, { x: after, y, anchor: 'start', size: 13, fill: timeline.palette.muted }, setter)}</g>`;
}

/** A squeezed stretch, as the element draws it: a faint band named by its words ("2013 – 2015: no events"). */
function breakBandSvg(item: BreakLayout, timeline: StaticTimeline): string {
  const { band } = item;
  return `<g class="break"><title>${escapeMarkup(item.sentence)}</title><rect x="${n(band.x)}" y="${n(band.y)}" width="${n(band.width)}" height="${n(band.height)}" fill="${timeline.palette.grid}" fill-opacity="0.4"/></g>`;
}

/** On the axis: two slanted strokes where the line is cut, and the stretch's span under it where it fits. */
function breakMarkSvg(item: BreakLayout, timeline: StaticTimeline, setter?: Typesetter): string {
  const { palette } = timeline;
  const strokes = item.strokes.map((s) => line(s, ` stroke="${palette.axis}" stroke-width="1.5"`)).join('');
  const label = item.label ? svgText(item.label, { x: item.labelX, y: item.labelY, anchor: 'middle', size: 11, fill: palette.muted, extra: ' font-style="italic"' }, setter) : '';
  return `<g class="break-mark">${strokes}${label}</g>`;
}

/**
 * The chart's `<svg>` element, `width` by `height` px, at (`x`, `y`) when it sits inside another SVG. Its
 * labels are laid left to right whatever the page's direction (the layout gives physical anchors), and
 * each label is ordered by the bidi algorithm on its own (`unicode-bidi: plaintext`), as the element does.
 */
export function chartSvg(chart: ChartLayout, timeline: StaticTimeline, at: { x: number; y: number; setter?: Typesetter } = { x: 0, y: 0 }): string {
  const { palette } = timeline;
  const { width, height } = chart;
  return [
    `<svg class="chart ${chart.orientation}" x="${n(at.x)}" y="${n(at.y)}" width="${n(width)}" height="${n(height)}" viewBox="0 0 ${n(width)} ${n(height)}" overflow="visible" direction="ltr">`,
    chart.bands?.length ? `<g class="bands">${chart.bands.map((band, i) => bandSvg(band, i, width, timeline)).join('')}</g>` : '',
    `<g class="grid">${chart.ticks.map((tick) => line(tick.grid, ` stroke="${palette.grid}" stroke-width="1"`)).join('')}</g>`,
    chart.breaks.map((item) => breakBandSvg(item, timeline)).join(''),
    `<g class="lanes">${chart.clusters.map((item) => clusterSvg(item, timeline, at.setter)).join('')}${chart.marks.map((mark) => markSvg(mark, timeline, at.setter)).join('')}</g>`,
    `<g class="axis">${cutAxis(chart.axis, chart.breaks)
      .map((piece) => line(piece, ` stroke="${palette.axis}" stroke-width="1"`))
      .join('')}${chart.ticks.map((tick) => tickSvg(tick, timeline, at.setter)).join('')}${chart.breaks.map((item) => breakMarkSvg(item, timeline, at.setter)).join('')}</g>`,
    chart.bands?.length ? `<g class="group-labels">${chart.bands.map((band) => bandLabelSvg(band, timeline, at.setter)).join('')}</g>` : '',
    '</svg>',
  ].join('\n');
}
