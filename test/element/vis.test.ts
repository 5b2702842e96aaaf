/**
 * vis-timeline's data (test/fixtures/vis: its own examples) read as a vis-timeline user has it, by `src`
 * or the `events` property: told by its shape or by format="vis", its items drawn, its groups in the legend,
 * its HTML content shown as text.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { TimelineLoadDetail } from '../../src/events.js';
import type { EventTimeline } from '../../src/timeline-element.js';
import { drawn, mount, whenLoaded } from '../helpers/element.js';
import { alertText, drawnEvents, drawnIds, shadow, texts } from '../helpers/shadow.js';

async function open(file: string, format?: string): Promise<{ el: EventTimeline; detail: TimelineLoadDetail }> {
  const el = await fixture<EventTimeline>(html`<event-timeline lang="en" style="width:1000px" format=${format ?? ''} src=${`/test/fixtures/vis/${file}`}></event-timeline>`);
  const { detail } = (await oneEvent(el, 'timeline-load')) as CustomEvent<TimelineLoadDetail>;
  await drawn(el);
  return { el, detail };
}

const groupsInLegend = (el: EventTimeline) =>
  [...(shadow(el, '[part="legend"]').find((list) => list.getAttribute('aria-label') === 'Groups')?.querySelectorAll('li') ?? [])].map((li) => li.textContent!.trim());

describe('<event-timeline> with vis-timeline\'s data', () => {
  it('basic.json by src: told by its shape, every item drawn, no problems box', async () => {
    const { el, detail } = await open('basic.json');
    expect(alertText(el)).to.equal('');
    expect(detail.problems).to.deep.equal([]);
    expect(drawnIds(el)).to.have.members(['1', '2', '3', '4', '5', '6']);
    expect(texts(el, '[part~="label"]')).to.include.members(['item 1', 'item 4']);
    expect(texts(el, '[part="summary"]')[0]).to.equal('6 events, Apr 14 – 27, 2014');
    await expect(el).to.be.accessible();
  });

  it('nested-groups.json: its groups in the legend, children after their parent, every item drawn or counted', async () => {
    const { el, detail } = await open('nested-groups.json');
    expect(detail.problems).to.deep.equal([]);
    expect(detail.events).to.have.length(24);
    const { total } = drawnEvents(el);
    expect(total).to.equal(24);
    expect(groupsInLegend(el)).to.deep.equal(['Lee', 'cook', 'shop', 'clean house', 'invisible group', 'John', 'wash dishes', 'Alson']);
    await expect(el).to.be.accessible();
  });

  it('format="vis" reads a list this element would not take for vis\'s; the events property takes {items, groups}', async () => {
    const forced = await open('basic.json', 'vis');
    expect(drawnIds(forced.el)).to.have.length(6);
    const el = await mount('en', 800);
    const detail = await whenLoaded(el, () => {
      el.events = {
        items: [
          { id: 'a', start: Date.UTC(2014, 3, 20), content: '<b>Opening</b><script>window.hacked = 1</script>', group: 'g', className: 'red' },
          { id: 'b', start: '2014-04-22 10:00', end: '2014-04-23 10:00', content: 'Talk <img src=x onerror="window.hacked = 2">', group: 'g' },
        ],
        groups: [{ id: 'g', content: '<i>Main</i> stage' }],
      } as unknown as never;
    });
    expect(detail.problems).to.deep.equal([]);
    expect(texts(el, '[part~="label"]')).to.have.members(['Opening', 'Talk']);
    expect(groupsInLegend(el)).to.deep.equal(['Main stage']);
    // Text stays text: no element came from the data, and nothing ran.
    expect(el.shadowRoot!.querySelector('b, i, img, script')).to.equal(null);
    expect((window as unknown as { hacked?: number }).hacked).to.equal(undefined);
    await expect(el).to.be.accessible();
  });
});
