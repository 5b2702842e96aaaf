/** Styles of an event's picture in the details panel: never wider than the panel, never taller than a screenful. */
import { css } from 'lit';

export const pictureStyles = css`
  [part='description'] {
    margin: 0.15rem 0 0;
  }
`;
