import { expect } from '@open-wc/testing';
// Every language's words, the problems' included, at once: the element loads them on demand.
import '../../src/languages.js';
import { readEventsText, readEventsValue, type ReadDocument } from '../../src/model/read.js';
import type { Problem } from '../../src/model/types.js';
import { describeProblem } from '../../src/time/words.js';

// What a tester met reading vega-datasets' tables: the first lines of the files, then the whole files.

const SEATTLE = 'date,precipitation,temp_max,temp_min,wind,weather\n2012-01-01,0.0,12.8,5.0,4.7,drizzle\n2012-01-02,10.9,10.6,2.8,4.5,rain\n';
const HURRICANES = 'state,id,population,engineers,hurricanes\nAlabama,1,4863300,0.003421545,22\nAlaska,2,741894,0.001590524,0\nArizona,4,6931071,0.004774154,0\n';
const LANGUAGES = ['en', 'hy', 'ru'];

/** The same rows as JSON records, all values strings, as a table holds them. */
function records(table: string): Record<string, string>[] {
  const [header, ...rows] = table.trim().split('\n').map((line) => line.split(','));
  return rows.map((row) => Object.fromEntries(header.map((name, i) => [name, row[i]])));
}

async function file(name: string): Promise<string> {
  return (await fetch(`/node_modules/vega-datasets/data/${name}`)).text();
}

const words = (doc: ReadDocument, lang: string) => doc.problems.map((problem) => describeProblem(problem, lang));

describe('a fields entry whose column the table does not have', () => {
  const fields = 'title:name, start:date, category:typo';
  const table = 'name,date\nA,2016\nB,2017\n';

  it('is a field-not-found warning, as in JSON, and the rest is drawn', () => {
    const doc = readEventsText(table, { format: 'csv', fields });
    expect(doc.events.map((event) => [event.title['*'], event.start.text, event.category])).to.deep.equal([['A', '2016', undefined], ['B', '2017', undefined]]);
    expect(doc.problems).to.deep.equal([{ code: 'field-not-found', severity: 'warning', field: 'category', value: 'typo', detail: 'name, date' }]);
    expect(doc.problems).to.deep.equal(readEventsValue(records(table), { fields }).problems);
  });

  it('is said in the same words as JSON, in en, hy and ru, in CSV and TSV', () => {
    const json = readEventsValue(records(SEATTLE), { fields: 'title:weather, start:date, category:wether' });
    for (const [text, format] of [[SEATTLE, 'csv'], [SEATTLE.replaceAll(',', '\t'), 'tsv']]) {
      const doc = readEventsText(text, { format, fields: 'title:weather, start:date, category:wether' });
      expect(doc.events, format).to.have.length(2);
      expect(words(doc, 'en'), format).to.have.length(1);
      for (const lang of LANGUAGES) expect(words(doc, lang), `${format} ${lang}`).to.deep.equal(words(json, lang));
    }
    expect(words(json, 'en')[0]).to.equal(
      'The fields attribute reads "category" from "wether", but no record has such a field; its fields are: date, precipitation, temp_max, temp_min, wind, weather. Check the name (case and spaces do not matter).',
    );
  });

  it('follows the error of a table that then lacks title, as JSON names it after its own', () => {
    const doc = readEventsText(table, { format: 'csv', fields: 'title:nme' });
    expect(doc.problems.map((problem) => [problem.code, problem.severity, problem.field])).to.deep.equal([
      ['columns-missing', 'error', undefined],
      ['field-not-found', 'warning', 'title'],
    ]);
  });

  it('is named in the whole seattle-weather.csv, whose 1,461 days are still drawn', async () => {
    const doc = readEventsText(await file('seattle-weather.csv'), { format: 'csv', fields: 'title:weather, start:date, category:typo' });
    expect(doc.events).to.have.length(1461);
    expect(doc.problems.map((problem) => [problem.code, problem.severity, problem.value])).to.deep.equal([['field-not-found', 'warning', 'typo']]);
  });
});

