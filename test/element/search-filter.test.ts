import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { ARTICLE, mount, settle, sleep, whenLoaded } from '../helpers/element.js';
import { drawnIds, shadow, texts } from '../helpers/shadow.js';
import type { EventTimeline, TimelineFilterChangeDetail } from '../../src/timeline-element.js';

interface RawEvent { id: string; category?: string; title: Record<string, string>; description?: Record<string, string>; place?: string | Record<string, string> }
let raw: RawEvent[];
before(async () => {
  raw = (await (await fetch(ARTICLE)).json()).events;
});

/** The article's events whose words hold `word`, lower-cased as plain text: worked out apart from the element. */
const holding = (word: string) =>
  raw.filter((event) => [event.title, event.description ?? {}, event.place ?? {}].some((text) =>
    (typeof text === 'string' ? [text] : Object.values(text)).some((value) => value.toLowerCase().includes(word)))).map((event) => event.id);

async function article(lang = 'en', width = 1000): Promise<EventTimeline> {
  const el = await mount(lang, width);
  el.search = true;
  await whenLoaded(el, () => (el.src = ARTICLE));
  await searchField(el);
  return el;
}

/** The field is drawn once the search chunk has loaded (the first time on the page). */
async function searchField(el: EventTimeline) {
  await waitUntil(() => el.shadowRoot!.querySelector('[part="search"]'), 'no search field');
  await el.updateComplete;
}

const field = (el: EventTimeline) => el.shadowRoot!.querySelector<HTMLInputElement>('[part="search"]')!;
const live = (el: EventTimeline) => texts(el, '[aria-live="polite"]')[0];
const matched = (el: EventTimeline) => shadow(el, '[part~="event"][part~="match"]').map((node) => node.getAttribute('data-id'));
const summary = (el: EventTimeline) => texts(el, '[part="summary"]')[0];

async function type(el: EventTimeline, text: string) {
  const input = field(el);
  input.focus();
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

async function press(target: Element, key: string, more: KeyboardEventInit = {}) {
  target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true, ...more }));
  await settle();
}

