/**
 * Category colours: the data's own where it gives one, otherwise the next of a palette that stays
 * distinguishable for colour-blind readers (Okabe-Ito, darkened to at least 3:1 against white).
 */
import type { Category, TimelineEvent } from './types.js';

export const PALETTE = ['#0072b2', '#d55e00', '#009e73', '#a6427f', '#8a6d00', '#56789a', '#b05a00', '#666666'];

export interface CategoryStyle {
  id: string;
  color: string;
  /** Declared in the data's `categories`; otherwise only named by events. */
  declared: boolean;
}

/** Categories in the order the legend shows them: declared ones first, then those events name. */
export function categoryStyles(categories: readonly Category[], events: readonly TimelineEvent[]): Map<string, CategoryStyle> {
  const styles = new Map<string, CategoryStyle>();
  // A palette colour the data gives one category is not given to another while the palette has others
  // left; once all are used, the palette starts again.
  const taken = new Set(categories.flatMap((category) => (category.color ? [category.color.toLowerCase()] : [])));
  const next = () => {
    const color = PALETTE.find((candidate) => !taken.has(candidate)) ?? PALETTE[styles.size % PALETTE.length];
    taken.add(color);
    return color;
  };
  for (const category of categories) styles.set(category.id, { id: category.id, color: category.color ?? next(), declared: true });
  for (const event of events) {
    if (event.category && !styles.has(event.category)) {
      styles.set(event.category, { id: event.category, color: next(), declared: false });
    }
  }
  return styles;
}
