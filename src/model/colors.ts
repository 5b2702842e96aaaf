/**
 * Category colours: the data's own where it gives one, otherwise the next of a palette of 12 that stays
 * distinguishable for colour-blind readers, then the neutral mark colour (the legend folds those
 * categories into one entry rather than repeat a colour that would say two categories are one).
 */
import type { Category, TimelineEvent } from './types.js';

/**
 * Twelve colours, each a light and a dark one: the light at least 3:1 against white, the dark at least
 * 3:1 against the dark theme's background (#0d1117) and surface (#161b22), none close to the neutral mark
 * colour or the text. Chosen by search among OKLCH colours so that any two stay apart (at least 0.074 in
 * OKLab) as readers with protanopia, deuteranopia and tritanopia see them (Machado et al. 2009, full
 * severity), and by half as much again with full colour vision; then ordered so that the first few, which
 * small data sets use, are the farthest apart. Pages may change each (`--event-timeline-category-N`).
 */
export const CATEGORY_COLORS: readonly (readonly [light: string, dark: string])[] = [
  ['#244698', '#3b99e2'],
  ['#856b1b', '#d7d209'],
  ['#2794fb', '#a5d2ec'],
  ['#830871', '#9843b1'],
  ['#f3606d', '#f7a791'],
  ['#4d5217', '#8c9510'],
  ['#7b47bf', '#736ce7'],
  ['#9b89b0', '#c3a5f9'],
  ['#b25ccb', '#b570af'],
  ['#744a57', '#fa6773'],
  ['#2aa033', '#317d01'],
  ['#bc516e', '#b75b57'],
];

/** What a palette colour is called in CSS: the element's styles set each to its light or dark value. */
export const PALETTE = CATEGORY_COLORS.map((_, i) => `var(--_category-${i + 1})`);

/** The colour of events with no category, and of categories past the palette. */
export const NEUTRAL = 'var(--_mark)';

export interface CategoryStyle {
  id: string;
  color: string;
  /** Declared in the data's `categories`; otherwise only named by events. */
  declared: boolean;
  /** How many events are in the category. */
  count: number;
}

/**
 * Categories in the order the legend shows them: declared ones first, in the data's order, then those
 * events name, the largest first (ties in the order they first appear), so that the palette's colours go
 * to the categories with the most events.
 */
export function categoryStyles(
  categories: readonly Category[],
  events: readonly TimelineEvent[],
  /** The events' counts by category when the caller has them (in order of first appearance): no second pass. */
  counted?: ReadonlyMap<string | undefined, number>,
): Map<string, CategoryStyle> {
  const counts = new Map<string, number>();
  if (counted) {
    for (const [id, count] of counted) if (id) counts.set(id, count);
  } else for (const event of events) if (event.category) counts.set(event.category, (counts.get(event.category) ?? 0) + 1);
  const declared = new Set(categories.map((category) => category.id));
  // Map keeps the order of first appearance; a stable sort keeps it among equal counts.
  const named = [...counts.keys()].filter((id) => !declared.has(id)).sort((a, b) => counts.get(b)! - counts.get(a)!);
  // A palette colour the data gives one category (written as the light value) is not given to another.
  const taken = new Set(categories.flatMap((category) => (category.color ? [category.color.toLowerCase()] : [])));
  const free = PALETTE.filter((_, i) => !taken.has(CATEGORY_COLORS[i][0]));
  let next = 0;
  const color = () => free[next++] ?? NEUTRAL;
  const styles = new Map<string, CategoryStyle>();
  for (const category of categories) {
    styles.set(category.id, { id: category.id, color: category.color ?? color(), declared: true, count: counts.get(category.id) ?? 0 });
  }
  for (const id of named) styles.set(id, { id, color: color(), declared: false, count: counts.get(id)! });
  return styles;
}
