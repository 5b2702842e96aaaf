/**
 * Groups (swimlanes) as a reader meets them before the bands are drawn: in the legend, as toggle buttons
 * that hide and show a group's events (a parent with its children), and in search, by a group's name.
 */
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { mount, settle, sleep, whenLoaded } from '../helpers/element.js';
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
    { id: 'drill', start: '2003-09', title: 'Drill', group: 'army' },
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
    expect(summary(el)).to.match(/^2 of 5 events, /);
    expect(groupToggles(el)[0].getAttribute('aria-pressed')).to.equal('false');
    await expect(el).to.be.accessible();
    // Only the child: its parent's own events stay.
    groupToggles(el)[0].click();
    groupToggles(el)[1].click();
    await settle(el);
    expect(drawnIds(el)).to.have.members(['parade', 'drill', 'rate', 'loose']);
    // "No group" hides the events with none.
    groupToggles(el)[3].click();
    await settle(el);
    expect(drawnIds(el)).to.have.members(['parade', 'drill', 'rate']);
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
    expect(matched()).to.have.members(['parade', 'drill', 'launch']);
    await type('central bank');
    expect(matched()).to.deep.equal(['rate']);
    await expect(el).to.be.accessible();
  });
});

const bandOf = (el: EventTimeline, id: string | undefined) => shadow(el, '[part="group"]').find((band) => band.getAttribute('data-group') === (id ?? null))!;
const labelOf = (el: EventTimeline, id: string) => shadow(el, '[part="group-label"]').find((label) => label.getAttribute('data-group') === id) as HTMLElement;
const markOf = (el: EventTimeline, id: string) => el.shadowRoot!.querySelector(`[part~="event"][data-id="${id}"]`)!;
const inside = (inner: Element, outer: Element) => {
  const a = inner.querySelector('.mark')!.getBoundingClientRect();
  const b = outer.getBoundingClientRect();
  return a.top >= b.top - 0.5 && a.bottom <= b.bottom + 0.5;
};
async function press(el: EventTimeline, key: string) {
  el.shadowRoot!.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true }));
  await settle(el);
}
const focused = (el: EventTimeline) => el.shadowRoot!.activeElement?.getAttribute('data-id');

