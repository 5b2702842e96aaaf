/**
 * Whether a document could be read at all: the element shows its error in place of a chart, and the
 * command line writes no picture. Its own module, small, since both the element's bundle and the command
 * line need it without the parser.
 */
import type { TimelineDocument } from './types.js';

/** True when the whole document could not be read (as opposed to some of its events). */
export function unreadable(data: Pick<TimelineDocument, 'problems'>): boolean {
  return data.problems.some((problem) => problem.index === undefined && problem.severity === 'error');
}
