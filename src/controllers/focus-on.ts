/** Giving the keyboard focus to a node of the chart: focus.ts, and focus-keeper.ts (a chunk of its own). */

/** Focuses a node of the chart and brings it on to the screen. */
export function focusOn(node: HTMLElement | SVGElement): void {
  node.focus();
  // Firefox scrolls neither to a focused SVG element nor for scrollIntoView() on an SVG <g>; on its
  // shape it does. (A tall grouped chart: ↓ to a band below the screen.)
  const box = node.getBoundingClientRect();
  if (box.bottom < 0 || box.top > innerHeight) (node.querySelector('circle, rect, path') ?? node).scrollIntoView({ block: 'center' });
}
