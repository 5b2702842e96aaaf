/**
 * The horizontal chart as Lit SVG templates: grid, axis, and one mark and label per event.
 * Positions come from `layoutChart`; this only turns them into elements.
 */
import { svg, html, nothing, type TemplateResult } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import { styleMap } from 'lit/directives/style-map.js';
import { repeat } from 'lit/directives/repeat.js';
import { CHART, type ChartLayout, type MarkLayout } from '../layout/chart-layout.js';
import { isImprecise } from '../model/dates.js';
import type { TimelineEvent } from '../model/types.js';

export interface ChartLook {
  colorOf(event: TimelineEvent): string;
  /** The language of the event's label, when it differs from the element's. */
  langOf(event: TimelineEvent): string | undefined;
}

export function markClasses(event: TimelineEvent, kind: MarkLayout['kind']) {
  return {
    mark: true,
    point: kind === 'point',
    span: kind === 'span',
    imprecise: !event.end && isImprecise(event.start),
    approximate: event.start.approximate || Boolean(event.end?.approximate),
    uncertain: event.start.uncertain || Boolean(event.end?.uncertain),
    open: event.openEnd,
  };
}

function renderMark(mark: MarkLayout, look: ChartLook): TemplateResult {
  const { event } = mark;
  const cy = mark.y + CHART.markY;
  const style = styleMap({ '--_color': look.colorOf(event) });
  const shape =
    mark.kind === 'point'
      ? svg`<circle class=${classMap(markClasses(event, 'point'))} style=${style} cx=${mark.x0} cy=${cy} r=${CHART.pointRadius}></circle>`
      : svg`<rect class=${classMap(markClasses(event, 'span'))} style=${style} x=${mark.x0} y=${cy - CHART.barHeight / 2}
          width=${Math.max(0, mark.x1 - mark.x0)} height=${CHART.barHeight} rx="3"></rect>`;
  const label = mark.labelVisible
    ? svg`<text part="label" x=${mark.labelX} y=${mark.y + CHART.labelY} lang=${look.langOf(event) ?? nothing}>${mark.label}</text>`
    : nothing;
  return svg`<g part="event" class="event" data-id=${event.id} data-lane=${mark.lane}>${shape}${label}</g>`;
}

function tickAnchor(x: number, width: number): 'start' | 'middle' | 'end' {
  if (x < 28) return 'start';
  if (x > width - 28) return 'end';
  return 'middle';
}

export function renderChart(layout: ChartLayout, look: ChartLook): TemplateResult {
  const { width, height, axisY, ticks, marks } = layout;
  return html`<svg
    class="chart"
    part="chart"
    aria-hidden="true"
    width=${width}
    height=${height}
    viewBox="0 0 ${width} ${height}"
  >
    <g class="grid">
      ${ticks.map((tick) => svg`<line x1=${tick.x} x2=${tick.x} y1="0" y2=${axisY}></line>`)}
    </g>
    <g class="lanes">
      ${repeat(marks, (mark) => mark.event.id, (mark) => renderMark(mark, look))}
    </g>
    <g part="axis" transform="translate(0 ${axisY})">
      <line class="baseline" x1="0" x2=${width} y1="0.5" y2="0.5"></line>
      ${ticks.map(
        (tick) => svg`<g class="tick ${tick.level}" transform="translate(${tick.x} 0)">
          <line y1="0" y2="5"></line>
          <text y="19" text-anchor=${tickAnchor(tick.x, width)}>${tick.label}</text>
        </g>`,
      )}
    </g>
  </svg>`;
}
