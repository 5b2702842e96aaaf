/**
 * Real public data sets that no one here wrote (the `vega-datasets` devDependency), turned into the
 * element's own format by code, never by hand: each record's fields are renamed and its date rewritten as
 * ISO 8601. (Until the element reads such files through `fields` and `date-format` itself.)
 */
import { csvParse } from 'd3-dsv';

const DATA = '/node_modules/vega-datasets/data';

export interface OwnEvent {
  title: string;
  start: string;
  end?: string;
  category?: string;
}

async function fetchText(file: string): Promise<string> {
  const response = await fetch(`${DATA}/${file}`);
  if (!response.ok) throw new Error(`${file}: HTTP ${response.status}`);
  return response.text();
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const two = (n: number) => String(n).padStart(2, '0');

/** movies.json: 3,201 films over a century, "Release Date" as "Jun 12 1998", in 12 genres ("Major Genre"). */
export async function movies(): Promise<OwnEvent[]> {
  const records = JSON.parse(await fetchText('movies.json')) as Record<string, string | number | null>[];
  return records.flatMap((record) => {
    const match = /^([A-Z][a-z]{2}) (\d{2}) (\d{4})$/.exec(String(record['Release Date'] ?? ''));
    const title = record.Title;
    if (!match || title === null || title === undefined) return [];
    const genre = record['Major Genre'];
    const start = `${match[3]}-${two(MONTHS.indexOf(match[1]) + 1)}-${match[2]}`;
    return [{ title: String(title), start, ...(genre ? { category: String(genre) } : {}) }];
  });
}

/** la-riots.csv: 63 deaths over 19 months, 58 of them within five days of 1992 (day dates), by type. */
export async function laRiots(): Promise<OwnEvent[]> {
  return csvParse(await fetchText('la-riots.csv')).map((row) => ({
    title: `${row.first_name} ${row.last_name}`.trim(),
    start: row.death_date!,
    category: row.type,
  }));
}

/** monarchs.json: 12 reigns over 255 years, in whole years. */
export async function monarchs(): Promise<OwnEvent[]> {
  const records = JSON.parse(await fetchText('monarchs.json')) as { name: string; start: number; end: number }[];
  return records.map((record) => ({ title: record.name, start: String(record.start), end: String(record.end) }));
}

/** earthquakes.json: 1,707 earthquakes in one week of 2018, timestamps to the second, by type. */
export async function earthquakes(): Promise<OwnEvent[]> {
  const collection = JSON.parse(await fetchText('earthquakes.json')) as {
    features: { properties: { place: string; time: number; type: string } }[];
  };
  return collection.features.map(({ properties }) => ({
    title: properties.place,
    // To the second, as the element's own format writes an instant.
    start: new Date(Math.floor(properties.time / 1000) * 1000).toISOString().replace('.000Z', 'Z'),
    category: properties.type,
  }));
}
