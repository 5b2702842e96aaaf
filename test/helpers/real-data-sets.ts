/**
 * Real public data sets that nobody here wrote (the npm package vega-datasets), turned into this
 * element's own events format by code, field by field: a burst inside a long span (la-riots), thousands
 * of films over a century in a dozen genres (movies), reigns over centuries (monarchs), and a week of
 * earthquakes timed to the second.
 */
import { dsvFormat } from 'd3-dsv';
import { parseEventsDocument } from '../../src/model/parse.js';
import type { TimelineDocument } from '../../src/model/types.js';

const BASE = '/node_modules/vega-datasets/data/';

export type RealDataName = 'la-riots' | 'movies' | 'monarchs' | 'earthquakes';

export interface RawEvent {
  title: string;
  start: string;
  end?: string;
  category?: string;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** "Jun 12 1998" as EDTF, "1998-06-12"; undefined when it is not that shape. */
function monthDayYear(text: unknown): string | undefined {
  const match = typeof text === 'string' ? /^([A-Z][a-z]{2}) (\d{2}) (\d{4})$/.exec(text) : null;
  const month = match ? MONTHS.indexOf(match[1]) + 1 : 0;
  return match && month ? `${match[3]}-${pad(month)}-${match[2]}` : undefined;
}

const converters: Record<RealDataName, (text: string) => RawEvent[]> = {
  'la-riots': (text) =>
    dsvFormat(',')
      .parse(text)
      .map((row) => ({ title: `${row.first_name} ${row.last_name}`.trim(), start: row.death_date!, category: row.type || undefined })),
  movies: (text) =>
    (JSON.parse(text) as Record<string, unknown>[]).flatMap((film) => {
      const start = monthDayYear(film['Release Date']);
      const genre = film['Major Genre'];
      return start ? [{ title: String(film.Title), start, ...(typeof genre === 'string' ? { category: genre } : {}) }] : [];
    }),
  monarchs: (text) =>
    (JSON.parse(text) as { name: string; start: number; end: number }[]).map((reign) => ({
      title: reign.name,
      start: pad(reign.start, 4),
      end: pad(reign.end, 4),
    })),
  earthquakes: (text) =>
    (JSON.parse(text) as { features: { properties: { time: number; place: string; mag: number } }[] }).features.map(({ properties }) => ({
      title: `M${properties.mag} ${properties.place}`,
      // To the second, as the feed's milliseconds are not an EDTF precision.
      start: new Date(Math.floor(properties.time / 1000) * 1000).toISOString().replace('.000Z', 'Z'),
    })),
};

const files: Record<RealDataName, string> = {
  'la-riots': 'la-riots.csv',
  movies: 'movies.json',
  monarchs: 'monarchs.json',
  earthquakes: 'earthquakes.json',
};

const cache = new Map<RealDataName, Promise<RawEvent[]>>();

/** The data set's events in this element's format, as a page would give them to `events`. */
export function realEvents(name: RealDataName): Promise<RawEvent[]> {
  let loaded = cache.get(name);
  if (!loaded) {
    loaded = fetch(BASE + files[name]).then(async (response) => {
      if (!response.ok) throw new Error(`${files[name]}: ${response.status}`);
      return converters[name](await response.text());
    });
    cache.set(name, loaded);
  }
  return loaded;
}

/** The data set read as the element reads it; fails on any problem, so that a test never runs on half the data. */
export async function realDocument(name: RealDataName): Promise<TimelineDocument> {
  const doc = parseEventsDocument(await realEvents(name));
  const errors = doc.problems.filter((problem) => problem.severity === 'error');
  if (errors.length) throw new Error(`${name}: ${errors.length} events could not be read, e.g. ${JSON.stringify(errors[0])}`);
  return doc;
}

/** The article the element was made for, read as the element reads it. */
export async function articleDocument(): Promise<TimelineDocument> {
  const response = await fetch('/data/article-events.json');
  return parseEventsDocument(await response.json());
}
