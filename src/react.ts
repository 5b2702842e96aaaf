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
 * Every prop here is derived from the element's own types, so a property or event added there is here too.
 */
import type { HTMLAttributes, RefAttributes } from 'react';
import type { EventTimeline } from './event-timeline.js';
import type { TimelineEventMap, TimelineEventName } from './events.js';

/** `ontimeline-load`, `onevent-select`, …: listeners React 19 adds with `addEventListener`. */
export type EventTimelineListeners = {
  [Name in TimelineEventName as `on${Name}`]?: (event: TimelineEventMap[Name]) => void;
};

type IfEquals<X, Y, A, B> = (<T>() => T extends X ? 1 : 2) extends <T>() => T extends Y ? 1 : 2 ? A : B;
/** The element's own public members: what it adds to LitElement, less read-only ones (`language`). */
type OwnMember = Exclude<keyof EventTimeline, keyof HTMLElement | 'renderOptions' | 'hasUpdated' | 'isUpdatePending' | 'updateComplete'>;
type Writable = { [K in OwnMember]-?: IfEquals<{ [Q in K]: EventTimeline[K] }, { -readonly [Q in K]: EventTimeline[K] }, K, never> }[OwnMember];
/** Properties a page may set: writable, and not methods. */
type OwnProperty = { [K in Writable]: EventTimeline[K] extends (...args: never[]) => unknown ? never : K }[Writable];
/** Properties that have an attribute: those with a value that can be written as text. */
type AttributeProperty = { [K in OwnProperty]: NonNullable<EventTimeline[K]> extends string | number | boolean ? K : never }[OwnProperty];

/** `verticalBelow` → `vertical-below`: Lit's attribute names for the element's camel-case properties. */
type Kebab<S extends string> = S extends `${infer Head}${infer Tail}`
  ? `${Head extends Lowercase<Head> ? Head : `-${Lowercase<Head>}`}${Kebab<Tail>}`
  : S;

/**
 * Attributes whose name differs from their property's (`max-lanes`), with the property's type, or, for
 * numbers, the same written as text. Where the names are the same React sets the property itself.
 */
export type EventTimelineAttributes = {
  [K in AttributeProperty as Kebab<K> extends K ? never : Kebab<K>]?: NonNullable<EventTimeline[K]> extends number
    ? number | `${number}`
    : EventTimeline[K];
};

/** The props `<event-timeline>` takes in React 19's JSX. */
export interface EventTimelineProps
  extends Omit<HTMLAttributes<EventTimeline>, keyof EventTimelineAttributes | OwnProperty>,
    RefAttributes<EventTimeline>,
    Partial<Pick<EventTimeline, OwnProperty>>,
    EventTimelineAttributes,
    EventTimelineListeners {}

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'event-timeline': EventTimelineProps;
    }
  }
}
