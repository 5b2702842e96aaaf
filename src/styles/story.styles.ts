/** Styles of what tells the data as a story: the arrows between linked events and the details' list of them. They come with the links chunk (links.ts), as only data with links needs them. */
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
