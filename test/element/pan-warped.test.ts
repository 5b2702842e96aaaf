/**
 * Moving the keyboard focus to an event out of view pans the chart just enough to show it, in the chart's
 * own time: with long empty stretches squeezed, a view's width on screen is its width in warped time. Reckoned
 * in plain time, End on la-riots.csv (its last event after a squeezed year) drew that event at the chart's
 * left edge, the rest of the chart empty and the view past the data's end.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { EventTimeline } from '../../src/timeline-element.js';
import { mount, settle, whenLoaded } from '../helpers/element.js';
import { realEvents } from '../helpers/real-data-sets.js';
import { preferReducedMotion, undoMediaEmulation } from '../helpers/media.js';

const focusedId = (el: EventTimeline) => el.shadowRoot!.activeElement?.getAttribute('data-id') ?? null;

/** Where the focused mark is across the chart: 0 at its start, 1 at its end. */
function across(el: EventTimeline): number {
  const svg = el.shadowRoot!.querySelector('svg.chart')!.getBoundingClientRect();
  const mark = el.shadowRoot!.activeElement!.querySelector('.mark')!.getBoundingClientRect();
  return (mark.left + mark.width / 2 - svg.left) / svg.width;
}

async function riots(axis?: string): Promise<{ el: EventTimeline; first: string; last: string }> {
  const el = await mount('en', 1200);
  if (axis) el.setAttribute('axis', axis);
  const events = await realEvents('la-riots');
  await whenLoaded(el, () => (el.events = { title: 'la-riots', events }));
  await settle(el);
  const ids = el.shadowRoot!.querySelectorAll('[role="option"][data-id]');
  return { el, first: ids[0].getAttribute('data-id')!, last: ids[ids.length - 1].getAttribute('data-id')! };
}

describe('<event-timeline> panning to a focused event over squeezed time', () => {
  before(() => preferReducedMotion());
  after(() => undoMediaEmulation({ reducedMotion: 'no-preference' }));

  for (const axis of [undefined, 'linear']) {
    it(`End, zoomed in, shows the last event well inside the chart, and the view ends at the data's end (axis ${axis ?? 'with breaks'})`, async () => {
      const { el, first, last } = await riots(axis);
      const whole = el.view!;
      el.focusEvent(first);
      await settle(el);
      await sendKeys({ press: '+' });
      await settle(el);
      await sendKeys({ press: '+' });
      await settle(el);
      await sendKeys({ press: 'End' });
      await settle(el);
      expect(focusedId(el)).to.equal(last);
      const at = across(el);
      expect(at, 'the last event well inside the chart, not at its left edge').to.be.within(0.5, 0.95);
      expect(+el.view!.end, 'the view ends no later than the whole data').to.be.at.most(+whole.end + 1);
      await expect(el).to.be.accessible();
    });
  }
});
