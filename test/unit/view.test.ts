import { expect } from '@open-wc/testing';
import { MIN_VIEW_SPAN, clampView, intersects, minViewSpan, panToInclude, sameView, viewSpan, zoomView, type TimeView } from '../../src/layout/view.js';
import { mulberry32 } from '../helpers/random.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** All of 2016 and 2017: the data's extent in these tests. */
const EXTENT: TimeView = { start: Date.UTC(2016, 0, 1), end: Date.UTC(2018, 0, 1) };
const view = (start: number, end: number): TimeView => ({ start, end });

describe('viewSpan()', () => {
  it('viewSpan() is the milliseconds from start to end', () => {
    expect(viewSpan(view(Date.UTC(2016, 0, 1), Date.UTC(2016, 0, 2)))).to.equal(DAY);
  });
});

describe('clampView()', () => {
  it('clampView() leaves a view that is within the limits as it is', () => {
    const inside = view(Date.UTC(2016, 5, 1), Date.UTC(2016, 8, 1));
    expect(clampView(inside, EXTENT)).to.deep.equal(inside);
  });

  it('clampView() shrinks a view wider than the extent to the extent', () => {
    const wide = view(Date.UTC(2010, 0, 1), Date.UTC(2030, 0, 1));
    expect(clampView(wide, EXTENT)).to.deep.equal(EXTENT);
  });

  it('clampView() widens a view narrower than the minimum span about its centre, to 3 hours by default', () => {
    const noon = Date.UTC(2016, 5, 1, 12);
    const narrow = view(noon - 1000, noon + 1000);
    expect(MIN_VIEW_SPAN).to.equal(3 * HOUR);
    expect(clampView(narrow, EXTENT)).to.deep.equal(view(noon - 1.5 * HOUR, noon + 1.5 * HOUR));
    expect(clampView(narrow, EXTENT, DAY)).to.deep.equal(view(noon - DAY / 2, noon + DAY / 2));
  });

  it('clampView() widens an empty or reversed view to the minimum span, not a negative one', () => {
    const noon = Date.UTC(2016, 5, 1, 12);
    expect(viewSpan(clampView(view(noon, noon), EXTENT))).to.equal(MIN_VIEW_SPAN);
    expect(viewSpan(clampView(view(noon + HOUR, noon - HOUR), EXTENT))).to.equal(MIN_VIEW_SPAN);
  });

  it('clampView() moves a view that runs past either end back inside, keeping its span', () => {
    const early = clampView(view(Date.UTC(2015, 11, 1), Date.UTC(2016, 1, 1)), EXTENT);
    expect(early).to.deep.equal(view(EXTENT.start, EXTENT.start + 62 * DAY));
    const late = clampView(view(Date.UTC(2017, 11, 1), Date.UTC(2018, 1, 1)), EXTENT);
    expect(late).to.deep.equal(view(EXTENT.end - 62 * DAY, EXTENT.end));
  });

  it('clampView() brings a view that is wholly outside the extent to the nearer end', () => {
    const before = clampView(view(Date.UTC(2000, 0, 1), Date.UTC(2000, 0, 11)), EXTENT);
    expect(before).to.deep.equal(view(EXTENT.start, EXTENT.start + 10 * DAY));
    const after = clampView(view(Date.UTC(2030, 0, 1), Date.UTC(2030, 0, 11)), EXTENT);
    expect(after).to.deep.equal(view(EXTENT.end - 10 * DAY, EXTENT.end));
  });

  it('clampView() shows the whole extent when the extent is narrower than the minimum span', () => {
    const hour = view(Date.UTC(2016, 0, 1, 10), Date.UTC(2016, 0, 1, 11));
    expect(clampView(view(Date.UTC(2016, 0, 1), Date.UTC(2016, 0, 2)), hour)).to.deep.equal(hour);
    expect(clampView(view(Date.UTC(2016, 0, 1, 10, 30), Date.UTC(2016, 0, 1, 10, 31)), hour)).to.deep.equal(hour);
  });

  it('clampView() gives a view within the limits for any view (500 seeded cases)', () => {
    const random = mulberry32(11);
    const full = viewSpan(EXTENT);
    for (let i = 0; i < 500; i++) {
      const start = EXTENT.start + (random() * 3 - 1) * full;
      const clamped = clampView(view(start, start + random() * random() * 3 * full), EXTENT);
      const where = `case ${i}: ${JSON.stringify(clamped)}`;
      expect(clamped.start, where).to.be.at.least(EXTENT.start);
      expect(clamped.end, where).to.be.at.most(EXTENT.end);
      expect(viewSpan(clamped), where).to.be.at.least(MIN_VIEW_SPAN);
      // Clamping twice changes nothing.
      expect(sameView(clampView(clamped, EXTENT), clamped), where).to.equal(true);
    }
  });
});

