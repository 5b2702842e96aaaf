/** The package's entry: the element (registered on import) and the pure modules it is built from. */
export * from './event-timeline.js';
// describeProblem() is synchronous for the package's users: the words for problems come with it here
// (the bundle loads them only when a timeline has a problem to say).
import './i18n/problems/index.js';
export type {
  TimelineLoadDetail,
  TimelineErrorDetail,
  TimelineViewChangeDetail,
  TimelineView,
  EventSelectDetail,
  TimelineEventDetails,
  TimelineEventName,
} from './events.js';
export type { EventsInput } from './timeline-element.js';
export { parseEventsDocument, isSafeLink } from './model/parse.js';
export { parseEventsJson } from './model/parse-json.js';
export { parseDate, isImprecise } from './model/dates.js';
export { chooseText } from './model/text.js';
export { dateInWords, eventDateInWords, describeProblem } from './time/words.js';
export { calendarFormatter, hasCalendarWords, loadCalendarWords } from './time/calendar.js';
export { registerCalendarWords } from './time/carried-format.js';
export { defineMessages, hasMessages, loadMessages, messagesFor, registerMessages, supportedLanguages, type Messages } from './i18n/messages.js';
export type * from './model/types.js';
