/**
 * JSX typings for `<event-timeline>` in React 19. Types only: the module is empty at run time.
 * A React user opts in once, anywhere in the program: `import type {} from 'event-timeline/react';`
 * This file is kept apart from the entry because `@types/react` is not a dependency of the package:
 * a consumer without React never loads it.
 *
 * What React 19 does with a custom element, and so what these props mean:
 * - a prop whose name the element has as a property (`'events' in el`) is set as that property, so
 *   `events`, `view`, `messages` (objects) and `verticalBelow` reach the element as they are;
 *   any other prop (`vertical-below`, `max-lanes`) becomes an attribute, as a string;
 * - a prop `on` + name (not one of React's own, like `onClick`) becomes `addEventListener(name, fn)`,
 *   the name taken as it is: `ontimeline-load` listens to `timeline-load`, `onTimelineLoad` to nothing.
 */
import type { HTMLAttributes, RefAttributes } from 'react';
import type { EventTimeline } from './event-timeline.js';

/** The element's events, as typed in `HTMLElementEventMap` by the registering module. */
type TimelineEventName = 'timeline-load' | 'timeline-error' | 'timeline-view-change' | 'event-select';

/** `ontimeline-load`, `onevent-select`, …: listeners React 19 adds with `addEventListener`. */
export type EventTimelineListeners = {
  [Name in TimelineEventName as `on${Name}`]?: (event: HTMLElementEventMap[Name]) => void;
};

/** The props `<event-timeline>` takes in React 19's JSX. */
export interface EventTimelineProps
  extends HTMLAttributes<EventTimeline>,
    RefAttributes<EventTimeline>,
    Partial<Pick<EventTimeline, 'src' | 'events' | 'orientation' | 'verticalBelow' | 'timeout' | 'maxBytes' | 'maxLanes' | 'selected' | 'view' | 'messages'>>,
    EventTimelineListeners {
  'vertical-below'?: number | string;
  'max-bytes'?: number | string;
  'max-lanes'?: number | string;
}

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'event-timeline': EventTimelineProps;
    }
  }
}
