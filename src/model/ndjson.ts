/**
 * JSON Lines (NDJSON) read as it arrives: text in pieces of any size, out come the complete lines, each
 * parsed on its own. A line that is not JSON is a problem of its own; the others are read. Pure.
 */
import type { Problem } from './types.js';

/** Complete lines from one piece of text: values by line, from line `first` (0-based). */
export interface Lines {
  first: number;
  /** One entry per line; `undefined` for a blank line or one that is not JSON (see `skip`). */
  values: unknown[];
  /** Offsets into `values` of the lines left out. */
  skip: Set<number>;
  problems: Problem[];
}

export class LineSplitter {
  private rest = '';
  private line = 0;

  /** The lines that `text` completes; with `last`, the line left open too (the end of the stream). */
  push(text: string, last = false): Lines {
    const all = this.rest + text;
    const cut = last ? all.length : all.lastIndexOf('\n') + 1;
    this.rest = all.slice(cut);
    const lines: Lines = { first: this.line, values: [], skip: new Set(), problems: [] };
    const parts = all.slice(0, cut).split('\n');
    // The piece ends at a newline (or at the end of the stream): nothing follows the last one yet.
    if (parts[parts.length - 1] === '') parts.pop();
    for (const part of parts) {
      const body = part.trim();
      let value: unknown;
      if (body) {
        try {
          value = JSON.parse(body);
        } catch {
          lines.problems.push({ code: 'line-syntax', severity: 'error', index: this.line, detail: String(this.line + 1) });
        }
      }
      if (value === undefined) lines.skip.add(lines.values.length);
      lines.values.push(value);
      this.line++;
    }
    return lines;
  }
}
