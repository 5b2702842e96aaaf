/**
 * The order the chart's clusters are drawn in, so that a cluster keeps its SVG node from one frame to the next.
 * Clusters are cut from slices of time fixed to the calendar (layout/detail.ts): while the reader pans, most
 * of them stay, and keep their id. Each keeps the place in the list it had; new ones take the places that
 * the clusters gone left. Drawn without keys in this order, a cluster that stays keeps its node and only moves
 * (its group's transform), so the browser does not lay out its count again; a new one reuses a node, where
 * keyed rendering would make one (at a zoom that changes the slices' length, every cluster is new).
 * The order in the DOM is then not time order; nothing reads it so: the keys move through clusters in time
 * order (layout/navigation.ts), and the first drawing, and any that shares no cluster with the one before, is
 * in time order.
 */
export class ClusterSlots {
  private slots = new Map<string, number>();

  /** The items in drawing order: each where it was last time if that place is still in the list, the new ones in the places left, in the order given. */
  order<T>(items: readonly T[], idOf: (item: T) => string): T[] {
    const placed: (T | undefined)[] = new Array(items.length);
    const waiting: T[] = [];
    for (const item of items) {
      const slot = this.slots.get(idOf(item));
      if (slot !== undefined && slot < items.length && placed[slot] === undefined) placed[slot] = item;
      else waiting.push(item);
    }
    let next = 0;
    for (const item of waiting) {
      while (placed[next] !== undefined) next++;
      placed[next] = item;
    }
    const ordered = placed as T[];
    this.slots = new Map(ordered.map((item, slot) => [idOf(item), slot]));
    return ordered;
  }
}
