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

/** Kept free between the tooltip and the page's sides, px. */
const PAGE_MARGIN = 4;

/** How far to move a box from `left` to `right` sideways to bring it inside a page `page` px wide (0: it is inside). */
export function pageNudge(left: number, right: number, page: number): number {
  if (left < PAGE_MARGIN) return PAGE_MARGIN - left;
  return right > page - PAGE_MARGIN ? Math.max(PAGE_MARGIN - left, page - PAGE_MARGIN - right) : 0;
}

/**
 * The tooltip kept inside the page: moved sideways by as much as it sticks out of the viewport. Its
 * width is known only once it is drawn (its title wraps), so this is measured, not laid out.
 */
export function keepTooltipOnPage(root: ParentNode): void {
  const tip = root.querySelector<HTMLElement>('.tooltip');
  if (!tip) return;
  tip.style.removeProperty('--_nudge');
  const { left, right } = tip.getBoundingClientRect();
  const nudge = pageNudge(left, right, document.documentElement.clientWidth);
  if (nudge) tip.style.setProperty('--_nudge', `${nudge}px`);
}
