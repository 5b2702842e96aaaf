/** Styles of what tells the data as a story: the arrows between linked events and the details' list of them. */
import { css } from 'lit';

export const storyStyles = css`
  .connection path {
    fill: none;
    stroke: var(--_muted);
    stroke-width: 1.5;
  }
  .connection polygon {
    fill: var(--_muted);
  }
  .connection.active path {
    stroke: var(--_text);
    stroke-width: 2;
  }
  .connection.active polygon {
    fill: var(--_text);
  }
  .connection.dim {
    opacity: 0.3;
  }
  .details .related {
    list-style: none;
    padding: 0;
    margin: 0.5rem 0 0;
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: 0.25rem;
  }
  .details .related button {
    text-align: start;
  }
  @media (forced-colors: active) {
    .connection path {
      stroke: CanvasText;
    }
    .connection polygon {
      fill: CanvasText;
    }
  }
`;

/** The story card (`mode="story"`): a panel under the chart, its buttons at the foot. */
export const storyCardStyles = css`
  .story {
    border: 1px solid var(--_grid);
    border-radius: 6px;
    padding: 0.75rem 1rem;
    margin: 0.5rem 0;
    background: var(--_surface);
  }
  .story:focus-visible {
    outline: 2px solid var(--_focus);
  }
  .story .details {
    border: 0;
    padding: 0;
    margin: 0;
  }
  .story-position {
    color: var(--_muted);
    font-size: 0.8125rem;
    margin: 0 0 0.25rem;
  }
  .story-heading {
    font-size: 1.125rem;
    font-weight: 600;
    margin: 0 0 0.25rem;
  }
  .story-nav {
    display: flex;
    justify-content: space-between;
    gap: 0.5rem;
    margin-top: 0.75rem;
  }
`;