describe('zoomView()', () => {
  const year2016 = view(Date.UTC(2016, 0, 1), Date.UTC(2017, 0, 1));

  it('zoomView() by 2 shows half as much time about the centre, by 0.5 twice as much', () => {
    const centre = (year2016.start + year2016.end) / 2;
    const span = viewSpan(year2016);
    expect(zoomView(year2016, 2)).to.deep.equal(view(centre - span / 4, centre + span / 4));
    expect(zoomView(year2016, 0.5)).to.deep.equal(view(centre - span, centre + span));
  });

  it('zoomView() keeps the instant it zooms about at the same place on screen', () => {
    const about = Date.UTC(2016, 2, 1);
    const fraction = (v: TimeView) => (about - v.start) / viewSpan(v);
    for (const factor of [2, 0.5, 8, 1.1]) {
      const zoomed = zoomView(year2016, factor, about);
      expect(fraction(zoomed), `factor ${factor}`).to.be.closeTo(fraction(year2016), 1e-12);
      expect(viewSpan(zoomed), `factor ${factor}`).to.be.closeTo(viewSpan(year2016) / factor, 1);
    }
  });

  it('zoomView() about the view\'s first instant keeps the start where it is', () => {
    expect(zoomView(year2016, 2, year2016.start).start).to.equal(year2016.start);
    expect(zoomView(year2016, 2, year2016.end).end).to.equal(year2016.end);
  });

  it('zoomView() in and then out by the same factor comes back to the view', () => {
    const about = Date.UTC(2016, 9, 13);
    expect(sameView(zoomView(zoomView(year2016, 2, about), 0.5, about), year2016)).to.equal(true);
  });

  it('zoomView() does not limit: clampView() stops a zoom at the minimum span and at the extent', () => {
    let zoomed = year2016;
    for (let i = 0; i < 40; i++) zoomed = clampView(zoomView(zoomed, 2), EXTENT);
    expect(viewSpan(zoomed)).to.equal(MIN_VIEW_SPAN);
    for (let i = 0; i < 40; i++) zoomed = clampView(zoomView(zoomed, 0.5), EXTENT);
    expect(zoomed).to.deep.equal(EXTENT);
  });
});