describe('an event named by its position and an id that only repeats it', () => {
  const problem = (index: number, id: string, count?: number): Problem => ({
    code: 'title-missing', severity: 'error', field: 'title', index, id, ...(count ? { count, indexes: [index] } : {}),
  });

  it('is named once, in en, hy and ru', () => {
    expect(describeProblem(problem(0, '1'), 'en')).to.match(/^Event 1 has no title/);
    expect(describeProblem(problem(0, '1', 3), 'en')).to.match(/^3 events \(the first is event 1\) have no title/);
    expect(describeProblem(problem(0, '1'), 'hy')).to.match(/^Իրադարձություն 1՝/);
    expect(describeProblem(problem(0, '1', 3), 'hy')).to.match(/^3 իրադարձություն \(առաջինը՝ իրադարձություն 1\)/);
    expect(describeProblem(problem(0, '1'), 'ru')).to.match(/^Событие 1: нет заголовка/);
    expect(describeProblem(problem(0, '1', 3), 'ru')).to.match(/^3 события \(первое — событие 1\):/);
    // Grouped digits ("1,234", "1 234") are the same number.
    expect(describeProblem(problem(1233, '1234'), 'en')).to.match(/^Event 1,234 has/);
    expect(describeProblem(problem(1233, '1234'), 'ru')).to.not.include('«');
  });

  it('keeps an id that says something else', () => {
    expect(describeProblem(problem(2, 'arrest-minsk'), 'en')).to.match(/^Event 3 \("arrest-minsk"\) has/);
    expect(describeProblem(problem(2, '4'), 'en')).to.match(/^Event 3 \("4"\) has/);
    expect(describeProblem(problem(2, 'arrest-minsk', 2), 'ru')).to.match(/^2 события \(первое — событие 3 «arrest-minsk»\)/);
    expect(describeProblem(problem(2, '4'), 'hy')).to.match(/^Իրադարձություն 3 \(«4»\)/);
  });

  it('population_engineers_hurricanes.csv with counts read as dates: "event 1", not "event 1 ("1")"', async () => {
    const doc = readEventsText(await file('population_engineers_hurricanes.csv'), { format: 'csv', fields: 'title:state, start:hurricanes' });
    const [message] = words(doc, 'en');
    expect(message).to.match(/^\d+ events \(the first is event 1\): their "start" values \(such as "22"\)/);
    for (const lang of LANGUAGES) expect(words(doc, lang)[0], lang).to.not.match(/«1»|"1"/);
  });
});

describe('a table with no start or title column', () => {
  const missing = (text: string, fields?: string): Problem => {
    const [problem] = readEventsText(text, { format: 'csv', fields }).problems;
    expect(problem.code).to.equal('columns-missing');
    return problem;
  };

  it('is told a fields attribute with a column for each, title first (seattle-weather.csv)', () => {
    expect(missing(SEATTLE)).to.include({ detail: 'start, title', suggestion: 'title:weather, start:date' });
    expect(missing('date,name\n2016,A')).to.include({ suggestion: 'title:name, start:date' });
    // With the start given, the title alone.
    expect(missing(SEATTLE, 'start:date')).to.include({ detail: 'title', suggestion: 'title:weather' });
  });

  it('says which field is left to name when no column looks like it, in en, hy and ru', () => {
    const problem = missing(HURRICANES);
    expect(problem).to.include({ detail: 'start, title', suggestion: 'title:state' });
    expect(describeProblem(problem, 'en')).to.include('such as fields="title:state" and "start:" with the name of its column.');
    expect(describeProblem(problem, 'hy')).to.include('fields="title:state", ինչպես նաև "start:"՝ սյունակի անունով։');
    expect(describeProblem(problem, 'ru')).to.include('fields="title:state" и "start:" с названием столбца.');
    // Numbers only: no title is offered, and the message says so.
    const numbers = missing('Date,CO2\n1958-03-01,315.7\n');
    expect(numbers.suggestion).to.equal('start:Date');
    expect(describeProblem(numbers, 'en')).to.include('fields="start:Date" and "title:" with the name of its column.');
  });

  it('reads the whole seattle-weather.csv with the fields it suggests', async () => {
    const text = await file('seattle-weather.csv');
    const { suggestion } = missing(text);
    expect(suggestion).to.equal('title:weather, start:date');
    const doc = readEventsText(text, { format: 'csv', fields: suggestion });
    expect([doc.events.length, doc.problems]).to.deep.equal([1461, []]);
  });
});
