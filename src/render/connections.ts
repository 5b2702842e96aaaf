/**
 * The arrows between linked events, under the marks. Hidden from assistive technology: an event's
 * accessible name and its details say what it leads to. When there are many, those of the focused and the
 * selected event stand out and the others are dimmed.
 */
import { svg, nothing } from 'lit';
import type { ConnectionLayout } from '../layout/connections.js';

/** Up to this many arrows are all drawn at full strength. */
export const DIM_ABOVE = 8;

export function renderConnections(connections: readonly ConnectionLayout[], active: readonly (string | undefined)[]) {
  if (!connections.length) return nothing;
  const many = connections.length > DIM_ABOVE;
  return svg`<g class="connections" aria-hidden="true">
    ${connections.map((c) => {
      const lit = active.includes(c.from) || active.includes(c.to);
      return svg`<g part="connection" class="connection${many && !lit ? ' dim' : ''}${lit ? ' active' : ''}" data-from=${c.from} data-to=${c.to}>
        <path d=${c.path}></path><polygon points=${c.head}></polygon>
      </g>`;
    })}
  </g>`;
}
