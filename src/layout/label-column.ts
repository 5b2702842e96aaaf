/**
 * A column of labels along a time axis, each as near its date as the others let it be. Labels are added
 * in the order of their dates; a label that overlaps those before it joins them in a block, and the
 * block sits where its labels are moved least (the mean of where each wants to be), within the column.
 * A label that would move itself or another too far from its date is refused, and nothing moves: its
 * caller counts it in a pile instead. Pure.
 */

export interface ColumnLimits {
  /** The highest a box's top may be, and the lowest its bottom, px. */
  top: number;
  bottom: number;
  /** Kept free between two boxes, px. */
  spacing: number;
  /** How far a box's centre may move from where it wants to be, px. */
  maxShift: number;
}

interface Block {
  /** The boxes' ids, centres within the block (from its top), in order. */
  ids: number[];
  offsets: number[];
  height: number;
  top: number;
  /** Of the boxes held to `maxShift`: their wanted centre less their offset, summed, least and most. */
  sum: number;
  count: number;
  least: number;
  most: number;
  /** Of all boxes, the same sum and count: where the block would sit if nothing were held. */
  sumAll: number;
  countAll: number;
}

/** What `LabelColumn.checkpoint()` keeps. */
export interface ColumnCheckpoint {
  readonly blocks: readonly Block[];
  readonly placed: readonly { id: number; before: Block[] }[];
}

export class LabelColumn {
  private blocks: Block[] = [];
  /** The boxes placed, and the blocks before each was: blocks are never changed, only replaced. */
  private placed: { id: number; before: Block[] }[] = [];

  constructor(private readonly limits: ColumnLimits) {}

  /**
   * Places box `id`, `tall` px tall, centred on `wanted` if it can be. A `held` box (a label) and every
   * held box before it must stay within `maxShift` of where it wants to be, or the box is refused
   * (false) and nothing moves; a box not held (a count) is always placed.
   */
  add(id: number, wanted: number, tall: number, held = true): boolean {
    const { spacing } = this.limits;
    const v = wanted - tall / 2;
    let block: Block = {
      ids: [id],
      offsets: [tall / 2],
      height: tall,
      top: 0,
      sum: held ? v : 0,
      count: held ? 1 : 0,
      least: held ? v : Infinity,
      most: held ? v : -Infinity,
      sumAll: v,
      countAll: 1,
    };
    block.top = this.settle(block);
    const merged: Block[] = [];
    while (this.blocks.length) {
      const last = this.blocks[this.blocks.length - 1];
      if (last.top + last.height + spacing <= block.top + 1e-9) break;
      merged.push(this.blocks.pop()!);
      block = this.merge(last, block);
    }
    if (held && !this.fits(block)) {
      this.blocks.push(...merged.reverse());
      return false;
    }
    this.placed.push({ id, before: [...this.blocks, ...merged.reverse()] });
    this.blocks.push(block);
    return true;
  }

  /** Takes the box placed last away, and puts the others back where they were before it; its id. */
  removeLast(): number | undefined {
    const last = this.placed.pop();
    if (last) this.blocks = last.before;
    return last?.id;
  }

  /**
   * The column as it is now: `restore()` goes back to it, the boxes taken away since (by `removeLast`) put
   * back as well as those added since taken away. Blocks are never changed, only replaced: the lists are copied, not the blocks.
   */
  checkpoint(): ColumnCheckpoint {
    return { blocks: [...this.blocks], placed: [...this.placed] };
  }

  restore(checkpoint: ColumnCheckpoint): void {
    this.blocks = [...checkpoint.blocks];
    this.placed = [...checkpoint.placed];
  }

  has(id: number): boolean {
    return this.placed.some((box) => box.id === id);
  }

  /** The centre of each box placed, by id. */
  centres(): Map<number, number> {
    const centres = new Map<number, number>();
    for (const block of this.blocks) block.ids.forEach((id, i) => centres.set(id, block.top + block.offsets[i]));
    return centres;
  }

  private merge(upper: Block, lower: Block): Block {
    const shift = upper.height + this.limits.spacing;
    const block: Block = {
      ids: [...upper.ids, ...lower.ids],
      offsets: [...upper.offsets, ...lower.offsets.map((offset) => offset + shift)],
      height: shift + lower.height,
      top: 0,
      sum: upper.sum + lower.sum - shift * lower.count,
      count: upper.count + lower.count,
      least: Math.min(upper.least, lower.least - shift),
      most: Math.max(upper.most, lower.most - shift),
      sumAll: upper.sumAll + lower.sumAll - shift * lower.countAll,
      countAll: upper.countAll + lower.countAll,
    };
    block.top = this.settle(block);
    return block;
  }

  /** Where a block moves its boxes least, within the column. */
  private settle(block: Block): number {
    const { top, bottom } = this.limits;
    const ideal = block.count ? block.sum / block.count : block.sumAll / block.countAll;
    return Math.max(top, Math.min(ideal, bottom - block.height));
  }

  private fits(block: Block): boolean {
    const { top, bottom, maxShift } = this.limits;
    if (block.top < top - 1e-9 || block.top + block.height > bottom + 1e-9) return false;
    return block.count === 0 || (block.top - block.least <= maxShift + 1e-9 && block.most - block.top <= maxShift + 1e-9);
  }
}
