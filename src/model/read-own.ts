/**
 * The reader of this element's own JSON: a file of its own in the bundle, loaded with the first data
 * (it holds the parser, the EDTF dates and the problems' checks, which a page needs only once it has data).
 */
import type { FirstRead } from './read-core.js';
import { parseEventsDocument } from './parse.js';
import type { TimelineDocument } from './types.js';

export function readOwn(first: Extract<FirstRead, { kind: 'own' }>): TimelineDocument {
  return parseEventsDocument(first.value);
}
