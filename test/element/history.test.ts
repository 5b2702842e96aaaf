import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { ARTICLE, drawn, settle, whenLoaded } from '../helpers/element.js';
import { openFrame } from '../helpers/frame.js';
import { shadow } from '../helpers/shadow.js';
import type { EventTimeline } from '../../src/timeline-element.js';

/** The page's address as it was before each test, so that one test's fragment does not reach the next. */
const bare = () => `${location.pathname}${location.search}`;

async function timeline(id: string, more: Partial<EventTimeline> = {}): Promise<EventTimeline> {
  const el = await fixture<EventTimeline>(html`<event-timeline id=${id} history="hash" lang="en" style="width: 1000px"></event-timeline>`);
  Object.assign(el, more);
  await whenLoaded(el, () => (el.src = ARTICLE));
  return el;
}

/** Clicks an event's mark as a person would. */
async function click(el: EventTimeline, id: string): Promise<void> {
  (el.shadowRoot!.querySelector(`[data-id="${id}"][role="option"]`) as SVGElement).dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
  await settle(el);
}

const detailsTitle = (el: EventTimeline) => el.shadowRoot!.querySelector('[part="details-title"]')?.textContent?.trim();
const back = async (el: EventTimeline) => {
  const moved = new Promise((resolve) => addEventListener('popstate', resolve, { once: true }));
  history.back();
  await moved;
  await settle(el);
};

describe('<event-timeline history="hash">', () => {
  afterEach(() => history.replaceState(null, '', bare()));

  it('writes the selected event into the fragment under its id, one history entry a selection', async () => {
    const el = await timeline('tl1');
    const before = history.length;
    await click(el, 'arrest-minsk');
    expect(location.hash).to.equal('#tl1=arrest-minsk');
    await click(el, 'handover-baku');
    expect(location.hash).to.equal('#tl1=handover-baku');
    expect(history.length).to.equal(before + 2);
    expect(detailsTitle(el)).to.equal('Lapshin handed over to Baku');
    await expect(el).to.be.accessible();
  });

  it('opens on the event an address names, with its details open', async () => {
    history.replaceState(null, '', `${bare()}#intro&tl1=sentence-baku`);
    const el = await timeline('tl1');
    await waitUntil(() => el.selected === 'sentence-baku' && detailsTitle(el), 'the address selected nothing');
    expect(detailsTitle(el)).to.equal('Baku court jails Lapshin for 3 years');
    expect(shadow(el, '[part~="selected"]').map((g) => g.getAttribute('data-id'))).to.deep.equal(['sentence-baku']);
    // Opening on it adds no entry, and the page's own part of the fragment stays.
    expect(location.hash).to.equal('#intro&tl1=sentence-baku');
    await expect(el).to.be.accessible();
  });

  it('Back and Forward move through the selections, to none before the first', async () => {
    const el = await timeline('tl1');
    await click(el, 'arrest-minsk');
    await click(el, 'pardon-decree');
    await back(el);
    expect([el.selected, detailsTitle(el), location.hash]).to.deep.equal(['arrest-minsk', 'Lapshin arrested in Minsk', '#tl1=arrest-minsk']);
    await expect(el).to.be.accessible();
    await back(el);
    expect([el.selected, detailsTitle(el), location.hash]).to.deep.equal([undefined, undefined, '']);
    const forward = new Promise((resolve) => addEventListener('popstate', resolve, { once: true }));
    history.forward();
    await forward;
    await settle(el);
    expect(el.selected).to.equal('arrest-minsk');
  });

  it('keeps two timelines apart in one fragment', async () => {
    history.replaceState(null, '', `${bare()}#intro`);
    const one = await timeline('tl1');
    const two = await timeline('tl2');
    await click(one, 'arrest-minsk');
    await click(two, 'pardon-decree');
    expect(location.hash).to.equal('#intro&tl1=arrest-minsk&tl2=pardon-decree');
    await click(two, 'sentence-baku');
    await back(two);
    expect([one.selected, two.selected]).to.deep.equal(['arrest-minsk', 'pardon-decree']);
    expect(location.hash).to.equal('#intro&tl1=arrest-minsk&tl2=pardon-decree');
    await expect(one).to.be.accessible();
  });

  it('takes an id no event has out of the address, and selects nothing', async () => {
    history.replaceState(null, '', `${bare()}#tl1=no-such-event&tl2=x`);
    const el = await timeline('tl1');
    await waitUntil(() => location.hash === '#tl2=x', `the address kept ${location.hash}`);
    expect(el.selected).to.equal(undefined);
  });

  it('in story mode, opens the card an address names, and writes each card moved to', async () => {
    history.replaceState(null, '', `${bare()}#story=handover-baku`);
    const el = await timeline('story', { mode: 'story' });
    const heading = () => el.shadowRoot!.querySelector('[part="story"] [part="details-title"]')?.textContent?.trim();
    await waitUntil(() => heading() === 'Lapshin handed over to Baku', 'the card of the address was not shown');
    expect(el.shadowRoot!.querySelector('[part="story"]')!.textContent).to.contain('9 of 13');
    await expect(el).to.be.accessible();
    (el.shadowRoot!.querySelector('[part~="next"]') as HTMLButtonElement).click();
    await settle(el);
    expect(location.hash).to.equal('#story=sentence-baku');
    await back(el);
    expect(heading()).to.equal('Lapshin handed over to Baku');
  });

  it('in an iframe, reads and writes the frame\'s own address', async () => {
    const frame = openFrame('/test/fixtures/history.html#framed=extradition-decision', 1000, 700);
    try {
      const inner = () => frame.contentDocument?.querySelector<EventTimeline>('#framed');
      await waitUntil(() => inner()?.shadowRoot?.querySelector('[part="details-title"]'), 'the frame opened no details', { timeout: 8000 });
      const el = inner()!;
      await drawn(el);
      expect(el.shadowRoot!.querySelector('[part="details-title"]')!.textContent!.trim()).to.equal('Belarus decides to extradite Lapshin');
      await click(el, 'pardon-decree');
      expect(frame.contentWindow!.location.hash).to.equal('#framed=pardon-decree');
      expect(location.hash).to.equal('');
    } finally {
      frame.remove();
    }
  });
});
