import { expect } from '@open-wc/testing';
// The words for problems load on demand in the element; here they are wanted at once.
import '../../src/i18n/problems/index.js';
import { dateReader, precisionOf } from '../../src/model/mapping/date-format.js';
import { applyFields, parseFields, valueAt } from '../../src/model/mapping/field-map.js';
import { readEventsText, readEventsValue } from '../../src/model/read.js';
import { describeProblem } from '../../src/time/words.js';

describe('the fields attribute', () => {
  it('parseFields() reads event field:data field pairs, in any case, and names what it cannot read', () => {
    const { mappings, problems } = parseFields(' Title : name, START:death_date, date text:Display Date,, oops, colour:red ');
    expect(mappings).to.deep.equal([
      { target: 'title', source: 'name' },
      { target: 'start', source: 'death_date' },
      { target: 'dateText', source: 'Display Date' },
    ]);
    expect(problems.map((problem) => [problem.code, problem.value])).to.deep.equal([['fields-invalid', 'oops'], ['fields-invalid', 'colour:red']]);
    expect(describeProblem(problems[0], 'en')).to.contain('fields="title:name, start:date"');
  });

  it('valueAt() follows dotted paths, matching names without case or spacing', () => {
    const record = { 'Release Date': 'Jun 12 1998', properties: { Time: 5, 'a.b': 1 } };
    expect(valueAt(record, 'release_date')).to.deep.equal({ found: true, value: 'Jun 12 1998' });
    expect(valueAt(record, 'properties.time')).to.deep.equal({ found: true, value: 5 });
    expect(valueAt(record, 'properties.missing')).to.deep.equal({ found: false });
    expect(valueAt(record, 'Release Date.x')).to.deep.equal({ found: false });
  });

  it('applyFields() moves a top-level field, copies a nested one, and leaves the event field when the record lacks the source', () => {
    const { mappings } = parseFields('title:name, start:properties.time, category:type');
    expect(applyFields({ name: 'A', properties: { time: 1 }, type: 'x', other: 1 }, mappings)).to.deep.equal({
      title: 'A', start: 1, category: 'x', properties: { time: 1 }, other: 1,
    });
    expect(applyFields({ title: 'Kept', start: '2016' }, mappings)).to.deep.equal({ title: 'Kept', start: '2016' });
    expect(applyFields('not a record', mappings)).to.equal('not a record');
  });

  it('reads JSON records through fields, naming a source that no record has', () => {
    const doc = readEventsValue([{ name: 'Elizabeth', start: 1565, end: 1603 }, { name: 'James I', start: 1603, end: 1625 }], { fields: 'title:name, place:palace' });
    expect(doc.events.map((event) => [event.title['*'], event.start.text, event.end?.text])).to.deep.equal([['Elizabeth', '1565', '1603'], ['James I', '1603', '1625']]);
    expect(doc.problems.map((problem) => [problem.code, problem.field, problem.value, problem.detail])).to.deep.equal([
      ['field-not-found', 'place', 'palace', 'name, start, end'],
    ]);
    expect(describeProblem(doc.problems[0], 'ru')).to.contain('"palace"').and.contain('name, start, end');
  });

  it('renames table columns through fields, keeping the language after a colon', () => {
    const doc = readEventsText('death_date,Name,type\n1992-04-30,Cesar,Homicide\n', { format: 'csv', fields: 'start:death date, title:name, category:TYPE' });
    expect(doc.problems).to.deep.equal([]);
    expect(doc.events.map((event) => [event.start.text, event.title['*'], event.category])).to.deep.equal([['1992-04-30', 'Cesar', 'Homicide']]);
  });
});

