/**
 * The benchmark's data: N events from a seeded generator, the same array for both components.
 * Plain ES module with no imports, so the pages import it as it is (`/bench/data.mjs`) and Node can too.
 *
 * Events, in the element's own input format (JSON-like objects, dates as strings):
 *   - ids `e1` … `eN`, titles `Event 1` … `Event N`, one of six categories;
 *   - 50 % day points (`YYYY-MM-DD`), 20 % month points (`YYYY-MM`, the whole month), 30 % ranges
 *     (`start`/`end`, days, from one day to about five years long);
 *   - all from 1950 to 2020 (a range may end up to five years later).
 */

export const SEED = 20240601;
export const CATEGORIES = ['politics', 'science', 'culture', 'sport', 'economy', 'disaster'];
export const FIRST_YEAR = 1950;
export const LAST_YEAR = 2020;
const DAY = 86_400_000;

/** mulberry32: a small, fast 32-bit PRNG; returns floats in [0, 1). */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n, width = 2) => String(n).padStart(width, '0');
const isoDay = (ms) => {
  const d = new Date(ms);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
};

/** N events, always the same for the same N and seed. */
export function generateEvents(n, seed = SEED) {
  const random = mulberry32(seed);
  const from = Date.UTC(FIRST_YEAR, 0, 1);
  const to = Date.UTC(LAST_YEAR, 11, 31);
  const days = Math.round((to - from) / DAY);
  const events = new Array(n);
  for (let i = 0; i < n; i++) {
    const day = from + Math.floor(random() * (days + 1)) * DAY;
    const kind = random();
    const event = { id: `e${i + 1}`, start: isoDay(day), title: `Event ${i + 1}`, category: CATEGORIES[Math.floor(random() * CATEGORIES.length)] };
    if (kind < 0.2) {
      event.start = event.start.slice(0, 7); // a month
    } else if (kind >= 0.5) {
      // a range: 1 day to ~5 years, skewed towards short ones
      const length = 1 + Math.floor(random() ** 3 * 5 * 365);
      event.end = isoDay(day + length * DAY);
    }
    events[i] = event;
  }
  return events;
}

/** UTC ms of the start and the (exclusive) end of an ISO day `YYYY-MM-DD` or month `YYYY-MM`. */
function span(text) {
  const [y, m, d] = text.split('-').map(Number);
  if (d === undefined) return [Date.UTC(y, m - 1, 1), Date.UTC(y, m, 1)];
  return [Date.UTC(y, m - 1, d), Date.UTC(y, m - 1, d + 1)];
}

/**
 * The same events as vis-timeline items (`{id, content, start, end?, type, className}` with Dates),
 * drawn as the element draws them: a day is a point, a month is a range over the month, and a range
 * runs from the start of its first day to the end of its last day. The category becomes a class name
 * (a colour), not a vis group, so that both components lay everything out in one band.
 */
export function toVisItems(events) {
  return events.map((event) => {
    const [start, startEnd] = span(event.start);
    const item = { id: event.id, content: event.title, className: `cat-${event.category}` };
    // Grouped data (issue 14): the same groups as vis-timeline's groups, one band each.
    if (event.group !== undefined) item.group = event.group;
    if (event.end !== undefined) {
      item.start = new Date(start);
      item.end = new Date(span(event.end)[1]);
      item.type = 'range';
    } else if (event.start.length === 7) {
      item.start = new Date(start);
      item.end = new Date(startEnd);
      item.type = 'range';
    } else {
      item.start = new Date(start);
      item.type = 'point';
    }
    return item;
  });
}

/**
 * The scripted zoom and pan, as views in UTC ms: from the whole span (1950–2025) into the 1980s in
 * `zoomSteps` steps (geometric, as a wheel zooms), a pan across two decades (1980s → 2000s) in `panSteps`
 * steps, and back out to the whole span in `zoomSteps` steps. 20 + 20 + 20 = 60 views by default.
 */
export function zoomPanScript({ zoomSteps = 20, panSteps = 20 } = {}) {
  const whole = [Date.UTC(FIRST_YEAR, 0, 1), Date.UTC(LAST_YEAR + 5, 0, 1)];
  const decade = [Date.UTC(1980, 0, 1), Date.UTC(1990, 0, 1)];
  const panTo = [Date.UTC(2000, 0, 1), Date.UTC(2010, 0, 1)];
  const lerp = (a, b, t) => a + (b - a) * t;
  const zoom = (from, to, t) => {
    // The span shrinks geometrically; the centre moves linearly.
    const spanNow = (from[1] - from[0]) * ((to[1] - to[0]) / (from[1] - from[0])) ** t;
    const centre = lerp((from[0] + from[1]) / 2, (to[0] + to[1]) / 2, t);
    return { start: Math.round(centre - spanNow / 2), end: Math.round(centre + spanNow / 2) };
  };
  const views = [];
  for (let i = 1; i <= zoomSteps; i++) views.push(zoom(whole, decade, i / zoomSteps));
  for (let i = 1; i <= panSteps; i++) views.push({ start: Math.round(lerp(decade[0], panTo[0], i / panSteps)), end: Math.round(lerp(decade[1], panTo[1], i / panSteps)) });
  for (let i = 1; i <= zoomSteps; i++) views.push(zoom(panTo, whole, i / zoomSteps));
  return views;
}

/**
 * The mix of issue 15 (a million events without freezing the page): 90 % day points, 10 % ranges of whole
 * months (`start` and `end` as `YYYY-MM`, one month to two years), over the same years and categories.
 */
export function generateMonthRanges(n, seed = SEED) {
  const random = mulberry32(seed);
  const from = Date.UTC(FIRST_YEAR, 0, 1);
  const days = Math.round((Date.UTC(LAST_YEAR, 11, 31) - from) / DAY);
  const events = new Array(n);
  for (let i = 0; i < n; i++) {
    const day = isoDay(from + Math.floor(random() * (days + 1)) * DAY);
    const event = { id: `e${i + 1}`, start: day, title: `Event ${i + 1}`, category: CATEGORIES[Math.floor(random() * CATEGORIES.length)] };
    if (random() < 0.1) {
      const [y, m] = day.split('-').map(Number);
      const last = m - 1 + Math.floor(random() * 24);
      event.start = day.slice(0, 7);
      event.end = `${pad(y + Math.floor(last / 12), 4)}-${pad((last % 12) + 1)}`;
    }
    events[i] = event;
  }
  return events;
}

/** The number of groups (swimlanes) of the `grouped` data (issue 14). */
export const GROUPS = 50;

/** The `mixed` events, each in one of GROUPS groups (`g1`…`g50`, seeded). */
export function generateGrouped(n, seed = SEED) {
  const random = mulberry32(seed + 1);
  return generateEvents(n, seed).map((event) => ({ ...event, group: `g${1 + Math.floor(random() * GROUPS)}` }));
}

/** Which generator a run uses: `mixed` (the peers' comparison), `month-ranges` (issue 15) or `grouped` (issue 14). */
export const GENERATORS = { mixed: generateEvents, 'month-ranges': generateMonthRanges, grouped: generateGrouped };
