import { css } from 'lit';

/**
 * The element's styles. Everything a page may want to change is a documented `--event-timeline-*`
 * custom property or a `::part`.
 */
export const timelineStyles = css`
  :host {
    --_font: var(--event-timeline-font-family, system-ui, 'Noto Sans', 'Noto Sans Armenian', sans-serif);
    --_text: var(--event-timeline-text-color, #1f2328);
    --_muted: var(--event-timeline-muted-color, #57606a);
    --_background: var(--event-timeline-background, transparent);
    --_axis: var(--event-timeline-axis-color, #57606a);
    --_grid: var(--event-timeline-grid-color, #d8dee4);
    --_mark: var(--event-timeline-mark-color, #56789a);
    --_error: var(--event-timeline-error-color, #a40e26);
    --_error-background: var(--event-timeline-error-background, #fff0f0);
    display: block;
    font-family: var(--_font);
    color: var(--_text);
    background: var(--_background);
    line-height: 1.4;
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --_text: var(--event-timeline-text-color, #e6edf3);
      --_muted: var(--event-timeline-muted-color, #9da7b1);
      --_axis: var(--event-timeline-axis-color, #9da7b1);
      --_grid: var(--event-timeline-grid-color, #30363d);
      --_error: var(--event-timeline-error-color, #ffb3b8);
      --_error-background: var(--event-timeline-error-background, #3b1219);
    }
  }
  :host([hidden]) {
    display: none;
  }
  .sizer {
    height: 0;
    width: 100%;
  }
  figure {
    margin: 0;
  }
  figcaption {
    margin-bottom: 0.5rem;
  }
  [part='title'] {
    font-size: 1.1rem;
    font-weight: 600;
    margin: 0;
  }
  [part='summary'],
  [part='source'],
  [part='status'],
  [part='empty'] {
    color: var(--_muted);
    font-size: 0.875rem;
    margin: 0.15rem 0 0;
  }
  [part='source'] a {
    color: inherit;
  }
  .chart {
    display: block;
    width: 100%;
    overflow: visible;
  }
  .grid line {
    stroke: var(--_grid);
    stroke-width: 1;
  }
  [part~='axis'] .baseline {
    stroke: var(--_axis);
    stroke-width: 1;
  }
  [part~='axis'] text {
    fill: var(--_muted);
    font-size: 12px;
  }
  [part~='axis'] .year text {
    fill: var(--_text);
    font-weight: 600;
  }
  [part~='axis'] .tick line {
    stroke: var(--_axis);
  }
  .mark {
    fill: var(--_color, var(--_mark));
    stroke: var(--_color, var(--_mark));
    stroke-width: 1.5;
  }
  .mark.span.imprecise {
    fill-opacity: 0.35;
  }
  .mark.approximate {
    stroke-dasharray: 4 3;
    fill-opacity: 0.25;
  }
  .mark.point.approximate {
    fill: var(--_background, transparent);
  }
  .mark.uncertain {
    stroke-dasharray: 1.5 2.5;
    stroke-width: 2;
  }
  [part~='label'] {
    fill: var(--_text);
    font-size: 13px;
  }
  [part='legend'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    margin: 0.5rem 0 0;
    padding: 0;
    list-style: none;
    font-size: 0.875rem;
  }
  [part='legend'] li {
    display: inline-flex;
    align-items: center;
    gap: 0.35rem;
  }
  [part='legend'] svg {
    flex: none;
  }
  .legend-group {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1.5rem;
  }
  [part='problems'] {
    color: var(--_error);
    background: var(--_error-background);
    border-inline-start: 4px solid var(--_error);
    padding: 0.5rem 0.75rem;
    margin: 0 0 0.75rem;
    font-size: 0.875rem;
  }
  [part='problems'] p {
    margin: 0;
    font-weight: 600;
  }
  [part='problems'] ul {
    margin: 0.25rem 0 0;
    padding-inline-start: 1.25rem;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  @media (forced-colors: active) {
    .mark {
      fill: CanvasText;
      stroke: CanvasText;
    }
    [part~='label'],
    [part~='axis'] text {
      fill: CanvasText;
    }
  }
`;
