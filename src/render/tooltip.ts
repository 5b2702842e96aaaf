/**
 * The tooltip of the event under the pointer or the focus: its title and date, under its mark, kept
 * inside the chart's width. Hidden from screen readers, which hear the same from the event's name.
 */
import { html, nothing } from 'lit';
import type { MarkLayout } from '../layout/geometry.js';
import { cssProps } from './css-props.js';

/** Half the tooltip's usual width: how far its centre keeps from the chart's edges. */
const HALF_WIDTH = 90;

export function renderTooltip(mark: MarkLayout, chartWidth: number, title: { text: string; lang?: string }, date: string) {
  const { shape } = mark;
  const [x, y] = shape.type === 'circle' ? [shape.cx, shape.cy + shape.r] : [shape.x + shape.width / 2, shape.y + shape.height];
  const left = Math.min(Math.max(x, HALF_WIDTH), chartWidth - HALF_WIDTH);
  return html`<div part="tooltip" class="tooltip" aria-hidden="true" ${cssProps({ left: `${left}px`, top: `${y + 6}px` })}>
    <strong lang=${title.lang ?? nothing}>${title.text}</strong>
    <span>${date}</span>
  </div>`;
}