describe('mapEvent', () => {
  const csv = 'first_name,last_name,death_date\nCesar A.,Aguilar,1992-04-30\nGeorge,Alvarez,1992-05-01\n,,\nskip,me,1992-05-02\n';
  const mapEvent = (record: Record<string, string>) => (record.first_name === 'skip' ? null : { ...record, title: `${record.first_name} ${record.last_name}` });

  it('gets each row after fields renamed it, and what it returns is the event; null leaves the row out, in a notice', () => {
    const doc = readEventsText(csv, { format: 'csv', fields: 'start:death_date', mapEvent });
    expect(doc.events.map((event) => [event.title['*'], event.start.text, event.extra])).to.deep.equal([
      ['Cesar A. Aguilar', '1992-04-30', { first_name: 'Cesar A.', last_name: 'Aguilar' }],
      ['George Alvarez', '1992-05-01', { first_name: 'George', last_name: 'Alvarez' }],
    ]);
    expect(doc.problems.map((problem) => [problem.code, problem.index])).to.deep.equal([['start-missing', 2]]);
    expect(doc.notices?.map((notice) => [notice.code, notice.count])).to.deep.equal([['map-event-skipped', 1]]);
  });

  it('that throws loses only that record, named with what it said', () => {
    const doc = readEventsValue([{ t: 'A', s: '2016' }, { s: '2017' }], {
      mapEvent: (record) => ({ title: record.t.toUpperCase(), start: record.s }),
    });
    expect(doc.events.map((event) => event.title['*'])).to.deep.equal(['A']);
    expect(doc.problems.map((problem) => [problem.code, problem.index])).to.deep.equal([['map-event-failed', 1]]);
    expect(describeProblem(doc.problems[0], 'en')).to.match(/^Event 2: mapEvent threw ".+", so the event is left out/);
  });
});

describe('the date-format attribute', () => {
  it('precisionOf() takes the finest directive of the pattern', () => {
    expect(['%Y', '%b %Y', '%b %d %Y', '%d.%m.%Y %H:%M', '%s', '%Q', '%Y-%m-%dT%H:%M:%S.%LZ', '%Y Q%q'].map(precisionOf)).to.deep.equal(
      ['year', 'month', 'day', 'minute', 'second', 'millisecond', 'millisecond', 'month'],
    );
  });

  it('dateReader() reads in UTC at the pattern\'s precision, leaves the element\'s own syntax to it, and names a mismatch', () => {
    const read = dateReader('%b %d %Y');
    const june = read('Jun 12 1998');
    expect(june && june.ok && [june.date.start, june.date.end, june.date.precision]).to.deep.equal([Date.UTC(1998, 5, 12), Date.UTC(1998, 5, 13), 'day']);
    expect(read('1998-06-12')).to.equal(undefined);
    expect(read('June twelfth')).to.deep.equal({ ok: false, code: 'date-format-mismatch', detail: '%b %d %Y' });
    const ms = dateReader('%Q')(1517966773840);
    expect(ms && ms.ok && [ms.date.start, ms.date.precision]).to.deep.equal([1517966773840, 'millisecond']);
    const seconds = dateReader('%s')('1517966773');
    expect(seconds && seconds.ok && [seconds.date.start, seconds.date.precision]).to.deep.equal([1517966773000, 'second']);
    const dotted = dateReader('%d.%m.%Y')('15.12.2016');
    expect(dotted && dotted.ok && dotted.date.start).to.equal(Date.UTC(2016, 11, 15));
  });

  it('reads start and end with the pattern, and says the pattern when a date does not match', () => {
    const doc = readEventsValue([{ title: 'A', start: 'Jun 12 1998', end: 'Jul 01 1998' }, { title: 'B', start: 'Jun 31st' }], { dateFormat: '%b %d %Y' });
    expect(doc.events.map((event) => [event.start.text, event.end?.text])).to.deep.equal([['1998-06-12', '1998-07-01']]);
    expect(doc.problems.map((problem) => [problem.code, problem.detail])).to.deep.equal([['date-format-mismatch', '%b %d %Y']]);
    expect(describeProblem(doc.problems[0], 'en')).to.contain('does not match the date format "%b %d %Y"');
  });
});

