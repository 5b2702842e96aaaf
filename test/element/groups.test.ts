/**
 * Groups (swimlanes) as a reader meets them before the bands are drawn: in the legend, as toggle buttons
 * that hide and show a group's events (a parent with its children), and in search, by a group's name.
 */
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { mount, settle, whenLoaded } from '../helpers/element.js';
import { drawnIds, shadow, texts } from '../helpers/shadow.js';
import type { EventTimeline, TimelineFilterChangeDetail } from '../../src/timeline-element.js';

const GROUPED = {
  groups: {
    army: { label: { en: 'Army', hy: 'Բանակ', ru: 'Армия' }, order: 1 },
    navy: { label: { en: 'Navy', hy: 'Նավատորմ', ru: 'Флот' }, parent: 'army' },
    bank: { label: { en: 'Central bank', hy: 'Կենտրոնական բանկ', ru: 'Центральный банк' }, order: 2 },
  },
  events: [
    { id: 'parade', start: '2001-05', title: 'Parade', group: 'army' },
    { id: 'launch', start: '2002-03', title: 'Launch', group: 'navy' },
    { id: 'rate', start: '2003-07', title: 'Rate raised', group: 'bank' },
    { id: 'loose', start: '2004-01', title: 'Election' },
  ],
};

async function grouped(lang = 'en'): Promise<EventTimeline> {
  const el = await mount(lang, 1000);
  await whenLoaded(el, () => (el.events = structuredClone(GROUPED)));
  return el;
}

const groupToggles = (el: EventTimeline) => {
  const list = shadow(el, '[part="legend"]').find((node) => node.getAttribute('aria-label') === (el.lang === 'hy' ? 'Խմբեր' : el.lang === 'ru' ? 'Группы' : 'Groups'))!;
  return [...list.querySelectorAll<HTMLButtonElement>('[part~="legend-toggle"]')];
};
const summary = (el: EventTimeline) => texts(el, '[part="summary"]')[0];

describe('<event-timeline> groups in the legend', () => {
  it('lists the groups, children after their parent, and "No group", each a toggle button', async () => {
    const el = await grouped();
    expect(groupToggles(el).map((button) => button.textContent!.trim())).to.deep.equal(['Army', 'Navy', 'Central bank', 'No group']);
    expect(groupToggles(el).every((button) => button.getAttribute('aria-pressed') === 'true')).to.equal(true);
    expect(groupToggles(el)[1].closest('li')!.classList.contains('nested')).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('hiding a parent group hides its children\'s events too; the summary and the page hear of it', async () => {
    const el = await grouped();
    const change = oneEvent(el, 'timeline-filter-change');
    groupToggles(el)[0].click();
    const { detail } = (await change) as CustomEvent<TimelineFilterChangeDetail>;
    await settle(el);
    expect(detail.hiddenGroups).to.deep.equal(['army']);
    expect(detail.events.map((event) => event.id)).to.deep.equal(['rate', 'loose']);
    expect(drawnIds(el)).to.have.members(['rate', 'loose']);
    expect(summary(el)).to.match(/^2 of 4 events, /);
    expect(groupToggles(el)[0].getAttribute('aria-pressed')).to.equal('false');
    await expect(el).to.be.accessible();
    // Only the child: its parent's own events stay.
    groupToggles(el)[0].click();
    groupToggles(el)[1].click();
    await settle(el);
    expect(drawnIds(el)).to.have.members(['parade', 'rate', 'loose']);
    // "No group" hides the events with none.
    groupToggles(el)[3].click();
    await settle(el);
    expect(drawnIds(el)).to.have.members(['parade', 'rate']);
  });

  it('in Armenian and Russian, the groups are named in the reader\'s language', async () => {
    const hy = await grouped('hy');
    expect(groupToggles(hy).map((button) => button.textContent!.trim())).to.deep.equal(['Բանակ', 'Նավատորմ', 'Կենտրոնական բանկ', 'Առանց խմբի']);
    const ru = await grouped('ru');
    expect(groupToggles(ru).map((button) => button.textContent!.trim())).to.deep.equal(['Армия', 'Флот', 'Центральный банк', 'Без группы']);
    await expect(ru).to.be.accessible();
  });
});

describe('<event-timeline> search finds events by their group', () => {
  it('a group\'s name, in any language the data gives it, finds its events and its children\'s', async () => {
    const el = await grouped('ru');
    el.search = true;
    await el.updateComplete;
    await waitUntil(() => el.shadowRoot!.querySelector('[part="search"]'), 'no search field');
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('[part="search"]')!;
    const type = async (text: string) => {
      input.value = text;
      input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      await el.updateComplete;
    };
    const matched = () => shadow(el, '[part~="event"][part~="match"]').map((node) => node.getAttribute('data-id'));
    await type('армия');
    expect(matched()).to.have.members(['parade', 'launch']);
    await type('central bank');
    expect(matched()).to.deep.equal(['rate']);
    await expect(el).to.be.accessible();
  });
});
