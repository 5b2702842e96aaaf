/**
 * The search field's styles, and how matches look on the chart: part of the search chunk (search.ts), which
 * adopts them into the element's shadow root when it loads (a constructed sheet: no inline style for a
 * Content-Security-Policy to block).
 */
import { css } from 'lit';

export const searchStyles = css`
  .search {
    display: flex;
    flex: 0 1 16rem;
    align-items: center;
    gap: 0.4rem;
    min-width: 9rem;
    margin-inline-end: auto;
  }
  [part='search'] {
    flex: 1;
    min-width: 0;
    min-height: 2rem;
    box-sizing: border-box;
    padding: 0.15rem 0.5rem;
    font: inherit;
    font-size: 0.875rem;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_axis);
    border-radius: 4px;
  }
  [part='search']:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .search-status {
    color: var(--_muted);
    font-size: 0.8125rem;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  /* While a search is typed, what does not match steps back; what matches is outlined. */
  .searching .event:not([part~='match']),
  .searching .cluster:not(.match),
  .searching .cluster-bar:not(.match) {
    opacity: 0.3;
  }
  [part~='match'] .mark {
    stroke: var(--_text);
    stroke-width: 2.5;
  }
`;
