/** Small checks shared by the readers and the words: one copy of each. */

export type RawObject = Record<string, unknown>;

/** A plain JSON object: not null, not an array. */
export function isObject(value: unknown): value is RawObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** The primary language of a BCP 47 tag, lower case: `hy` for `hy-AM`, `en` for `EN-gb`. */
export function primaryLanguage(tag: string): string {
  return tag.toLowerCase().split('-')[0];
}

/** The text without a byte order mark at its start (files saved by Excel and Notepad have one). */
export function withoutBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
