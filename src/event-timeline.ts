/**
 * Registers `<event-timeline>`. The package's only side effect: importing this module defines the element.
 */
import {
  EventTimeline,
  type EventSelectDetail,
  type TimelineErrorDetail,
  type TimelineLoadDetail,
  type TimelineViewChangeDetail,
} from './timeline-element.js';

export { EventTimeline };

if (!customElements.get('event-timeline')) customElements.define('event-timeline', EventTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'event-timeline': EventTimeline;
  }
  interface HTMLElementEventMap {
    'timeline-load': CustomEvent<TimelineLoadDetail>;
    'timeline-error': CustomEvent<TimelineErrorDetail>;
    'timeline-view-change': CustomEvent<TimelineViewChangeDetail>;
    'event-select': CustomEvent<EventSelectDetail>;
  }
}