describe('<event-timeline> search', () => {
  it('shows a labelled search field only with the search attribute', async () => {
    const el = await mount();
    await whenLoaded(el, () => (el.src = ARTICLE));
    expect(shadow(el, '[part="search"]')).to.have.length(0);
    el.search = true;
    await searchField(el);
    expect(field(el).getAttribute('aria-label')).to.equal('Search events');
    expect(texts(el, '#keyboard-hint')[0]).to.contain('Slash (/) goes to the search field.');
    await expect(el).to.be.accessible();
  });

  it('highlights the events that match as a query is typed, and says how many', async () => {
    const el = await article();
    const expected = holding('baku');
    expect(expected.length).to.be.above(1);
    await type(el, 'BAKU');
    expect(matched(el)).to.have.members(expected);
    expect(el.shadowRoot!.querySelector('svg.chart')!.classList.contains('searching')).to.equal(true);
    // What does not match steps back.
    const other = shadow(el, '[part~="event"]:not([part~="match"])')[0];
    expect(Number(getComputedStyle(other).opacity)).to.be.below(0.5);
    await waitUntil(() => live(el) === `${expected.length} events match.`, `live region: ${live(el)}`);
    await expect(el).to.be.accessible();
  });

  it('Enter and Shift+Enter go to the next and previous match, selected and panned to; Escape clears', async () => {
    const el = await article();
    el.zoomTo('2009-01-01', '2010-01-01');
    await settle(el, 400);
    const byTime = shadow(el, 'ol.visually-hidden li').map((li) => li.getAttribute('data-id')!);
    const expected = byTime.filter((id) => holding('lapshin').includes(id));
    await type(el, 'lapshin');
    const input = field(el);
    await press(input, 'Enter');
    expect(el.selected).to.equal(expected[0]);
    expect(live(el)).to.match(new RegExp(`^1 of ${expected.length}: `));
    await press(input, 'Enter');
    expect(el.selected).to.equal(expected[1]);
    await press(input, 'Enter', { shiftKey: true });
    await press(input, 'Enter', { shiftKey: true });
    // Before the first comes the last.
    expect(el.selected).to.equal(expected[expected.length - 1]);
    await settle(el, 400);
    // Panned there: the match is drawn, in view.
    expect(drawnIds(el)).to.include(expected[expected.length - 1]);
    // The focus stayed in the field, for the next Enter.
    expect(el.shadowRoot!.activeElement).to.equal(input);
    await expect(el).to.be.accessible();
    await press(input, 'Escape');
    expect(input.value).to.equal('');
    expect(matched(el)).to.deep.equal([]);
    expect(el.shadowRoot!.querySelector('svg.chart')!.classList.contains('searching')).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('outlines the clusters that hold a match, their bars too, and dims the others', async () => {
    const el = await mount('en', 1000);
    el.search = true;
    // 3,000 days in a row, too many to draw one by one: clusters. Every 400th is in Yerevan.
    const events = Array.from({ length: 3000 }, (_, i) => ({
      id: `e${i}`, start: new Date(Date.UTC(2000, 0, 1 + i)).toISOString().slice(0, 10), title: i % 400 === 0 ? `Meeting in Yerevan ${i}` : `Meeting ${i}`,
    }));
    await whenLoaded(el, () => (el.events = events));
    await searchField(el);
    await type(el, 'yerevan');
    await settle(el);
    const clusters = shadow(el, '[part="cluster"]:not(.pile)');
    expect(clusters.length).to.be.above(3);
    const outlined = clusters.filter((node) => node.classList.contains('match'));
    expect(outlined.length, 'clusters with a match').to.be.within(1, 8);
    expect(outlined.length).to.be.below(clusters.length);
    // The bars: the matches' in a path of their own, as many as the clusters outlined, not stepped back.
    const [rest, match] = [shadow(el, 'path.cluster-bar:not(.match)')[0], shadow(el, 'path.cluster-bar.match')[0]];
    expect(match.getAttribute('d')!.split('M').filter(Boolean)).to.have.length(outlined.length);
    expect(rest.getAttribute('d')!.split('M').filter(Boolean)).to.have.length(clusters.length - outlined.length);
    expect(Number(getComputedStyle(match).opacity)).to.equal(1);
    expect(Number(getComputedStyle(rest).opacity)).to.be.below(0.5);
    expect(Number(getComputedStyle(clusters.find((node) => !node.classList.contains('match'))!).opacity)).to.be.below(0.5);
    await expect(el).to.be.accessible();
    await type(el, '');
    await settle(el);
    expect(shadow(el, 'path.cluster-bar.match')).to.have.length(0);
    expect(shadow(el, 'path.cluster-bar')[0].getAttribute('d')!.split('M').filter(Boolean)).to.have.length(shadow(el, '[part="cluster"]:not(.pile)').length);
  });

  it('/ on the chart goes to the search field', async () => {
    const el = await article();
    el.focusEvent(raw[2].id);
    await settle(el);
    const event = el.shadowRoot!.activeElement!;
    expect(event.getAttribute('data-id')).to.equal(raw[2].id);
    await press(event, '/');
    expect(el.shadowRoot!.activeElement).to.equal(field(el));
  });

  it('matches Armenian whatever the case and the spelling of "և", and counts in Armenian', async () => {
    const el = await article('hy');
    const expected = holding('բաքու');
    expect(expected.length).to.be.above(0);
    await type(el, 'ԲԱՔՈՒ');
    expect(matched(el)).to.have.members(expected);
    await waitUntil(() => live(el) === `Գտնվեց ${expected.length} իրադարձություն։`, `live region: ${live(el)}`);
    expect(field(el).getAttribute('aria-label')).to.equal('Որոնել իրադարձություններ');
    await type(el, 'Երեւան');
    const yerevan = holding('երևան');
    expect(matched(el)).to.have.members(yerevan);
    await expect(el).to.be.accessible();
  });

  it('matches Cyrillic without "ё", and counts with Russian plurals', async () => {
    const el = await mount('ru');
    el.search = true;
    await whenLoaded(el, () => (el.events = [
      { id: 'elka', start: '2001', title: 'Ёлка на Красной площади' },
      { id: 'elki', start: '2002', title: 'Ёлки-палки', place: 'Москва' },
      { id: 'moscow', start: '2003', title: 'Парад', description: 'Москва, Красная площадь' },
    ]));
    await searchField(el);
    await type(el, 'ЕЛК');
    expect(matched(el)).to.have.members(['elka', 'elki']);
    await waitUntil(() => live(el) === 'Найдено 2 события.', `live region: ${live(el)}`);
    await type(el, 'красн');
    await waitUntil(() => live(el) === 'Найдено 2 события.', `live region: ${live(el)}`);
    await type(el, 'москва парад');
    expect(matched(el)).to.deep.equal(['moscow']);
    await waitUntil(() => live(el) === 'Найдено 1 событие.', `live region: ${live(el)}`);
    await expect(el).to.be.accessible();
  });
});

describe('<event-timeline> filters', () => {
  it('a legend entry is a toggle button that hides its category; the summary says N of M', async () => {
    const el = await article();
    const toggles = shadow(el, '[part~="legend-toggle"]') as HTMLButtonElement[];
    expect(toggles.length).to.be.above(2);
    expect(toggles.every((button) => button.getAttribute('aria-pressed') === 'true')).to.equal(true);
    const background = toggles.find((button) => button.textContent!.trim() === 'Background')!;
    const hidden = raw.filter((event) => event.category === 'background').map((event) => event.id);
    const change = oneEvent(el, 'timeline-filter-change');
    background.click();
    const { detail } = (await change) as CustomEvent<TimelineFilterChangeDetail>;
    await settle(el);
    expect(background.getAttribute('aria-pressed')).to.equal('false');
    const shown = raw.length - hidden.length;
    expect(summary(el)).to.match(new RegExp(`^${shown} of ${raw.length} events, `));
    expect(detail.events.map((event) => event.id)).to.have.members(raw.map((event) => event.id).filter((id) => !hidden.includes(id)));
    expect(detail.total).to.equal(raw.length);
    expect(detail.hiddenCategories).to.deep.equal(['background']);
    // Not drawn, and not in the screen-reader list; the live region says the new summary.
    expect(drawnIds(el).filter((id) => hidden.includes(id))).to.deep.equal([]);
    expect(shadow(el, 'ol.visually-hidden li').map((li) => li.getAttribute('data-id')).filter((id) => hidden.includes(id!))).to.deep.equal([]);
    expect(shadow(el, 'ol.visually-hidden li')).to.have.length(shown);
    expect(live(el)).to.equal(summary(el));
    await expect(el).to.be.accessible();
    background.click();
    await settle(el);
    expect(summary(el)).to.match(new RegExp(`^${raw.length} events, `));
    expect(drawnIds(el)).to.include.members(hidden);
  });

  it('with more categories than colours, a folded one and "Other" toggle from the opened "N more"', async () => {
    const el = await mount('en', 1000);
    // 14 categories, the largest first (c0 has 15 events … c13 has 2), and 3 events with none.
    const events = [
      ...Array.from({ length: 14 }, (_, c) => Array.from({ length: 15 - c }, (_, i) => ({ id: `c${c}-${i}`, start: `${2000 + i}-0${1 + (c % 9)}`, title: `Event ${c}.${i}`, category: `c${c}` }))).flat(),
      ...[0, 1, 2].map((i) => ({ id: `none-${i}`, start: `${2001 + i}`, title: `Loose ${i}` })),
    ];
    await whenLoaded(el, () => (el.events = events));
    const more = shadow(el, '[part~="legend-more"]')[0] as HTMLButtonElement;
    more.click();
    await el.updateComplete;
    const folded = (shadow(el, '#legend-more [part~="legend-toggle"]') as HTMLButtonElement[]);
    expect(folded.map((button) => button.textContent!.trim())).to.deep.equal(['c12', 'c13']);
    await expect(el).to.be.accessible();
    folded[1].click();
    await settle(el);
    expect(summary(el)).to.match(new RegExp(`^${events.length - 2} of ${events.length} events, `));
    expect(drawnIds(el).some((id) => id.startsWith('c13-'))).to.equal(false);
    expect(folded[1].getAttribute('aria-pressed')).to.equal('false');
    const other = (shadow(el, '[part~="legend-toggle"]') as HTMLButtonElement[]).find((button) => button.textContent!.trim() === 'Other')!;
    const change = oneEvent(el, 'timeline-filter-change');
    other.click();
    const { detail } = (await change) as CustomEvent<TimelineFilterChangeDetail>;
    await settle(el);
    expect(detail.hiddenCategories).to.have.members(['c13', null]);
    expect(summary(el)).to.match(new RegExp(`^${events.length - 5} of ${events.length} events, `));
    expect(drawnIds(el).some((id) => id.startsWith('none-'))).to.equal(false);
    // Hiding every category keeps the legend, so that a reader can show them again.
    for (const button of shadow(el, '[part~="legend-toggle"][aria-pressed="true"]') as HTMLButtonElement[]) button.click();
    await settle(el);
    expect(summary(el)).to.match(new RegExp(`^0 of ${events.length} events, `));
    expect(shadow(el, '[part~="legend-toggle"]').length).to.equal(13 + 2);
    await expect(el).to.be.accessible();
  });

  it('the arrow keys skip the hidden events', async () => {
    const el = await article();
    const byTime = shadow(el, 'ol.visually-hidden li').map((li) => li.getAttribute('data-id')!);
    const legal = raw.filter((event) => event.category === 'legal').map((event) => event.id);
    // An event just before a hidden one: the key must jump over it.
    const at = byTime.findIndex((id, i) => !legal.includes(id) && legal.includes(byTime[i + 1]));
    expect(at).to.be.at.least(0);
    const legalButton = (shadow(el, '[part~="legend-toggle"]') as HTMLButtonElement[]).find((b) => b.textContent!.includes('Arrest, trial'))!;
    legalButton.click();
    await settle(el);
    el.focusEvent(byTime[at]);
    await settle(el);
    await press(el.shadowRoot!.activeElement!, 'ArrowRight');
    await settle(el);
    const next = byTime.slice(at + 1).find((id) => !legal.includes(id));
    expect(el.shadowRoot!.activeElement!.getAttribute('data-id')).to.equal(next);
    expect(el.focusEvent(legal[0])).to.equal(false);
  });

  it('the filter property shows only what it keeps, null shows all, and the page hears of each', async () => {
    const el = await article('hy');
    const legal = raw.filter((event) => event.category === 'legal').map((event) => event.id);
    let change = oneEvent(el, 'timeline-filter-change');
    el.filter = (event) => event.category === 'legal';
    let { detail } = (await change) as CustomEvent<TimelineFilterChangeDetail>;
    await settle(el);
    expect(detail.events.map((event) => event.id)).to.have.members(legal);
    expect(drawnIds(el)).to.have.members(legal);
    expect(summary(el)).to.match(new RegExp(`^${raw.length} իրադարձությունից ${legal.length}-ը, `));
    await expect(el).to.be.accessible();
    change = oneEvent(el, 'timeline-filter-change');
    el.filter = null;
    ({ detail } = (await change) as CustomEvent<TimelineFilterChangeDetail>);
    await settle(el);
    expect(detail.events).to.have.length(raw.length);
    expect(drawnIds(el)).to.have.length(raw.length);
  });

  it('searches only the events shown', async () => {
    const el = await article();
    el.filter = (event) => event.category !== 'legal';
    await settle(el);
    await type(el, 'lapshin');
    const expected = holding('lapshin').filter((id) => raw.find((event) => event.id === id)!.category !== 'legal');
    expect(matched(el)).to.have.members(expected);
    await sleep(500);
    expect(live(el)).to.equal(expected.length === 1 ? '1 event matches.' : `${expected.length} events match.`);
  });
});