describe('panToInclude()', () => {
  // A 100-day view: its margin is 8 days on each side.
  const start = Date.UTC(2016, 0, 1);
  const hundredDays = view(start, start + 100 * DAY);

  it('panToInclude() leaves the view as it is when the span is inside, margins included', () => {
    expect(panToInclude(hundredDays, start + 8 * DAY, start + 92 * DAY)).to.equal(hundredDays);
    expect(panToInclude(hundredDays, start + 50 * DAY, start + 50 * DAY)).to.equal(hundredDays);
  });

  it('panToInclude() pans back just enough to show a span that starts in the left margin or before', () => {
    expect(panToInclude(hundredDays, start + 7 * DAY, start + 10 * DAY)).to.deep.equal(view(start - DAY, start + 99 * DAY));
    expect(panToInclude(hundredDays, start - 30 * DAY, start - 29 * DAY)).to.deep.equal(view(start - 38 * DAY, start + 62 * DAY));
  });

  it('panToInclude() pans forward just enough to show a span that ends in the right margin or after', () => {
    expect(panToInclude(hundredDays, start + 90 * DAY, start + 93 * DAY)).to.deep.equal(view(start + DAY, start + 101 * DAY));
    expect(panToInclude(hundredDays, start + 200 * DAY, start + 210 * DAY)).to.deep.equal(view(start + 118 * DAY, start + 218 * DAY));
  });

  it('panToInclude() shows the start of a span longer than the view, and never zooms', () => {
    const long = panToInclude(hundredDays, start + 50 * DAY, start + 400 * DAY);
    expect(long).to.deep.equal(view(start + 42 * DAY, start + 142 * DAY));
    expect(viewSpan(long)).to.equal(viewSpan(hundredDays));
  });

  it('panToInclude() takes another margin when asked, and none with 0', () => {
    expect(panToInclude(hundredDays, start - 10 * DAY, start - 10 * DAY, 0)).to.deep.equal(view(start - 10 * DAY, start + 90 * DAY));
    expect(panToInclude(hundredDays, start + 5 * DAY, start + 5 * DAY, 0)).to.equal(hundredDays);
    expect(panToInclude(hundredDays, start + 15 * DAY, start + 15 * DAY, 0.2)).to.deep.equal(view(start - 5 * DAY, start + 95 * DAY));
  });
});

describe('intersects()', () => {
  const june = view(Date.UTC(2016, 5, 1), Date.UTC(2016, 6, 1));

  it('intersects() counts a span that touches either end of the view as in it', () => {
    expect(intersects(june, Date.UTC(2016, 4, 1), june.start)).to.equal(true);
    expect(intersects(june, june.end, Date.UTC(2016, 7, 1))).to.equal(true);
  });

  it('intersects() counts a span that covers the whole view, and one inside it', () => {
    expect(intersects(june, Date.UTC(2010, 0, 1), Date.UTC(2020, 0, 1))).to.equal(true);
    expect(intersects(june, Date.UTC(2016, 5, 10), Date.UTC(2016, 5, 10))).to.equal(true);
  });

  it('intersects() is false for a span wholly before or after the view, by a millisecond', () => {
    expect(intersects(june, Date.UTC(2016, 4, 1), june.start - 1)).to.equal(false);
    expect(intersects(june, june.end + 1, Date.UTC(2016, 7, 1))).to.equal(false);
  });
});

describe('sameView()', () => {
  const june = view(Date.UTC(2016, 5, 1), Date.UTC(2016, 6, 1));

  it('sameView() takes views within a millisecond at both ends as the same', () => {
    expect(sameView(june, view(june.start + 1, june.end - 1))).to.equal(true);
    expect(sameView(june, view(june.start + 2, june.end))).to.equal(false);
    expect(sameView(june, view(june.start, june.end - 2))).to.equal(false);
  });

  it('sameView() takes another tolerance', () => {
    expect(sameView(june, view(june.start + HOUR, june.end - HOUR), HOUR)).to.equal(true);
    expect(sameView(june, view(june.start + HOUR + 1, june.end), HOUR)).to.equal(false);
  });
});

describe('minViewSpan()', () => {
  it('minViewSpan() is three units of the data\'s finest precision, and never under MIN_VIEW_SPAN', () => {
    expect(minViewSpan('day')).to.equal(3 * 86_400_000);
    expect(minViewSpan('year')).to.equal(3 * 365 * 86_400_000);
    expect(minViewSpan('month')).to.equal(90 * 86_400_000);
    expect(minViewSpan('minute')).to.equal(MIN_VIEW_SPAN);
    expect(minViewSpan('second')).to.equal(MIN_VIEW_SPAN);
  });

  it('clampView() with the day minimum keeps three days in view, zoomed in as far as it goes', () => {
    const extent = view(Date.UTC(1992, 3, 1), Date.UTC(1993, 11, 1));
    const noon = Date.UTC(1992, 3, 30, 12);
    expect(viewSpan(clampView(view(noon - HOUR, noon + HOUR), extent, minViewSpan('day')))).to.equal(3 * 86_400_000);
  });
});
