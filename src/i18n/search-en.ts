/** The search field's English words, in the search chunk only (see `Messages.searchHint`). */
import type { Messages } from './messages.js';

export const searchEn: Required<Pick<Messages, 'searchHint' | 'searchMatches' | 'searchAt'>> = {
  searchHint: 'Enter goes to the next match, Shift+Enter to the previous one, Escape clears.',
  searchMatches: (count, formatted) => (count === 0 ? 'No events match.' : count === 1 ? '1 event matches.' : `${formatted} events match.`),
  searchAt: (position, total, name) => `${position} of ${total}: ${name}`,
};
