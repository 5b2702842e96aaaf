/**
 * Registers `<event-timeline>`. The package's only side effect: importing this module defines the element.
 * The element's events are typed on `HTMLElementEventMap` by ./events.ts.
 */
import { EventTimeline } from './timeline-element.js';
import './events.js';

export { EventTimeline };

if (!customElements.get('event-timeline')) customElements.define('event-timeline', EventTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'event-timeline': EventTimeline;
  }
}
