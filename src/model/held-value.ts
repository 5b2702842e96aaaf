/**
 * The value of the `events` property, held so that a large list is not kept twice. Once a list has been
 * read into the element's own events, the records the page gave are a second copy of the data (about
 * 100 MB at a million events): the element then holds the list only weakly, for as long as the page keeps
 * it, and gives it back unchanged while it does. A page that let go of it and asks for it again gets
 * records of the element's events, which read as the same events (event-record.ts). Pure: no DOM.
 */
export class HeldValue<T> {
  /** The value as set, while held strongly. */
  private strong?: T;
  /** The value as set, once let go: held only while the page holds it. */
  private weak?: WeakRef<T & object>;
  private rebuild?: () => T;
  /** Counts the values set: a reader compares versions, without making the value again to compare. */
  version = 0;

  /** False when it is the value already held (a framework sets the same list again): nothing changed. */
  set(value: T): boolean {
    if (value === this.peek() && (value !== undefined || !this.weak)) return false;
    this.strong = value;
    this.weak = this.rebuild = undefined;
    this.version++;
    return true;
  }

  /** Whether a value other than undefined or null is set (whether or not it is still held). */
  get given(): boolean {
    return this.weak !== undefined || (this.strong !== undefined && this.strong !== null);
  }

  /** The value as set, if it is still held; undefined once the page let go of it. Never rebuilds. */
  peek(): T | undefined {
    return this.weak ? this.weak.deref() : this.strong;
  }

  /** The value: as set while anyone holds it, else made again by `rebuild` (which may keep what it made). */
  get(): T | undefined {
    const value = this.peek();
    return value !== undefined || !this.rebuild ? value : this.rebuild();
  }

  /**
   * Holds `value` weakly from now on, if it is still the value set: `rebuild` makes it again for a page
   * that asks for it once it is gone.
   */
  release(value: T & object, rebuild: () => T): void {
    if (this.strong !== value) return;
    this.weak = new WeakRef(value);
    this.strong = undefined;
    this.rebuild = rebuild;
  }
}
