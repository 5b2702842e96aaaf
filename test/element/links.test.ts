import { expect, waitUntil } from '@open-wc/testing';
import { ARTICLE, mount, settle, whenLoaded } from '../helpers/element.js';
import { alertText, shadow } from '../helpers/shadow.js';
import type { EventTimeline } from '../../src/timeline-element.js';

const LEGAL_CHAIN = ['arrest-minsk>extradition-decision', 'extradition-decision>handover-baku', 'handover-baku>sentence-baku', 'sentence-baku>pardon-decree', 'pardon-decree>hasanov-visit-israel'];

async function article(lang = 'en', width = 1000, more: (el: EventTimeline) => void = () => {}): Promise<EventTimeline> {
  const el = await mount(lang, width);
  more(el);
  await whenLoaded(el, () => (el.src = ARTICLE));
  el.zoomTo('2016-11-20', '2017-10-10');
  await waitUntil(() => shadow(el, '[part~="connection"]').length > 0, 'no arrows drawn');
  await settle(el);
  return el;
}

const arrows = (el: EventTimeline) => shadow(el, '[part~="connection"]').map((g) => `${g.getAttribute('data-from')}>${g.getAttribute('data-to')}`);
const focusedId = (el: EventTimeline) => el.shadowRoot!.activeElement?.getAttribute('data-id');

/** The arrow's start and tip, and the centres of the marks it joins, in the page. */
function ends(el: EventTimeline, from: string, to: string) {
  const g = el.shadowRoot!.querySelector(`[part~="connection"][data-from="${from}"][data-to="${to}"]`)!;
  const path = g.querySelector('path')! as SVGPathElement;
  const head = g.querySelector('polygon')!.getAttribute('points')!.split(' ')[0].split(',').map(Number);
  const first = path.getPointAtLength(0);
  const centre = (id: string) => {
    const box = (el.shadowRoot!.querySelector(`[data-id="${id}"] .mark`) as SVGGraphicsElement).getBBox();
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  };
  return { start: { x: first.x, y: first.y }, tip: { x: head[0], y: head[1] }, from: centre(from), to: centre(to) };
}
const near = (a: { x: number; y: number }, b: { x: number; y: number }) => Math.hypot(a.x - b.x, a.y - b.y);

describe('<event-timeline> links between events', () => {
  for (const [orientation, width, dir] of [['horizontal', 1000, 'ltr'], ['horizontal', 1000, 'rtl'], ['vertical', 390, 'ltr']] as const) {
    it(`draws an arrow from each event to the one it leads to (${orientation}, ${dir})`, async () => {
      const el = await article('en', width, (el) => el.setAttribute('dir', dir));
      expect(el.shadowRoot!.querySelector('svg.chart')!.classList.contains(orientation)).to.equal(true);
      expect(arrows(el)).to.deep.equal(LEGAL_CHAIN);
      for (const arrow of LEGAL_CHAIN.slice(0, 4)) {
        const [from, to] = arrow.split('>');
        const { start, tip, from: a, to: b } = ends(el, from, to);
        // The arrow starts at its event's mark and ends at the other's (each a mark's radius or so away).
        expect(near(start, a), `${arrow} start`).to.be.below(12);
        expect(near(tip, b), `${arrow} tip`).to.be.below(12);
      }
      expect(alertText(el)).to.equal('');
      await expect(el).to.be.accessible();
    });
  }

  it('] and [ move the focus along the chain; the name says what an event leads to', async () => {
    const el = await article();
    el.focusEvent('arrest-minsk');
    await settle(el);
    const arrest = el.shadowRoot!.querySelector('[data-id="arrest-minsk"]')!;
    expect(arrest.getAttribute('aria-label')).to.match(/Leads to: Belarus decides to extradite Lapshin\.$/);
    const press = async (key: string) => {
      el.shadowRoot!.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
      await settle(el);
    };
    await press(']');
    expect(focusedId(el)).to.equal('extradition-decision');
    await press(']');
    await press(']');
    expect(focusedId(el)).to.equal('sentence-baku');
    await press('[');
    expect(focusedId(el)).to.equal('handover-baku');
    // Nothing leads to the arrest: [ stays and says so.
    el.focusEvent('arrest-minsk');
    await settle(el);
    await press('[');
    expect(focusedId(el)).to.equal('arrest-minsk');
    expect(el.shadowRoot!.querySelector('[aria-live]')!.textContent).to.contain('No linked event that way.');
  });

  it('the details list the linked events both ways as buttons that move to them, in Armenian too', async () => {
    const el = await article('hy');
    el.selected = 'extradition-decision';
    await el.updateComplete;
    const buttons = shadow(el, '.details .related button') as HTMLButtonElement[];
    expect(buttons.map((b) => b.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
      'բխում է: Լապշինը ձերբակալվում է Մինսկում',
      'հանգեցրեց: Լապշինին հանձնում են Բաքվին',
    ]);
    await expect(el).to.be.accessible();
    buttons[1].click();
    await settle(el);
    expect(el.selected).to.equal('handover-baku');
    expect(focusedId(el)).to.equal('handover-baku');
    expect(shadow(el, '.details .related button').map((b) => b.getAttribute('data-related'))).to.deep.equal(['extradition-decision', 'sentence-baku']);
  });

  it('names a link to an event that does not exist, and draws the rest with their arrows', async () => {
    const el = await mount();
    await whenLoaded(el, () => (el.events = [
      { id: 'a', title: 'A', start: '2017-01-01', related: ['b', 'ghost'] },
      { id: 'b', title: 'B', start: '2017-02-01' },
    ]));
    await waitUntil(() => arrows(el).length === 1, 'the arrow was not drawn');
    expect(arrows(el)).to.deep.equal(['a>b']);
    expect(alertText(el)).to.contain('"related[1].id" points to "ghost", which is no other event\'s id');
    await expect(el).to.be.accessible();
  });

  it('dims the arrows of other events when there are many, not those of the focused event', async () => {
    const el = await mount();
    const list = Array.from({ length: 12 }, (_, i) => ({ id: `e${i}`, title: `E${i}`, start: `2017-${String(i + 1).padStart(2, '0')}-01`, related: i < 11 ? [`e${i + 1}`] : undefined }));
    await whenLoaded(el, () => (el.events = list));
    await waitUntil(() => arrows(el).length === 11, 'not every arrow drawn');
    el.focusEvent('e5');
    await settle(el);
    const lit = shadow(el, '[part~="connection"]:not(.dim)').map((g) => g.getAttribute('data-from'));
    expect(lit).to.deep.equal(['e4', 'e5']);
  });
});
