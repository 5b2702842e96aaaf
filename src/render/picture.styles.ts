/** Styles of an event's picture in the details panel: never wider than the panel, never taller than a screenful. */
import { css } from 'lit';

export const pictureStyles = css`
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
  [part='description'] {
    margin: 0.15rem 0 0;
  }
`;
