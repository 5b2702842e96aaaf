/**
 * The text of an events file read as JSON, with a syntax error placed at its line and column. Apart from
 * parse.ts because placing an error takes a scan of its own: the element loads it (with the readers of
 * other formats) only when a text is not JSON.
 */
import { findJsonSyntaxError, lineAndColumn } from './json-syntax-error.js';
import { emptyDocument, parseEventsDocument } from './parse.js';
import type { TimelineDocument } from './types.js';

/** Parses the text of an events file. A syntax error is a problem with the line and column it is at. */
export function parseEventsJson(text: string): TimelineDocument {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return emptyDocument([{ code: 'json-syntax', severity: 'error', detail: describeJsonError(text, error) }]);
  }
  return parseEventsDocument(value);
}

/**
 * The line:column of a syntax error, found by scanning the text: engines word their messages differently
 * and only V8 gives a position. If the text is valid JSON after all, the engine gave up for another reason
 * (a limit such as nesting depth): its own message is all there is to say.
 */
function describeJsonError(text: string, error: unknown): string {
  const offset = findJsonSyntaxError(text);
  if (offset !== undefined) return lineAndColumn(text, offset);
  return error instanceof Error ? error.message : String(error);
}
