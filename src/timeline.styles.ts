import { css } from 'lit';
import { hostResetStyles } from './styles/host-reset.styles.js';
import { paletteStyles } from './styles/palette.styles.js';

/**
 * The element's styles. Everything a page may want to change is a documented `--event-timeline-*`
 * custom property or a `::part`. Colours: styles/palette.styles.ts; what the page's inherited styles may
 * change: styles/host-reset.styles.ts.
 */
export const timelineStyles = css`
  ${paletteStyles}
  ${hostResetStyles}
  :host {
    display: block;
    color: var(--_text);
    background: var(--_background);
  }
  :host([hidden]) {
    display: none;
  }
  /* Drawn by a server and shown before its script runs (or with none): buttons that would do nothing are hidden. */
  :host(:not(:defined)) [part~='button'] {
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
  .progress {
    color: var(--_muted);
    font-size: 0.875rem;
    max-width: 24rem;
  }
  .progress svg {
    display: block;
    background: var(--_grid);
  }
  .progress rect {
    fill: var(--_focus);
  }
  /* In the summary's line while the events read so far are drawn: one line, whatever the language. */
  /* A line height of its own, not the font's "normal": the loading line (below) is then as tall in every engine. */
  [part='summary'] {
    line-height: 1.4;
  }
  [part='summary'].loading {
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  [part='summary'] [part='status'] {
    margin: 0;
  }
  .progress.inline {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    max-width: none;
    height: 1.4em;
    vertical-align: top;
  }
  .progress.inline svg {
    display: inline-block;
  }
  .progress rect.indeterminate {
    opacity: 0.5;
  }
  [part='source'] a {
    color: inherit;
  }
  .chart {
    display: block;
    overflow: visible;
    /* Layouts give physical anchors (start = left), mirrored for RTL by mirrorLayout: keep SVG from
       flipping them again. Each label still orders its own script by the bidi algorithm. */
    direction: ltr;
  }
  .chart text {
    unicode-bidi: plaintext;
  }
  .grid line {
    stroke: var(--_grid);
    stroke-width: 1;
  }
  /* Lines under and over the marks never take a click or tap meant for a mark (the vertical axis runs
     through the middle of its points). */
  .grid,
  [part~='axis'] {
    pointer-events: none;
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
  /* Uncertain or disputed: a dotted outline round a pale fill, so that the dots show on a point too. */
  .mark.uncertain {
    stroke-dasharray: 1.5 2.5;
    stroke-width: 2;
    fill-opacity: 0.3;
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
  [part='legend'][hidden] {
    display: none;
  }
  /* "N more": reads as an entry of the legend, and is a button that opens the rest. */
  .legend-more {
    display: inline-flex;
    align-items: center;
    gap: 0.35rem;
    min-height: 1.5rem;
    padding: 0 0.5rem;
  }
  /* Opened, the folded categories take a row of their own, and scroll past a few lines. */
  .legend-folded {
    flex-basis: 100%;
    max-height: 9rem;
    overflow-y: auto;
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
  [part='problems'] button {
    margin-top: 0.4rem;
  }
  .stale {
    color: var(--_muted);
    font-size: 0.8125rem;
    font-style: italic;
    margin: 0 0 0.25rem;
  }
  [part='problems'] ul {
    margin: 0.25rem 0 0;
    padding-inline-start: 1.25rem;
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    justify-content: flex-end;
    margin-bottom: 0.25rem;
  }
  .zoom-buttons {
    display: flex;
    gap: 0.25rem;
  }
  [part~='legend-toggle'] {
    display: inline-flex;
    align-items: center;
    gap: 0.35rem;
    padding: 0 0.4rem;
    border-color: transparent;
    background: none;
  }
  /* A child group follows its parent, tied to it by a rule at its start. */
  [part='legend'] li.nested {
    margin-inline-start: -0.6rem;
    padding-inline-start: 0.35rem;
    border-inline-start: 2px solid var(--_grid);
  }
  /* A hidden category: its name struck through, its colour faint. */
  [part~='legend-toggle'][aria-pressed='false'] span {
    text-decoration: line-through;
  }
  [part~='legend-toggle'][aria-pressed='false'] svg {
    opacity: 0.3;
  }
  button {
    font: inherit;
    font-size: 0.875rem;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_axis);
    border-radius: 4px;
    padding: 0.15rem 0.6rem;
    cursor: pointer;
    min-width: 2rem;
    min-height: 2rem;
  }
  button[aria-disabled='true'] {
    opacity: 0.5;
    cursor: default;
  }
  button:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .viewport {
    position: relative;
    touch-action: none;
    user-select: none;
  }
  .viewport.vertical {
    touch-action: pan-y;
  }
  .event {
    cursor: pointer;
    outline: none;
  }
  .focus-ring {
    fill: none;
    stroke: var(--_focus);
    stroke-width: 3;
    visibility: hidden;
  }
  .event:focus .focus-ring,
  .event:focus-visible .focus-ring {
    visibility: visible;
  }
  .event:focus [part~='label'] {
    text-decoration: underline;
  }
  /* Heavier by a stroke, not a bolder font: labels are laid out at the width they were measured at, and a
     bolder font is wider and could run into the next label. */
  [part~='selected'] [part~='label'] {
    stroke: currentColor;
    stroke-width: 0.6px;
    stroke-linejoin: round;
  }
  [part~='selected'] .mark {
    stroke: var(--_text);
    stroke-width: 2.5;
  }
  .cluster {
    cursor: zoom-in;
    outline: none;
  }
  /* All the bars in one path (render/chart.ts): the clusters' hit boxes over them take the pointer. */
  .cluster-bars {
    pointer-events: none;
  }
  .cluster-bar {
    fill: var(--_mark);
    fill-opacity: 0.3;
    stroke: var(--_mark);
    stroke-width: 1;
  }
  .cluster-count {
    fill: var(--_text);
    font-size: 11px;
    font-weight: 600;
  }
  .cluster:focus .focus-ring {
    visibility: visible;
  }
  .cluster-hit {
    fill: transparent;
  }
  /* A cluster's hit box is its focus ring (render/chart.ts); a pile has a ring of its own. */
  .cluster:focus .cluster-hit {
    stroke: var(--_focus);
    stroke-width: 3;
  }
  .pile-box {
    fill: var(--_surface);
    stroke: var(--_mark);
    stroke-width: 1;
  }
  .break-band {
    fill: var(--_grid);
    fill-opacity: 0.4;
  }
  .break-stroke {
    stroke: var(--_axis);
    stroke-width: 1.5;
  }
  [part~='axis'] .break-label {
    font-size: 11px;
    font-style: italic;
  }
  .leader {
    stroke: var(--_grid);
    stroke-width: 1;
  }
  .tooltip {
    position: absolute;
    /* Centred under its mark, moved sideways by --_nudge where it would leave the page (focus.ts). */
    transform: translateX(calc(-50% + var(--_nudge, 0px)));
    pointer-events: none;
    background: var(--_surface);
    color: var(--_text);
    border: 1px solid var(--_grid);
    border-radius: 4px;
    box-shadow: 0 2px 8px rgb(0 0 0 / 0.15);
    padding: 0.3rem 0.5rem;
    font-size: 0.8125rem;
    max-width: 18rem;
    display: grid;
    z-index: 1;
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
  @media print {
    .controls,
    .tooltip,
    .close,
    [part~='retry'] {
      display: none;
    }
    :host,
    :host([theme]) {
      color-scheme: light;
      --_text: #000;
      --_muted: #333;
      color: #000;
    }
    .mark,
    .cluster-bar,
    svg {
      print-color-adjust: exact;
      -webkit-print-color-adjust: exact;
    }
    figure {
      break-inside: avoid;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none !important;
    }
  }
  @media (forced-colors: active) {
    .mark {
      fill: CanvasText;
      stroke: CanvasText;
    }
    .focus-ring,
    .cluster:focus .cluster-hit {
      stroke: Highlight;
    }
    [part~='selected'] .mark {
      stroke: Highlight;
    }
    [part~='label'],
    [part~='axis'] text {
      fill: CanvasText;
    }
  }
`;
