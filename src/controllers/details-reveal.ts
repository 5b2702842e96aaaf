/**
 * Brings the details panel into view when the reader opens it (a click, a tap, Enter, Space on an event).
 * The panel is drawn under the chart, and under a tall chart it opens below the fold: the reader would see
 * nothing change. Only the reader's own action scrolls the page: a `selected` set from script, an address
 * (`history="hash"`: a deep link, Back) or a search step leave the page's scroll alone, as a page expects.
 * In story mode the details are on the card, kept near by the compact chart above it (StoryController).
 */

/**
 * Scrolls the chart's details panel (a child of the figure; a story card holds its own) into view: true once
 * done, false while it is not drawn yet (the first time, its code is still loading; the next update draws it).
 */
export function revealDetails(root: ParentNode): boolean {
  const panel = root.querySelector<HTMLElement>('figure > [part="details"]');
  if (!panel) return false;
  // 'nearest' scrolls each scrolling ancestor (usually the page) just enough to show the whole panel, and
  // not at all when it is already in view: the least move, so the focused event above it stays in view
  // whenever both fit. A panel taller than the screen shows its top. The keyboard focus stays where it is.
  // The panel is HTML: Firefox's trouble with scrollIntoView() on SVG (focus.ts) does not arise.
  const smooth = !matchMedia('(prefers-reduced-motion: reduce)').matches;
  panel.scrollIntoView({ block: 'nearest', inline: 'nearest', behavior: smooth ? 'smooth' : 'auto' });
  return true;
}