describe('<event-timeline> groups as bands (swimlanes)', () => {
  it('draws one band per group, children after their parent, each event in its own band, labels at the start edge', async () => {
    const el = await grouped();
    expect(shadow(el, '[part="group"]').map((band) => band.getAttribute('data-group'))).to.deep.equal(['army', 'navy', 'bank', null]);
    for (const [id, group] of [['parade', 'army'], ['drill', 'army'], ['launch', 'navy'], ['rate', 'bank'], ['loose', undefined]] as const) {
      expect(inside(markOf(el, id), bandOf(el, group)), id).to.equal(true);
    }
    expect(texts(el, '[part="group-label"]').map((text) => text.replace(/\s+/g, ' '))).to.deep.equal(['Army 2 events', 'Navy 1 event', 'Central bank 1 event', 'No group 1 event']);
    const chart = el.shadowRoot!.querySelector('svg.chart')!.getBoundingClientRect();
    expect(labelOf(el, 'army').getBoundingClientRect().left - chart.left).to.be.closeTo(4, 1);
    // A child's label is indented under its parent's.
    expect(labelOf(el, 'navy').getBoundingClientRect().left - chart.left).to.be.closeTo(20, 1);
    const buttons = shadow(el, '[part~="group-toggle"]');
    expect(buttons.map((button) => button.getAttribute('aria-expanded'))).to.deep.equal(['true', 'true', 'true']);
    // The events with no group have a band and a name, but nothing to fold.
    expect(shadow(el, '[part="group-label"]:not(:has(button))')).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('writes the group labels into the SVG file, each beside its band, in the reader\'s language', async () => {
    const el = await grouped('hy');
    const doc = new DOMParser().parseFromString(el.toSVG()!, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).to.equal(null);
    const written = [...doc.documentElement.children].filter((node) => node.localName === 'text');
    expect(written.map((text) => text.textContent!.split(' ')[0])).to.deep.equal(['Բանակ', 'Նավատորմ', 'Կենտրոնական', 'Առանց']);
    // Each label's baseline is inside its band (as drawn on screen, where the SVG's y is the file's).
    const bands = shadow(el, '[part="group"]');
    expect(bands).to.have.length(4);
    written.forEach((text, i) => {
      const y = Number(text.getAttribute('y'));
      const top = Number(bands[i].getAttribute('y'));
      expect(y, text.textContent!).to.be.within(top, top + Number(bands[i].getAttribute('height')));
    });
  });

  it('collapses a group to one thin row of its marks and its children\'s, counted; expands it again', async () => {
    const el = await grouped();
    const tall = bandOf(el, 'army').getBoundingClientRect().height;
    const army = labelOf(el, 'army').querySelector('button')!;
    army.click();
    await settle(el);
    expect(labelOf(el, 'army').querySelector('button')!.getAttribute('aria-expanded')).to.equal('false');
    expect(shadow(el, '[part="group"]').map((band) => band.getAttribute('data-group'))).to.deep.equal(['army', 'bank', null]);
    expect(bandOf(el, 'army').getBoundingClientRect().height).to.be.below(tall);
    expect(texts(el, '[part="group-label"]')[0].replace(/\s+/g, ' ')).to.equal('Army 3 events');
    for (const id of ['parade', 'drill', 'launch']) {
      expect(inside(markOf(el, id), bandOf(el, 'army')), id).to.equal(true);
      expect(markOf(el, id).querySelector('[part="label"]'), id).to.equal(null);
    }
    await expect(el).to.be.accessible();
    labelOf(el, 'army').querySelector('button')!.click();
    await settle(el);
    expect(shadow(el, '[part="group"]')).to.have.length(4);
    expect(markOf(el, 'launch').querySelector('[part="label"]')!.textContent).to.equal('Launch');
  });

  it('the labels stay at the start edge while the view pans, and on the right, mirrored, right to left', async () => {
    const el = await grouped();
    el.view = { start: new Date('2002-01-01'), end: new Date('2003-12-31') };
    await settle(el);
    const chart = el.shadowRoot!.querySelector('svg.chart')!.getBoundingClientRect();
    expect(labelOf(el, 'army').getBoundingClientRect().left - chart.left).to.be.closeTo(4, 1);
    el.dir = 'rtl';
    await sleep(100);
    await settle(el);
    const rtl = el.shadowRoot!.querySelector('svg.chart')!.getBoundingClientRect();
    expect(rtl.right - labelOf(el, 'army').getBoundingClientRect().right).to.be.closeTo(4, 1);
    await expect(el).to.be.accessible();
  });

  it('← and → move within a group, ↑ and ↓ between groups; the hint says so; an event\'s name says its group', async () => {
    const el = await grouped();
    expect(texts(el, '#keyboard-hint')[0]).to.contain('Up and down arrows move to the group above or below; left and right stay within a group.');
    expect(markOf(el, 'parade').getAttribute('aria-label')).to.match(/^Parade, May 2001\. Group: Army\.$/);
    expect(markOf(el, 'launch').getAttribute('aria-label')).to.match(/Group: Navy\.$/);
    el.focusEvent('parade');
    await settle(el);
    await press(el, 'ArrowRight');
    // Not Launch (2002, in Navy): the next in Army.
    expect(focused(el)).to.equal('drill');
    await press(el, 'ArrowRight');
    expect(focused(el)).to.equal('drill');
    await press(el, 'ArrowDown');
    expect(focused(el)).to.equal('launch');
    await press(el, 'ArrowDown');
    expect(focused(el)).to.equal('rate');
    await press(el, 'ArrowDown');
    expect(focused(el)).to.equal('loose');
    await press(el, 'ArrowUp');
    await press(el, 'ArrowUp');
    expect(focused(el)).to.equal('launch');
    await press(el, 'ArrowLeft');
    expect(focused(el)).to.equal('launch');
    await expect(el).to.be.accessible();
    for (const [lang, words] of [['hy', 'Վերև և ներքև սլաքներով'], ['ru', 'Стрелки вверх и вниз']]) {
      const other = await grouped(lang);
      expect(texts(other, '#keyboard-hint')[0], lang).to.contain(words);
      expect(markOf(other, 'launch').getAttribute('aria-label'), lang).to.contain(lang === 'hy' ? 'Խումբ՝ Նավատորմ։' : 'Группа: Флот.');
    }
  });

  it('the hidden list of events, read in place of the drawing, says each event\'s group as its mark does, in each language', async () => {
    const said = { en: 'Launch, March 2002. Group: Navy.', hy: 'Խումբ՝ Նավատորմ։', ru: 'Группа: Флот.' };
    const groupWord = { en: 'Group', hy: 'Խումբ', ru: 'Группа' };
    for (const lang of ['en', 'hy', 'ru'] as const) {
      const el = await grouped(lang);
      await settle(el);
      const listed = (id: string) => texts(el, `ol.visually-hidden > li[data-id="${id}"]`)[0] ?? `(${id} not listed)`;
      expect(listed('launch'), lang).to.contain(said[lang]);
      expect(listed('launch'), lang).to.equal(markOf(el, 'launch').getAttribute('aria-label'));
      // An event in no group is said without one, as its mark is.
      expect(listed('loose'), lang).to.contain(markOf(el, 'loose').getAttribute('aria-label')).and.not.contain(groupWord[lang]);
      await expect(el).to.be.accessible();
    }
  });

  it('vertical: no bands, a group chip at the start of each grouped event\'s label, said first', async () => {
    const el = await grouped('en');
    el.orientation = 'vertical';
    await settle(el);
    await el.updateComplete;
    expect(shadow(el, '[part="group"]')).to.have.length(0);
    expect(shadow(el, '[part="group-label"]')).to.have.length(0);
    expect(markOf(el, 'launch').querySelector('.group-chip')!.textContent).to.equal('Navy');
    expect(markOf(el, 'launch').querySelector('[part="label"]')!.textContent).to.equal('Navy · Launch');
    expect(markOf(el, 'launch').getAttribute('aria-label')).to.match(/^Navy · Launch, /);
    expect(markOf(el, 'loose').querySelector('.group-chip')).to.equal(null);
    expect(texts(el, '#keyboard-hint')[0]).to.not.contain('Up and down arrows move to the group');
    await expect(el).to.be.accessible();
  });
});
