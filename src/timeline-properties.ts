import { property } from 'lit/decorators.js';
import type { Orientation } from './layout/geometry.js';
import type { EventsFormat } from './model/choose-format.js';
import type { EventFilter } from './model/filter.js';
import type { MapEvent } from './model/types.js';
import { HeldValue } from './model/held-value.js';
import { ServerDrawnElement } from './server-drawn.js';

/** Data given to the `events` property: a list of events or a whole events document. */
export type EventsInput = unknown[] | { events: unknown[]; [field: string]: unknown };

/**
 * @ignore Not an element of its own: the attributes and properties of `<event-timeline>` that are plain
 * values, kept apart from the element, which wires them to its controllers and draws.
 */
export abstract class TimelineProperties extends ServerDrawnElement {
  /** URL of an events file (JSON). Changing it aborts the request under way and replaces the data. */
  @property({ reflect: true }) src?: string;

  /**
   * The value set as `events`, held weakly once a large list has been read (held-value.ts).
   * @ignore
   */
  readonly heldEvents = new HeldValue<EventsInput | null | undefined>();

  /**
   * Events set from script: a list of events or a document `{title?, source?, events}`. Wins over `src`.
   * A large list in this element's own format is not kept twice: once read, the element holds it only
   * while the page does, and a page that let go of it gets records of the events shown instead.
   */
  @property({ attribute: false, noAccessor: true })
  get events(): EventsInput | null | undefined {
    return this.heldEvents.get();
  }
  set events(value: EventsInput | null | undefined) {
    const old = this.heldEvents.peek();
    if (this.heldEvents.set(value)) this.requestUpdate('events', old);
  }

  /**
   * The format of the data: `json` (this element's own, or TimelineJS3 or vis-timeline's, recognised by
   * their shape), `csv`, `tsv`, `timelinejs`, `vis` or `ndjson` (JSON Lines, drawn as they arrive). When
   * unset, it is told by the content type, then the file extension, then the
   * content itself.
   */
  @property() format?: EventsFormat;

  /** Where each event field comes from, `event field:data field`: `title:name, start:properties.time` (dotted paths reach into objects; case and spacing do not matter). */
  @property() fields?: string;

  /** A d3-time-format pattern for dates written another way, read in UTC: `%b %d %Y` ("Jun 12 1998"), `%d.%m.%Y`, `%Q` (ms since 1970). */
  @property({ attribute: 'date-format' }) dateFormat?: string;

  /** Turns each record (after `fields`) into an event, for what a rename cannot say: `(record, index) => event`, or null to leave it out. */
  @property({ attribute: false }) mapEvent?: MapEvent;

  /** Language of the text and dates; when unset, the nearest `lang` ancestor's, then the document's. */
  // Reflected, so that assistive technology and :lang() see the language a framework set as a property;
  // not initialised, so that an element given no language carries no empty lang="" either.
  @property({ reflect: true }) override lang!: string;

  /** `horizontal` or `vertical`; when unset, vertical below `vertical-below` px of width (in story mode, horizontal). */
  @property({ reflect: true }) orientation?: Orientation;

  /** `light` or `dark` colours whatever the page's `color-scheme`, on the element's own background; when unset, the page's. */
  @property({ reflect: true }) theme?: 'light' | 'dark';

  /** Width in px below which a timeline with no `orientation` turns vertical. */
  @property({ type: Number, attribute: 'vertical-below' }) verticalBelow = 520;

  /**
   * The width in px a server lays the timeline out at (server rendering), which the element keeps in its
   * first render in the browser, until it has measured itself.
   */
  @property({ type: Number, attribute: 'server-width' }) serverWidth = 800;

  /** How long a `src` load may take, ms, before it is given up with a message. */
  @property({ type: Number }) timeout = 15_000;

  /** The largest events file `src` may load, bytes; a larger one is refused without being read. */
  @property({ type: Number, attribute: 'max-bytes' }) maxBytes = 50_000_000;

  /** Lanes of labels at most (horizontal); events beyond are drawn as marks without labels, counted ("+44"). */
  @property({ type: Number, attribute: 'max-lanes' }) maxLanes = 16;

  /** `linear`: time runs evenly along the axis. When unset, long stretches with no events are squeezed into marked breaks. */
  @property({ reflect: true }) axis?: 'linear';

  /** `story`: one event at a time on a card, with Previous and Next, the chart above as the navigator (loaded on demand). */
  @property({ reflect: true }) mode?: 'chart' | 'story';

  /** Shows a search field: typing highlights the events whose title, description or place match; `/` goes to it. */
  @property({ type: Boolean, reflect: true }) search = false;

  /** Shows only the events for which it returns true (with the legend's choice); null shows all. */
  @property({ attribute: false }) filter?: EventFilter | null;

  /**
   * `hash`: deep links. The selected event (in story mode, the card's) is written into the address's
   * fragment under the element's `id` (`#tl1=arrest-minsk`; `timeline=` without an id), keeping the
   * fragment's other parts; an address with it selects the event and opens its details (or its card), and
   * Back and Forward move through the selections. Opt-in, since the page owns its address; loaded on demand.
   */
  @property() history?: 'hash';

  /**
   * A thin strip under the chart with the density of all events over the data's whole span, and the view
   * as a window on it (`part="overview-window"`, a slider): drag it to pan, drag its edges to zoom (loaded on demand).
   */
  @property({ type: Boolean, reflect: true }) overview = false;

  /** The id of the selected event, whose details are open. */
  @property({ reflect: true }) selected?: string;
}
