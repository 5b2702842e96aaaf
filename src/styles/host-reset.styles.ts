import { css } from 'lit';

/**
 * Inherited styles cross the shadow boundary. The element takes from the page, on purpose: its
 * `color-scheme` (see palette.styles.ts), `lang` and `dir`, the root font size (text sizes are in rem),
 * and every `--event-timeline-*` custom property, the font family (`--event-timeline-font-family`) and
 * the colours among them. Every other inherited text style is set back here: a page's `letter-spacing`,
 * `text-transform` or `word-spacing` on `body` would widen the labels, and its `text-align` or
 * `line-height` would move the title and legend. (Labels are measured in the styles they are drawn in
 * whatever reaches them: see measure.ts.)
 */
export const hostResetStyles = css`
  :host {
    --_font: var(--event-timeline-font-family, system-ui, 'Noto Sans', 'Noto Sans Armenian', sans-serif);
    font-family: var(--_font);
    font-style: normal;
    font-variant: normal;
    font-weight: 400;
    font-stretch: normal;
    font-size-adjust: none;
    font-kerning: auto;
    font-feature-settings: normal;
    font-variation-settings: normal;
    letter-spacing: normal;
    word-spacing: normal;
    line-height: 1.4;
    text-align: start;
    text-align-last: auto;
    text-indent: 0;
    text-transform: none;
    text-shadow: none;
    text-rendering: auto;
    white-space: normal;
    word-break: normal;
    overflow-wrap: normal;
    hyphens: manual;
    tab-size: 8;
    writing-mode: horizontal-tb;
  }
`;
