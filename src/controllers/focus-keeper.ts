/**
 * Keeps the keyboard focus in the chart across a redraw. A cluster's node goes when a zoom (by key, wheel or
 * anything else that changes the view) splits it, and is handed to another cluster when the slices are cut
 * anew (render/cluster-slots.ts); an event's goes when a filter leaves it out. Either way the focus fell to
 * the page's body, where the arrows, `+` and `-` did nothing. What had the focus is read before the render
 * and checked after it, in the same task: nothing else can move the focus in between, so a focus gone
 * from the element then is one the render took, never one the reader moved on purpose.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ChartLayout } from '../layout/geometry.js';
import { markInView } from '../layout/off-view.js';
import { standIn, type Lost } from '../layout/focus-stand-in.js';
import type { TimeView } from '../layout/view.js';
import type { DerivedData } from '../model/derive.js';
import type { TimelineEvent } from '../model/types.js';
import type { ViewController } from './view.js';
import { focusOn } from './focus-on.js';

/** What was drawn: the chart, its view and the events it was cut from. */
interface Drawing {
  chart: Pick<ChartLayout, 'marks' | 'clusters'>;
  view: TimeView;
  events: readonly TimelineEvent[];
}

interface Held {
  node: Element;
  cluster: string | null;
  event: string | null;
  /** Read only when the node is lost: a cluster's events, slices of many thousands, are not copied every frame. */
  lost: () => Lost | undefined;
}

/** The node that took the focus in place of the lost one, and the event or cluster it draws. */
export type Kept = { node: HTMLElement | SVGElement } & Partial<{ event: string; cluster: string }>;

/**
 * Added by the FocusController after itself, so that its hostUpdated places a focus on its way (moveTo)
 * first: a focus moved so is not one lost.
 */
export class FocusKeeper implements ReactiveController {
  private drawn?: Drawing;
  private held?: Held;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly data: () => DerivedData | undefined,
    private readonly view: Pick<ViewController, 'layout' | 'shown'>,
    /** Told where the focus went, for the tab stop. */
    private readonly kept: (kept: Kept) => void,
  ) {
    host.addController(this);
    // Loaded after the first drawing (focus.ts): what is drawn already is the drawing before the next render.
    this.drawn = this.drawing();
  }

  /** What is drawn now. */
  private drawing(): Drawing | undefined {
    const data = this.data();
    const chart = this.view.layout?.chart;
    const view = this.view.shown;
    return data && chart && view ? { chart, view, events: data.document.events } : undefined;
  }

  /** Before a render: the chart's option that has the focus, and what it showed in the last drawing. */
  hostUpdate(): void {
    const node = this.host.shadowRoot?.activeElement?.closest('[role="option"]');
    const drawn = this.drawn;
    this.held = node && drawn ? { node, cluster: node.getAttribute('data-cluster'), event: node.getAttribute('data-id'), lost: () => lostItem(node, drawn) } : undefined;
  }

  /** After it: when it took the focus from its option (removed the node, or made it another cluster's), the focus goes to what stands in for it. */
  hostUpdated(): void {
    const { held, host } = this;
    const data = this.data();
    this.held = undefined;
    this.drawn = this.drawing();
    const root = host.shadowRoot;
    const now = root?.activeElement;
    if (!held || !root || !data || !this.drawn || (now && now !== held.node)) return;
    if (now && held.node.getAttribute('data-cluster') === held.cluster && held.node.getAttribute('data-id') === held.event) return;
    const lost = held.lost();
    const target = lost && standIn(lost, this.drawn.chart, this.drawn.view, (id) => data.positions.get(id));
    if (!target) return;
    const selector = 'event' in target ? `[data-id="${CSS.escape(target.event)}"][role="option"]` : `[data-cluster="${CSS.escape(target.cluster)}"]`;
    const node = root.querySelector<HTMLElement | SVGElement>(selector);
    if (!node) return;
    focusOn(node);
    this.kept({ node, ...target });
  }
}

function lostItem(node: Element, { chart, view, events }: Drawing): Lost | undefined {
  const clusterId = node.getAttribute('data-cluster');
  if (clusterId) {
    const cluster = chart.clusters.find((item) => item.cluster.id === clusterId)?.cluster;
    if (!cluster) return undefined;
    // Its events are those of [first, end) in view (detail.ts); the pinned ones among them were drawn by themselves.
    const held = events.slice(cluster.first, cluster.end).filter((event) => markInView(event, view));
    return { events: held, from: cluster.from, to: cluster.to, row: cluster.row };
  }
  const event = chart.marks.find((mark) => mark.event.id === node.getAttribute('data-id'))?.event;
  return event && { events: [event], from: event.from, to: event.to };
}
