/** Shared by the element tests: mount the element, give it data, and wait until it has drawn or settled. */
import { fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/event-timeline.js';
import type { EventTimeline, TimelineErrorDetail, TimelineLoadDetail } from '../../src/timeline-element.js';

export const ARTICLE = '/data/article-events.json';

export async function mount(lang = 'en', width = 1000): Promise<EventTimeline> {
  return fixture<EventTimeline>(html`<event-timeline lang=${lang} style="width: ${width}px"></event-timeline>`);
}

/** Sets the data with `give`, then waits for the element to say it has loaded and to draw. */
export async function whenLoaded(el: EventTimeline, give: () => void): Promise<TimelineLoadDetail> {
  const event = oneEvent(el, 'timeline-load');
  give();
  const { detail } = await event;
  await drawn(el);
  return detail;
}

export async function whenError(el: EventTimeline, give: () => void): Promise<TimelineErrorDetail> {
  const event = oneEvent(el, 'timeline-error');
  give();
  const { detail } = await event;
  await el.updateComplete;
  return detail;
}

/** The chart is drawn once the element knows its width. */
export async function drawn(el: EventTimeline): Promise<void> {
  await waitUntil(() => el.shadowRoot!.querySelector('[part="chart"]') || el.shadowRoot!.querySelector('[part="empty"]'), 'never drew');
  await el.updateComplete;
}

/**
 * Lets what follows a change run its course (d3-zoom's transform, a ResizeObserver callback, a redraw),
 * then waits for the element's update. 50 ms: the interaction tests need that long; 30 ms was enough for
 * the scale and lifecycle tests, which used their own copies before.
 */
export async function settle(el?: EventTimeline, ms = 50): Promise<void> {
  await sleep(ms);
  await el?.updateComplete;
}

/** Waits `ms` milliseconds of real time: for a timer of the element or of the test server to run out. */
export const sleep = (ms = 0) => new Promise<void>((resolve) => setTimeout(resolve, ms));
