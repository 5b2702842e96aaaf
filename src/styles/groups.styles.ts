/**
 * A grouped chart's bands and their labels: part of the groups chunk (groups.ts), which adopts them into the
 * element's shadow root when it loads (a constructed sheet: no inline style for a Content-Security-Policy
 * to block). Every second band is shaded, a child's a little more; labels sit at the band's start edge.
 */
import { css } from 'lit';

export const groupStyles = css`
  .band {
    fill: transparent;
  }
  .band.odd {
    fill: color-mix(in srgb, var(--_grid) 30%, transparent);
  }
  .band.child {
    fill: color-mix(in srgb, var(--_grid) 18%, transparent);
  }
  .band.child.odd {
    fill: color-mix(in srgb, var(--_grid) 42%, transparent);
  }
  .group-labels {
    position: absolute;
    inset: 0;
    pointer-events: none;
  }
  /* Both placed at their band's top by a transform the element sets (render/bands.ts). */
  .band-extent {
    position: absolute;
    inset-inline: 0;
    top: 0;
  }
  .group-label {
    position: absolute;
    top: 2px;
    inset-inline-start: calc(4px + var(--_band-indent, 0px));
    max-width: calc(100% - 8px - var(--_band-indent, 0px));
    display: flex;
    align-items: center;
    gap: 0.35rem;
    font-size: 0.8125rem;
    line-height: 1.25rem;
    color: var(--_text);
    pointer-events: auto;
  }
  .group-label > span,
  .group-label button {
    display: inline-flex;
    align-items: baseline;
    gap: 0.4rem;
    max-width: 100%;
    min-height: 1.25rem;
    padding: 0 0.4rem;
    font-size: 0.8125rem;
    font-weight: 600;
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .group-label button {
    align-items: center;
    border-color: transparent;
    background: color-mix(in srgb, var(--_surface) 85%, transparent);
  }
  .group-count {
    font-weight: 400;
    color: var(--_muted);
  }
  .group-label .chevron {
    flex: none;
    fill: none;
    stroke: currentColor;
    stroke-width: 1.5;
    transition: transform 0.15s;
  }
  .group-label [aria-expanded='false'] .chevron {
    transform: rotate(-90deg);
  }
  :host(:dir(rtl)) .group-label [aria-expanded='false'] .chevron {
    transform: rotate(90deg);
  }
  @media (prefers-reduced-motion: reduce) {
    .group-label .chevron {
      transition: none;
    }
  }
  .group-chip {
    font-weight: 600;
    fill: var(--_muted);
  }
`;
