/**
 * The events by id, kept small and growing a little at a time, for up to millions of events.
 *
 * A `Map` of a million ids takes 28 MB (a key, a value and a chain link per entry, and its buckets), and it
 * grows by building itself again at twice its size in one `set`: 140 ms at half a million entries, 370 ms
 * at a million, a task that freezes the page in the middle of a large read. Here each event is one slot of a
 * table keyed by its own `id` (open addressing, linear probing, half to three quarters full: 8 MB at a million), and
 * the ids are spread over SHARDS tables by their hash, each of which grows at a 64th of the size, in well
 * under a millisecond. The ids spread evenly, so tables that all grew at the same fill would all grow within
 * a few hundred sets of each other (a million events rehashed in one task, ~50 ms): each table grows at a
 * fill of its own, from a half to three quarters, so that the tables grow a few at a time. (Room made for a
 * million ids at the start was tried: 64 tables of 32,768 slots took 17-35 ms to make, in one task.) Pure: no DOM.
 */
import type { TimelineEvent } from './types.js';

export const SHARDS = 64;
export const SHARD_BITS = 6;
/** A new table's slots (a power of two). */
const FIRST_ROOM = 16;

/** What the element asks of the events by id. */
export interface EventsById {
  get(id: string): TimelineEvent | undefined;
  has(id: string): boolean;
  readonly size: number;
}

/**
 * FNV-1a over the id's UTF-16 code units (every character counts, so ids that differ anywhere spread), in 30
 * bits: a small integer.
 */
export function hashOf(id: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193);
  return hash >>> 2;
}

/**
 * One table: slots hold events (or nothing), and an event's first choice of slot comes from its id's hash.
 * No hash is kept beside each slot: the hashes took 8 MB at a million events, as much as the slots, and a
 * probe compares the ids themselves (V8 compares two strings of different lengths, or the same string, at
 * once). Growing works each event's hash out again.
 */
export class Table {
  slots: (TimelineEvent | undefined)[] = new Array<TimelineEvent | undefined>(FIRST_ROOM).fill(undefined);
  mask = FIRST_ROOM - 1;
  count = 0;

  /** `fill`: the share of its slots this table holds before it grows, in 128ths (64 to 95). */
  constructor(readonly fill: number) {}

  /** The slot that holds `id`, or the empty slot where it would go. */
  find(id: string, hash: number): number {
    const { slots, mask } = this;
    let at = (hash >>> SHARD_BITS) & mask;
    for (let event = slots[at]; event !== undefined && event.id !== id; event = slots[at]) at = (at + 1) & mask;
    return at;
  }

  grow(): void {
    const { slots } = this;
    this.slots = new Array<TimelineEvent | undefined>(slots.length * 2).fill(undefined);
    this.mask = this.slots.length - 1;
    for (let i = 0; i < slots.length; i++) {
      const event = slots[i];
      if (event !== undefined) this.slots[this.find(event.id, hashOf(event.id))] = event;
    }
  }
}

export class IdMap implements EventsById {
  /** The tables, by the low bits of the hash (also read by id-delete.ts). */
  readonly tables = Array.from({ length: SHARDS }, (_, t) => new Table(64 + (t >> 1)));
  /** How many events it holds (also written by id-delete.ts). */
  count = 0;

  get size(): number {
    return this.count;
  }

  get(id: string): TimelineEvent | undefined {
    const hash = hashOf(id);
    const table = this.tables[hash & (SHARDS - 1)];
    return table.slots[table.find(id, hash)];
  }

  has(id: string): boolean {
    return this.get(id) !== undefined;
  }

  /** Keeps `event` under its id, in place of any event with the same id. */
  set(event: TimelineEvent): void {
    const hash = hashOf(event.id);
    const table = this.tables[hash & (SHARDS - 1)];
    let at = table.find(event.id, hash);
    if (table.slots[at] === undefined) {
      // One more would fill it past its share.
      if ((table.count + 1) * 128 > table.slots.length * table.fill) {
        table.grow();
        at = table.find(event.id, hash);
      }
      table.count++;
      this.count++;
    }
    table.slots[at] = event;
  }
}