describe('GeoJSON', () => {
  const quake = (time: unknown, more: Record<string, unknown> = {}) => ({
    type: 'Feature', id: `q${String(time)}`, geometry: { type: 'Point', coordinates: [-118.66, 34.49, 26.49] },
    properties: { mag: 2, place: '4km W of Castaic, CA', time, title: 'M 2.0 - 4km W of Castaic, CA', ...more },
  });

  it('reads each feature\'s properties with no options: title, and time in milliseconds; the geometry and id kept', () => {
    const doc = readEventsValue({ type: 'FeatureCollection', features: [quake(1517966773840)] });
    expect(doc.format).to.equal('geojson');
    expect(doc.problems).to.deep.equal([]);
    const [event] = doc.events;
    expect([event.id, event.title['*'], event.place?.['*'], event.start.start, event.start.precision]).to.deep.equal([
      'q1517966773840', 'M 2.0 - 4km W of Castaic, CA', '4km W of Castaic, CA', 1517966773840, 'millisecond']);
    expect(event.extra).to.deep.include({ mag: 2, time: 1517966773840, geometry: { type: 'Point', coordinates: [-118.66, 34.49, 26.49] } });
  });

  it('takes name for the title and date for the start, or what fields and date-format say', () => {
    const named = { type: 'FeatureCollection', features: [{ type: 'Feature', geometry: null, properties: { name: 'Yerevan', date: '2782 BC' } }] };
    const withoutFormat = readEventsValue(named);
    expect(withoutFormat.problems.map((problem) => [problem.code, problem.value])).to.deep.equal([['date-syntax', '2782 BC']]);
    const seconds = readEventsValue({ type: 'FeatureCollection', features: [quake('x', { updated: '1517966996' })] }, { fields: 'start:updated', dateFormat: '%s' });
    expect(seconds.events[0].start.start).to.equal(1517966996000);
  });

  it('reads a field named by its path in the file, properties.time, as the property it is', () => {
    const doc = readEventsValue({ type: 'FeatureCollection', features: [quake(1517966773840, { headline: 'Castaic', updated: '1517966996' })] }, {
      fields: 'title:properties.headline, start:Properties.Updated',
      dateFormat: '%s',
    });
    expect(doc.problems).to.deep.equal([]);
    expect([doc.events[0].title['*'], doc.events[0].start.start]).to.deep.equal(['Castaic', 1517966996000]);
  });
});

describe('TimelineJS\'s Google Sheets template as CSV', () => {
  const header = 'Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background';
  it('is read as the sheet it is: the title row, slides with times, eras, pictures', () => {
    const text = [
      header,
      ',,,,,,,,,MY OWN CSV,"<p class=""lead"">In this sample timeline</p>",,,,,title,,https://example.org/bg.gif',
      '1815,12,10,,1852,11,27,,,Ada Lovelace,<p>Women have been programming</p>,https://upload.wikimedia.org/a.jpg,Wikimedia Commons,"<a href=""https://x.org"">Portrait</a>",,,,',
      '1943,6,5,2:30 PM,,,,,,The First Computer,ENIAC,,,,,,Machines,#ffeeee',
      '1939,,,,1945,,,,,The war,,,,,,era,,',
    ].join('\n');
    const doc = readEventsText(text, { url: 'my-own-timeline.csv' });
    expect(doc.format).to.equal('timelinejs');
    expect(doc.problems).to.deep.equal([]);
    expect([doc.title, doc.description]).to.deep.equal([{ '*': 'MY OWN CSV' }, { '*': 'In this sample timeline' }]);
    const ada = doc.events.find((event) => event.title['*'] === 'Ada Lovelace')!;
    expect([ada.start.text, ada.end?.text, ada.media]).to.deep.equal(['1815-12-10', '1852-11-27',
      { src: 'https://upload.wikimedia.org/a.jpg', alt: { '*': 'Portrait' }, credit: { '*': 'Wikimedia Commons' }, link: undefined }]);
    const computer = doc.events.find((event) => event.title['*'] === 'The First Computer')!;
    // The sheet's Group column is the event's group (its row), as TimelineJS's group is.
    expect([computer.start.text, computer.group, computer.category]).to.deep.equal(['1943-06-05T14:30Z', 'Machines', undefined]);
    expect(doc.events.find((event) => event.category === 'era')?.title).to.deep.equal({ '*': 'The war' });
    expect((doc.notices ?? []).map((notice) => notice.field)).to.deep.equal(['title.background', 'background']);
  });
});
