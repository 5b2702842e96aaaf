import { expect } from '@open-wc/testing';
import { pageTarget } from '../../src/layout/navigation.js';
import type { TimeView } from '../../src/layout/view.js';
import { events, pad } from '../helpers/model.js';

/** Ten events, one on the first of each month of 2016 from January to October, in time order. */
const MONTHLY = events(Array.from({ length: 10 }, (_, i) => ({ id: `m${i + 1}`, start: `2016-${pad(i + 1)}-01` })));
/** What is in view: March to May 2016 (events 2, 3 and 4, counted from 0). */
const SPRING: TimeView = { start: Date.UTC(2016, 2, 1), end: Date.UTC(2016, 4, 1) };

describe('pageTarget()', () => {
  it('pageTarget() with PageDown goes to the first event that starts after the view', () => {
    expect(pageTarget(MONTHLY, 2, SPRING, 1)).to.equal(5);
    expect(pageTarget(MONTHLY, 4, SPRING, 1)).to.equal(5);
  });

  it('pageTarget() with PageUp goes to the last event that ends before the view', () => {
    expect(pageTarget(MONTHLY, 4, SPRING, -1)).to.equal(1);
    expect(pageTarget(MONTHLY, 2, SPRING, -1)).to.equal(1);
  });

  it('pageTarget() with PageDown from an event after the view goes to the next one', () => {
    expect(pageTarget(MONTHLY, 6, SPRING, 1)).to.equal(7);
  });

  it('pageTarget() at the end of the data stays on the last event, and at the start on the first', () => {
    expect(pageTarget(MONTHLY, 9, SPRING, 1)).to.equal(9);
    expect(pageTarget(MONTHLY, 0, SPRING, -1)).to.equal(0);
  });

  it('pageTarget() goes to the last or first event when none is past the view that way', () => {
    const all: TimeView = { start: Date.UTC(2015, 0, 1), end: Date.UTC(2017, 0, 1) };
    expect(pageTarget(MONTHLY, 3, all, 1)).to.equal(9);
    expect(pageTarget(MONTHLY, 3, all, -1)).to.equal(0);
  });

  it('pageTarget() starts from before the first event when no event has the focus (-1)', () => {
    expect(pageTarget(MONTHLY, -1, SPRING, 1)).to.equal(5);
    expect(pageTarget(MONTHLY, -1, SPRING, -1)).to.equal(0);
  });

  it('pageTarget() does not count an event that touches the view as past it', () => {
    // m3 starts on 1 March, the view's first instant; m5 on 1 May, its last.
    const touching: TimeView = { start: Date.UTC(2016, 2, 1), end: Date.UTC(2016, 4, 1) };
    expect(pageTarget(MONTHLY, 4, touching, 1)).to.equal(5);
    expect(MONTHLY[4].from).to.equal(touching.end);
  });

  it('pageTarget() passes over a long event that started before the view but ends in it', () => {
    const list = events([
      { id: 'short', start: '2016-01-01' },
      { id: 'long', start: '2016-02-01', end: '2016-12-31' },
      { id: 'in-view', start: '2016-06-01' },
    ]);
    const summer: TimeView = { start: Date.UTC(2016, 4, 1), end: Date.UTC(2016, 7, 1) };
    expect(pageTarget(list, 2, summer, -1)).to.equal(0);
  });

  it('pageTarget() is -1 when there are no events', () => {
    expect(pageTarget([], 0, SPRING, 1)).to.equal(-1);
    expect(pageTarget([], -1, SPRING, -1)).to.equal(-1);
  });
});
