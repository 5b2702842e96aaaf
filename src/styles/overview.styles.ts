/** The overview strip (`overview`): the density of all events, and the view as a window over it. */
import { css } from 'lit';

export const overviewStyles = css`
  .overview {
    position: relative;
    direction: ltr;
    height: 2rem;
    margin-top: 0.25rem;
    border: 1px solid var(--_grid);
    border-radius: 4px;
    touch-action: none;
    user-select: none;
    cursor: pointer;
  }
  .overview-density {
    position: absolute;
    inset: 2px 0 0;
    width: 100%;
    height: calc(100% - 2px);
  }
  .overview-density path {
    fill: var(--_muted);
    opacity: 0.55;
  }
  .overview-window {
    position: absolute;
    top: -1px;
    bottom: -1px;
    box-sizing: border-box;
    border: 2px solid var(--_focus);
    border-radius: 4px;
    background: color-mix(in srgb, var(--_focus) 14%, transparent);
    cursor: grab;
  }
  .overview-window:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .overview-edge {
    position: absolute;
    top: 0;
    bottom: 0;
    width: 0.5rem;
    cursor: ew-resize;
  }
  .overview-edge.left {
    left: -0.3rem;
  }
  .overview-edge.right {
    right: -0.3rem;
  }
  @media print {
    .overview {
      display: none;
    }
  }
  @media (forced-colors: active) {
    .overview-window {
      border-color: Highlight;
    }
    .overview-density path {
      fill: CanvasText;
    }
  }
`;
