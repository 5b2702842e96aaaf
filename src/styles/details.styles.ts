/**
 * Styles of the selected event's details (the panel under the chart, or a story card's): they come with the
 * details chunk (render/details.ts), loaded the first time an event is selected, as a page where nobody
 * opens an event never needs them.
 */
import { css } from 'lit';

export const detailsStyles = css`
  .details {
    background: var(--_surface);
    border: 1px solid var(--_grid);
    border-inline-start: 4px solid var(--_focus);
    border-radius: 4px;
    padding: 0.6rem 0.9rem;
    margin: 0.5rem 0;
    font-size: 0.9375rem;
  }
  .details-head {
    display: flex;
    justify-content: space-between;
    align-items: start;
    gap: 1rem;
  }
  [part='details-title'] {
    font-weight: 700;
    font-size: 1.05rem;
    margin: 0;
  }
  .details-date {
    color: var(--_muted);
    margin: 0.2rem 0 0.4rem;
  }
  .details dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0 0.75rem;
    margin: 0 0 0.4rem;
  }
  .details dt {
    color: var(--_muted);
  }
  .details dd {
    margin: 0;
  }
  .details .description {
    margin: 0.3rem 0;
  }
  .quote {
    margin: 0.5rem 0;
  }
  .quote figcaption {
    color: var(--_muted);
    font-size: 0.8125rem;
    margin: 0;
  }
  blockquote {
    margin: 0.2rem 0;
    padding-inline-start: 0.75rem;
    border-inline-start: 3px solid var(--_grid);
    font-style: italic;
  }
  .links {
    margin: 0.3rem 0 0;
    padding-inline-start: 1.25rem;
  }
  .links a {
    color: var(--_focus);
  }
  .picture {
    margin: 0.4rem 0;
  }
  .picture img {
    display: block;
    max-width: 100%;
    max-height: min(50vh, 20rem);
    height: auto;
    border-radius: 2px;
  }
  .picture figcaption {
    color: var(--_muted);
    font-size: 0.8125rem;
    margin: 0.2rem 0 0;
  }
`;
