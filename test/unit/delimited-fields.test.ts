import { expect } from '@open-wc/testing';
import { readEventsText, readEventsValue, type ReadDocument } from '../../src/model/read.js';

// `fields` may read one column into several event fields, in a table as in JSON: the tables below are
// the first lines of vega-datasets' files, and the last tests read the whole files.

/** What the tests compare of each event: its texts, dates, category, group and the fields kept as written. */
function summary(doc: ReadDocument): unknown[] {
  return doc.events.map((event) => ({
    title: event.title,
    start: event.start.text,
    end: event.end?.text,
    category: event.category,
    group: event.group,
    place: event.place,
    extra: event.extra,
  }));
}

const SEATTLE = 'date,precipitation,temp_max,temp_min,wind,weather\n2012-01-01,0.0,12.8,5.0,4.7,drizzle\n2012-01-02,10.9,10.6,2.8,4.5,rain\n';
const IOWA = 'year,source,net_generation\n2001-01-01,Fossil Fuels,35361\n2001-01-01,Nuclear Energy,3853\n';

/** The same rows as JSON records, all values strings, as a table holds them. */
function records(table: string): Record<string, string>[] {
  const [header, ...rows] = table.trim().split('\n').map((line) => line.split(','));
  return rows.map((row) => Object.fromEntries(header.map((name, i) => [name, row[i]])));
}

describe('a table column read into several event fields', () => {
  it('feeds both the title and the category (seattle-weather.csv)', () => {
    const doc = readEventsText(SEATTLE, { format: 'csv', fields: 'title:weather, start:date, category:weather' });
    expect(doc.problems).to.deep.equal([]);
    expect(doc.events.map((event) => [event.title['*'], event.start.text, event.category])).to.deep.equal([
      ['drizzle', '2012-01-01', 'drizzle'],
      ['rain', '2012-01-02', 'rain'],
    ]);
  });

  it('feeds both the group and the category (iowa-electricity.csv)', () => {
    const doc = readEventsText(IOWA, { format: 'csv', fields: 'title:net_generation, start:year, group:source, category:source' });
    expect(doc.problems).to.deep.equal([]);
    expect(doc.events.map((event) => [event.title['*'], event.group, event.category])).to.deep.equal([
      ['35361', 'Fossil Fuels', 'Fossil Fuels'],
      ['3853', 'Nuclear Energy', 'Nuclear Energy'],
    ]);
  });

  it('feeds both the title and the start, with no columns-missing error', () => {
    const doc = readEventsText(SEATTLE, { format: 'csv', fields: 'title:date, start:date' });
    expect(doc.problems.map((problem) => problem.code)).to.deep.equal([]);
    expect(doc.events.map((event) => [event.title['*'], event.start.text])).to.deep.equal([
      ['2012-01-01', '2012-01-01'],
      ['2012-01-02', '2012-01-02'],
    ]);
  });

  it('does the same in TSV', () => {
    const doc = readEventsText(SEATTLE.replaceAll(',', '\t'), { format: 'tsv', fields: 'title:weather, start:date, category:weather' });
    expect(doc.events.map((event) => [event.title['*'], event.category])).to.deep.equal([['drizzle', 'drizzle'], ['rain', 'rain']]);
  });

  it('lets a mapped column win over a column that already has the field name, as JSON does', () => {
    // JSON overwrites the record's own `title` with the mapped one; the table must not let column order decide.
    for (const table of ['title,name,start\nOwn,Mapped,2016\n', 'name,title,start\nMapped,Own,2016\n']) {
      const doc = readEventsText(table, { format: 'csv', fields: 'title:name' });
      expect(doc.events.map((event) => event.title['*'])).to.deep.equal(['Mapped']);
      expect(summary(doc)).to.deep.equal(summary(readEventsValue(records(table), { fields: 'title:name' })));
    }
  });

  it('reads the same events from a table as from the same rows in JSON', () => {
    const cases: [string, string][] = [
      [SEATTLE, 'title:weather, start:date, category:weather'],
      [SEATTLE, 'title:date, start:date'],
      [SEATTLE, 'title:weather, start:date, end:date, place:weather, category:wind'],
      [IOWA, 'title:source, start:year, group:source, category:source'],
      [IOWA, 'title:year, start:year, category:net_generation'],
      ['name,start,end\nElizabeth,1565,1603\nJames I,1603,1625\n', 'title:start, start:start'],
      ['name,start,end\nElizabeth,1565,1603\nJames I,1603,1625\n', 'title:name, category:name, group:end'],
    ];
    for (const [table, fields] of cases) {
      const fromTable = readEventsText(table, { format: 'csv', fields });
      const fromJson = readEventsValue(records(table), { fields });
      expect(fromTable.events.length, fields).to.be.greaterThan(0);
      expect(summary(fromTable), fields).to.deep.equal(summary(fromJson));
      expect(fromTable.problems, fields).to.deep.equal(fromJson.problems);
    }
  });
});

describe('the vega-datasets files, read whole', () => {
  async function read(name: string, fields: string): Promise<ReadDocument> {
    const text = await (await fetch(`/node_modules/vega-datasets/data/${name}`)).text();
    return readEventsText(text, { format: 'csv', fields });
  }

  it('seattle-weather.csv: every day has its weather as title and category', async () => {
    const doc = await read('seattle-weather.csv', 'title:weather, start:date, category:weather');
    expect(doc.problems).to.deep.equal([]);
    expect(doc.events.length).to.equal(1461);
    expect(doc.events.every((event) => event.category && event.category === event.title['*'])).to.equal(true);
    // The legend's entries: the categories the events use.
    expect([...new Set(doc.events.map((event) => event.category))].sort()).to.deep.equal(['drizzle', 'fog', 'rain', 'snow', 'sun']);
  });

  it('seattle-weather.csv: the date as title and start', async () => {
    const doc = await read('seattle-weather.csv', 'title:date, start:date');
    expect(doc.problems).to.deep.equal([]);
    expect(doc.events.length).to.equal(1461);
    expect(doc.events.every((event) => event.title['*'] === event.start.text)).to.equal(true);
  });

  it('iowa-electricity.csv: the source as group and category', async () => {
    const doc = await read('iowa-electricity.csv', 'title:net_generation, start:year, group:source, category:source');
    expect(doc.problems).to.deep.equal([]);
    expect(doc.events.length).to.be.greaterThan(0);
    expect(doc.events.every((event) => event.group && event.group === event.category)).to.equal(true);
    expect(new Set(doc.events.map((event) => event.category)).size).to.equal(3);
  });
});
