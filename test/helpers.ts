/** Shared helpers for the element tests: mount, wait for data, read what a person sees. */
import { fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../src/event-timeline.js';
import type { EventTimeline, TimelineErrorDetail, TimelineLoadDetail } from '../src/timeline-element.js';

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

export function shadow(el: EventTimeline, selector: string): Element[] {
  return [...el.shadowRoot!.querySelectorAll(selector)];
}

export function texts(el: EventTimeline, selector: string): string[] {
  return shadow(el, selector).map((node) => (node.textContent ?? '').replace(/\s+/g, ' ').trim());
}

export function drawnIds(el: EventTimeline): string[] {
  return shadow(el, '[part="event"]').map((node) => node.getAttribute('data-id') ?? '');
}

export function alertText(el: EventTimeline): string {
  return texts(el, '[role="alert"]').join(' ');
}
