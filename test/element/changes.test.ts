/** addEvents, updateEvents and removeEvents: the chart changes without a reload, and the view and selection stay. */
import { expect, oneEvent } from '@open-wc/testing';
import type { TimelineChangeDetail } from '../../src/events.js';
import type { EventTimeline } from '../../src/timeline-element.js';
import { mount, settle, whenLoaded } from '../helpers/element.js';
import { preferReducedMotion, undoMediaEmulation } from '../helpers/media.js';
import { alertText, drawnIds, shadow, texts } from '../helpers/shadow.js';

const event = (id: string, start: string, title = `Event ${id}`) => ({ id, start, title });
const summary = (el: EventTimeline) => texts(el, '[part="summary"]')[0];

async function change(el: EventTimeline, act: () => void): Promise<TimelineChangeDetail> {
  const fired = oneEvent(el, 'timeline-change');
  act();
  const { detail } = await fired;
  await el.updateComplete;
  return detail;
}

describe('<event-timeline> changes without a reload', () => {
  before(preferReducedMotion);
  after(() => undoMediaEmulation({ reducedMotion: 'no-preference' }));

  async function timeline(): Promise<EventTimeline> {
    const el = await mount('en', 1000);
    await whenLoaded(el, () => (el.events = [event('a', '2001-03-01'), event('c', '2003-03-01'), event('e', '2005-03-01')]));
    return el;
  }

  it('addEvents() draws the new events in time order and fires one timeline-change', async () => {
    const el = await timeline();
    let fired = 0;
    el.addEventListener('timeline-change', () => fired++);
    const detail = await change(el, () => el.addEvents([event('d', '2004-03-01'), event('b', '2002-03-01')]));
    expect(detail).to.deep.equal({ added: ['b', 'd'], updated: [], removed: [], problems: [] });
    expect(drawnIds(el)).to.deep.equal(['a', 'b', 'c', 'd', 'e']);
    expect(summary(el)).to.equal('5 events, from 2001 to 2005');
    await settle(el);
    expect(fired).to.equal(1);
    await expect(el).to.be.accessible();
  });

  it('addEvents() shows the invalid events as problems and adds the valid ones', async () => {
    const el = await timeline();
    const detail = await change(el, () => el.addEvents([event('f', '2006-03-01'), { id: 'g', title: 'No date' }]));
    expect(detail.added).to.deep.equal(['f']);
    expect(detail.problems.map((p) => p.code)).to.deep.equal(['start-missing']);
    expect(drawnIds(el)).to.deep.equal(['a', 'c', 'e', 'f']);
    expect(alertText(el)).to.contain('Event 5 ("g") has no start date');
    await expect(el).to.be.accessible();
  });

  it('updateEvents() redraws an event where its new date puts it, with its new title', async () => {
    const el = await timeline();
    const detail = await change(el, () => el.updateEvents([event('a', '2006-01-01', 'Moved on')]));
    expect(detail).to.deep.equal({ added: [], updated: ['a'], removed: [], problems: [] });
    expect(drawnIds(el)).to.deep.equal(['c', 'e', 'a']);
    expect(texts(el, '[part~="event"][data-id="a"] [part="label"]')).to.deep.equal(['Moved on']);
    await expect(el).to.be.accessible();
  });

  it('removeEvents() takes the events off the chart', async () => {
    const el = await timeline();
    const detail = await change(el, () => el.removeEvents(['c', 'unknown']));
    expect(detail).to.deep.equal({ added: [], updated: [], removed: ['c'], problems: [] });
    expect(drawnIds(el)).to.deep.equal(['a', 'e']);
    expect(summary(el)).to.equal('2 events, from 2001 to 2005');
    await expect(el).to.be.accessible();
  });

  it('a view a person chose and the selection stay through changes', async () => {
    const el = await timeline();
    el.zoomTo('2002-06-01', '2004-06-01');
    el.selected = 'c';
    await settle(el);
    const view = el.view!;
    await change(el, () => el.addEvents([event('d', '2004-03-01'), event('z', '2030-01-01')]));
    await change(el, () => el.updateEvents([event('a', '2001-04-01')]));
    await settle(el);
    expect([+el.view!.start, +el.view!.end]).to.deep.equal([+view.start, +view.end]);
    expect(drawnIds(el)).to.deep.equal(['c', 'd']);
    expect(el.selected).to.equal('c');
    expect(texts(el, '[part="details-title"]')).to.deep.equal(['Event c']);
    await expect(el).to.be.accessible();
  });

  it('removing the selected event clears the selection, with an event-select that says so', async () => {
    const el = await timeline();
    el.selected = 'c';
    await settle(el);
    const selection = oneEvent(el, 'event-select');
    await change(el, () => el.removeEvents(['c']));
    const { detail } = await selection;
    expect(detail.id).to.equal(undefined);
    expect(el.hasAttribute('selected')).to.equal(false);
    expect(texts(el, '[part="details-title"]')).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('a timeline that showed all of its data still does after events are added beyond it', async () => {
    const el = await timeline();
    await change(el, () => el.addEvents([event('late', '2020-03-01')]));
    await settle(el);
    expect(drawnIds(el)).to.deep.equal(['a', 'c', 'e', 'late']);
    expect(el.view!.end.getUTCFullYear()).to.be.at.least(2020);
  });

  it('a change beside a squeezed stretch keeps the axis as it was; an event in the stretch is drawn out of it', async () => {
    const el = await mount('en', 1000);
    const busy = (year: number) => Array.from({ length: 40 }, (_, i) => event(`${year}-${i}`, `${year}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 27)).padStart(2, '0')}`));
    await whenLoaded(el, () => (el.events = [...busy(1990), ...busy(2010)]));
    await settle(el);
    const breaks = () => shadow(el, 'g.break').map((band) => band.getAttribute('aria-label'));
    const ticks = () => shadow(el, '[part="axis"] .tick text').map((tick) => `${tick.textContent}@${tick.getAttribute('x')}`);
    const before = { breaks: breaks(), ticks: ticks() };
    expect(before.breaks).to.have.length(1);
    expect(before.breaks[0]).to.match(/^1991 – 2009: no events/);
    await change(el, () => el.addEvents([event('near', '1990-06-15')]));
    await settle(el);
    expect(ticks()).to.deep.equal(before.ticks);
    expect(breaks()).to.deep.equal(before.breaks);
    await change(el, () => el.addEvents([event('inside', '2000-06-15')]));
    await settle(el);
    expect(breaks().some((words) => /^1991 – 2009/.test(words ?? '')), breaks().join(' | ')).to.equal(false);
    expect(drawnIds(el)).to.include('inside');
    await expect(el).to.be.accessible();
  });

  it('addEvents() on an element with no data yet draws the events given', async () => {
    const el = await mount('en', 1000);
    await change(el, () => el.addEvents([event('only', '2010-05-01')]));
    await settle(el);
    expect(drawnIds(el)).to.deep.equal(['only']);
    await expect(el).to.be.accessible();
  });
});
