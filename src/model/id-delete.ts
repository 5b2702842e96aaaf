/**
 * Taking an event out of an IdMap by its id. Apart from id-map.ts because only changes to the data
 * (changes.ts, loaded on demand) take events out, and the element's own bundle is kept small. Pure: no DOM.
 */
import { hashOf, SHARD_BITS, SHARDS, type IdMap, type Table } from './id-map.js';

/** Takes the event with `id` out of `ids`; false when there is none. */
export function deleteId(ids: IdMap, id: string): boolean {
  const hash = hashOf(id);
  const table = ids.tables[hash & (SHARDS - 1)];
  const at = table.find(id, hash);
  if (table.slots[at] === undefined) return false;
  empty(table, at);
  table.count--;
  ids.count--;
  return true;
}

/**
 * Empties slot `at` and moves up the events after it that could not take their first choice because of it
 * (deletion by backward shift: no tombstones, so finding stays as short as the table is full).
 */
function empty(table: Table, at: number): void {
  const { slots, mask } = table;
  let hole = at;
  for (let next = (hole + 1) & mask; slots[next] !== undefined; next = (next + 1) & mask) {
    const home = (hashOf(slots[next]!.id) >>> SHARD_BITS) & mask;
    // The event at `next` may fill the hole when its first choice is not between the hole and itself (cyclically).
    const between = hole <= next ? home > hole && home <= next : home > hole || home <= next;
    if (!between) {
      slots[hole] = slots[next];
      hole = next;
    }
  }
  slots[hole] = undefined;
}
