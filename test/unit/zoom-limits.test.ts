import { expect } from '@open-wc/testing';
import { NO_WARP, warpWith, type TimeWarp } from '../../src/layout/squeeze.js';
import { viewSpan, type TimeView } from '../../src/layout/view.js';
import { HAIR, panToIncludeWarped, showsWhole, zoomWithin } from '../../src/layout/zoom-limits.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const at = (text: string) => Date.parse(text);

/** Like la-riots.csv: five busy days, then a long empty stretch squeezed to two days, then a last event. */
const WHOLE: TimeView = { start: at('1992-04-28'), end: at('1993-11-25') };
const WARP = warpWith([{ from: at('1992-05-04'), to: at('1993-11-20'), length: 2 * DAY }]);
const MIN = 3 * DAY;

/** Where `instant` is in `view` as drawn: 0 at its start, 1 at its end. */
const place = (view: TimeView, instant: number, { warp }: TimeWarp = WARP) => (warp(instant) - warp(view.start)) / (warp(view.end) - warp(view.start));

describe('showsWhole()', () => {
  it('is true for the whole view, and for one short of it by less than a hair at either end', () => {
    expect(showsWhole(WHOLE, WHOLE, NO_WARP)).to.equal(true);
    const hair = viewSpan(WHOLE) * HAIR * 0.9;
    expect(showsWhole({ start: WHOLE.start + hair, end: WHOLE.end - hair }, WHOLE, NO_WARP)).to.equal(true);
    expect(showsWhole({ start: WHOLE.start + 3 * hair, end: WHOLE.end }, WHOLE, NO_WARP)).to.equal(false);
  });

  it('is false, squeezed, for a view that leaves out the first two days though it spans 99.7 % of the time', () => {
    const view = { start: at('1992-04-30'), end: WHOLE.end };
    expect(viewSpan(view) / viewSpan(WHOLE)).to.be.greaterThan(0.99);
    expect(showsWhole(view, WHOLE, WARP)).to.equal(false);
  });
});

describe('zoomWithin()', () => {
  const view: TimeView = { start: at('1992-04-28T18:00Z'), end: at('1992-05-01T20:34Z') };
  const harris = at('1992-04-29');

  it('zooms in about the instant, which stays where it is', () => {
    const wide = { start: at('1992-04-28'), end: at('1992-05-20') };
    const zoomed = zoomWithin(wide, 2, harris, WHOLE, WARP, MIN);
    expect(place(zoomed, harris)).to.be.closeTo(place(wide, harris), 1e-9);
    // Half as much as drawn (the view reaches into the squeezed stretch: not half as much time).
    const drawnSpan = ({ start, end }: TimeView) => WARP.warp(end) - WARP.warp(start);
    expect(drawnSpan(zoomed)).to.be.closeTo(drawnSpan(wide) / 2, 1);
  });

  it('stops at the narrowest view with the instant still in place, not widened about the middle', () => {
    const zoomed = zoomWithin(view, 2, harris, WHOLE, WARP, MIN);
    expect(viewSpan(zoomed)).to.be.at.least(MIN);
    expect(viewSpan(zoomed)).to.be.closeTo(MIN, 1);
    expect(place(zoomed, harris)).to.be.closeTo(place(view, harris), 1e-9);
  });

  it('at the narrowest view, zooming in returns the view as it is', () => {
    const narrowest = { start: at('1992-04-28T18:00Z'), end: at('1992-04-28T18:00Z') + MIN };
    expect(zoomWithin(narrowest, 2, harris, WHOLE, WARP, MIN)).to.equal(narrowest);
  });

  it('zooms out within the whole view, as drawn: never past either end', () => {
    const late = { start: at('1993-11-19'), end: at('1993-11-24') };
    const zoomed = zoomWithin(late, 0.5, at('1993-11-24'), WHOLE, WARP, MIN);
    expect(zoomed.end).to.be.at.most(WHOLE.end);
    expect(zoomed.start).to.be.at.least(WHOLE.start);
    // Twice the drawn span, kept: shifted back from the end, not shrunk.
    expect(WARP.warp(zoomed.end) - WARP.warp(zoomed.start)).to.be.closeTo(2 * (WARP.warp(late.end) - WARP.warp(late.start)), 1);
  });

  it('zooming out to within a hair of the whole view is the whole view', () => {
    const { warp, unwarp } = WARP;
    const [u0, u1] = [warp(WHOLE.start), warp(WHOLE.end)];
    const nearly = { start: unwarp(u0 + (u1 - u0) * 0.002), end: unwarp(u1 - (u1 - u0) * 0.001) };
    expect(zoomWithin(nearly, 0.999, undefined, WHOLE, WARP, MIN)).to.deep.equal(WHOLE);
    expect(zoomWithin(view, 0.001, undefined, WHOLE, WARP, MIN)).to.deep.equal(WHOLE);
  });
});

describe('panToIncludeWarped()', () => {
  const zoomed: TimeView = { start: at('1992-04-28T18:00Z'), end: at('1992-05-01T20:00Z') };

  it('pans over a squeezed stretch by what is drawn: the last event well inside, the view ending with the whole', () => {
    const last = at('1993-11-24');
    const view = panToIncludeWarped(zoomed, last, last + DAY, WARP, WHOLE);
    expect(place(view, last)).to.be.within(0.5, 0.95);
    expect(view.end).to.be.at.most(WHOLE.end + 1);
    // As wide on screen as before.
    expect(WARP.warp(view.end) - WARP.warp(view.start)).to.be.closeTo(WARP.warp(zoomed.end) - WARP.warp(zoomed.start), 1);
  });

  it('leaves a view that shows the event as it is', () => {
    const inside = at('1992-04-30');
    expect(panToIncludeWarped(zoomed, inside, inside + DAY, WARP, WHOLE)).to.equal(zoomed);
  });
});
