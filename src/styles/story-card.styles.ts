import { css } from 'lit';

/** The story card (`mode="story"`): a panel under the chart, its buttons at the foot. Loaded with story.ts. */
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
  /* Kept at the foot of the screen while a long card is read, so that Next is always at hand (on a phone). */
  .story-nav {
    position: sticky;
    bottom: 0;
    display: flex;
    justify-content: space-between;
    gap: 0.5rem;
    margin-top: 0.75rem;
    padding: 0.5rem 0;
    background: var(--_surface);
  }
  .story-nav button {
    min-width: 6rem;
    min-height: 2.75rem;
  }
`;
