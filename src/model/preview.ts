/** A bad value, short and printable, for a message: whatever the value, however deep, in any engine. */
import { isObject } from './guards.js';
import { shorten } from './text.js';

/**
 * Nesting beyond which a preview names only the kind of value. A preview shows 40 characters, all of them
 * brackets at this depth; and JSON.stringify on deeper values runs out of stack at a depth that differs by
 * engine (a few thousand in Firefox), which in WebKit takes a third of a second each time.
 */
const PREVIEW_DEPTH = 40;

/** True when `value` nests arrays or objects deeper than `limit`; walked without recursion. */
export function nestedDeeperThan(value: unknown, limit: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [item, depth] = stack.pop()!;
    if (item === null || typeof item !== 'object') continue;
    if (depth >= limit) return true;
    for (const child of Object.values(item)) stack.push([child, depth + 1]);
  }
  return false;
}

/** A short, printable form of a bad value for a message. */
export function preview(value: unknown): string {
  let text: string;
  try {
    if (nestedDeeperThan(value, PREVIEW_DEPTH)) throw new RangeError('too deep to preview');
    text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  } catch {
    // JSON.stringify throws on a BigInt, a cycle, or nesting deeper than the stack (a few thousand arrays);
    // String() would recurse into the same arrays, and throws on an object with no prototype. Name the kind.
    text = Array.isArray(value) ? '[…]' : isObject(value) ? '{…}' : String(value);
  }
  return shorten(text, 40);
}
