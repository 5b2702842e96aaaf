/**
 * A grouped chart's bands: a faint band per group under everything in the SVG (`part="group"`), and over
 * the chart, at each band's start edge, its label (`part="group-label"`) with a button that collapses and
 * expands the group (`aria-expanded`). The labels are HTML over the chart, outside its listbox, so that
 * the buttons are buttons; they stay at the start edge whatever the view. With each label, an empty box
 * as tall as its band (`band-extent`), which the band window watches (controllers/band-window.ts says why
 * HTML, not the SVG band). In the groups chunk.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import type { Messages } from '../i18n/messages.js';
import { BAND } from '../layout/bands.js';
import type { BandLayout, ChartLayout } from '../layout/geometry.js';
import { cssProps, serverStyle } from './css-props.js';

export interface BandLabel {
  text: string;
  lang?: string;
}

export function renderBandBackgrounds(chart: ChartLayout): TemplateResult | typeof nothing {
  const bands = chart.bands;
  if (!bands?.length) return nothing;
  return svg`<g class="bands" aria-hidden="true">
    ${bands.map((band, i) => svg`<rect part="group" class=${`band${i % 2 ? ' odd' : ''}${band.depth ? ' child' : ''}${band.collapsed ? ' collapsed' : ''}`}
      data-group=${band.id ?? nothing} x="0" y=${band.y} width=${chart.width} height=${band.height}></rect>`)}
  </g>`;
}

export function renderBandLabels(
  bands: readonly BandLayout[],
  labelOf: (band: BandLayout) => BandLabel,
  m: Messages,
  count: (n: number) => string,
  onToggle: (band: BandLayout) => void,
): TemplateResult {
  return html`<div class="group-labels">
    ${bands.map((band) => {
      const label = labelOf(band);
      // Placed by a transform, not by top: a band that moves as the view changes (band-share.ts) then moves
      // its label without a layout, and (not an inherited custom property) without restyling what is in it.
      const props = { transform: `translateY(${band.y}px)`, '--_band-indent': `${band.depth * BAND.indent}px` };
      const extent = { transform: `translateY(${band.y}px)`, height: `${band.height}px` };
      const name = html`<span lang=${label.lang ?? nothing}>${label.text}</span>
        <span class="group-count">${m.groupCount(count(band.count))}</span>`;
      // The events with no group make a band of their own, with a name but nothing to fold.
      return html`<div class="band-extent" data-group=${band.id ?? nothing} ${cssProps(extent)} style=${serverStyle(extent)}></div>
      <div part="group-label" class="group-label" data-group=${band.id ?? nothing} ${cssProps(props)} style=${serverStyle(props)}>
        ${band.id === undefined
          ? name
          : html`<button type="button" part="button group-toggle" aria-expanded=${String(!band.collapsed)} @click=${() => onToggle(band)}>
              <svg class="chevron" width="10" height="10" viewBox="0 0 10 10" aria-hidden="true"><path d="M2 3.5 5 6.5 8 3.5"></path></svg>${name}
            </button>`}
      </div>`;
    })}
  </div>`;
}
