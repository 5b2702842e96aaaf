/**
 * An event made into a record again reads as the same event (model/event-record.ts): what the `events`
 * property gives a page that let go of its large list. And the holding of that list (model/held-value.ts).
 */
import { expect } from '@open-wc/testing';
import { eventRecord, recordsAgain } from '../../src/model/event-record.js';
import { HeldValue } from '../../src/model/held-value.js';
import { parseEventsDocument } from '../../src/model/parse.js';

/** Every field the format has, each in the ways it may be given, and fields it does not know. */
const RECORDS: unknown[] = [
  { id: 'arrest', title: 'Lapshin arrested in Minsk', start: '[2016-12-14,2016-12-15]', category: 'legal', place: 'Minsk', related: ['extradition'] },
  { id: 'extradition', title: { en: 'Extradited to Baku', hy: 'Արտահանձնվեց Բաքու' }, start: '2017-02-07', description: { en: 'By plane.' }, related: [{ id: 'sentence', label: { en: 'led to' } }] },
  { id: 'sentence', title: 'Sentenced', start: '2017-07-20T10:30:00Z', quote: 'Three years.', dateText: 'July 20', group: 'court', links: ['https://example.org/a', { href: 'https://example.org/b', label: 'B' }] },
  { id: 'visit', title: 'Visit', start: '2017-09~', end: '2017-10?', media: { src: 'https://example.org/p.jpg', alt: 'A plane', credit: 'Agency', link: 'https://example.org/' } },
  { id: 'decoration', title: 'A picture for decoration', start: 2017, media: { src: 'pic.png', alt: '' } },
  { id: 'open', title: 'Still going', start: '2019-03', end: '..', source: 'wire', score: 3, tags: ['a', 'b'] },
  { id: 12, title: 42, start: new Date('2016-12-15T00:00:00Z') },
  { title: 'No id given', start: '-0499' },
  { id: 'season', title: 'Spring', start: '2001-21', end: '2003' },
];

describe('eventRecord()', () => {
  it('gives records that read as the same events, field for field', () => {
    const first = parseEventsDocument(RECORDS);
    expect(first.problems).to.deep.equal([]);
    expect(first.events).to.have.length(RECORDS.length);
    // In the order given, as the element gives them (the events are kept in time order).
    const again = parseEventsDocument([...first.events].sort((a, b) => a.index - b.index).map(eventRecord));
    expect(again.problems).to.deep.equal([]);
    expect(again.events).to.deep.equal(first.events);
  });

  it('writes text in no language as the string given, and text in languages as its map', () => {
    const [arrest, extradition] = parseEventsDocument(RECORDS).events.sort((a, b) => a.index - b.index).map(eventRecord);
    expect(arrest.title).to.equal('Lapshin arrested in Minsk');
    expect(arrest.start).to.equal('[2016-12-14,2016-12-15]');
    expect(extradition.title).to.deep.equal({ en: 'Extradited to Baku', hy: 'Արտահանձնվեց Բաքու' });
    expect(extradition.related).to.deep.equal([{ id: 'sentence', label: { en: 'led to' } }]);
  });

  it('keeps the fields the format does not know, as given, and an open end as ..', () => {
    const open = parseEventsDocument(RECORDS).events.find((event) => event.id === 'open')!;
    expect(eventRecord(open)).to.deep.equal({ source: 'wire', score: 3, tags: ['a', 'b'], id: 'open', title: 'Still going', start: '2019-03', end: '..' });
  });

  it('writes dates given as numbers and Date objects as the dates read', () => {
    const events = parseEventsDocument(RECORDS).events;
    expect(eventRecord(events.find((event) => event.id === 'decoration')!).start).to.equal('2017');
    expect(eventRecord(events.find((event) => event.id === '12')!)).to.deep.equal({ id: '12', title: '42', start: '2016-12-15' });
  });
});

describe('recordsAgain()', () => {
  const ITEMS: unknown[] = [
    { id: 'a', title: 'A', start: '2001' },
    { id: 'b', start: '2002' },
    { id: 'a', title: 'Again', start: '2003', related: ['nowhere'] },
    { id: 'c', title: 'C', start: '2004', related: ['a'] },
  ];

  it('keeps the records something was said about as given, in their places, and makes the rest from the events', () => {
    const read = parseEventsDocument(ITEMS);
    expect(read.problems.map((problem) => problem.code)).to.have.members(['title-missing', 'id-duplicate', 'related-unknown']);
    const again = recordsAgain(read, ITEMS)(read.events);
    expect(again).to.deep.equal(ITEMS);
    // Read again, they say the same and give the same events.
    const twice = parseEventsDocument(again);
    expect(twice.problems).to.deep.equal(read.problems);
    expect(twice.events).to.deep.equal(read.events);
  });

  it('makes a changed event from the event, and leaves out an event no longer shown', () => {
    const read = parseEventsDocument(ITEMS);
    const renamed = read.events.find((event) => event.index === 2)!;
    const changed = { ...renamed, title: { '*': 'Changed' } };
    const shown = read.events.filter((event) => event.id !== 'c').map((event) => (event === renamed ? changed : event));
    expect(recordsAgain(read, ITEMS)(shown)).to.deep.equal([ITEMS[0], ITEMS[1], { id: renamed.id, title: 'Changed', start: '2003', related: [] }]);
  });
});

describe('HeldValue', () => {
  it('gives back the value set, and says whether one is given', () => {
    const held = new HeldValue<unknown>();
    expect(held.given).to.equal(false);
    const list = [{ title: 'a', start: '2001' }];
    expect(held.set(list)).to.equal(true);
    expect(held.get()).to.equal(list);
    expect(held.given).to.equal(true);
    expect(held.set(null)).to.equal(true);
    expect(held.given).to.equal(false);
  });

  it('counts a change only when the value is another one: a framework may set the same list again', () => {
    const held = new HeldValue<unknown>();
    const list: unknown[] = [];
    held.set(list);
    const version = held.version;
    expect(held.set(list)).to.equal(false);
    expect(held.version).to.equal(version);
    expect(held.set([])).to.equal(true);
    expect(held.version).to.equal(version + 1);
  });

  it('once let go, still gives the value while it is alive, and what rebuild makes only when asked', () => {
    const held = new HeldValue<unknown>();
    const list = [1, 2, 3];
    held.set(list);
    let made = 0;
    held.release(list, () => (made++, ['rebuilt']));
    expect(held.get()).to.equal(list);
    expect(held.peek()).to.equal(list);
    expect(held.given).to.equal(true);
    expect(made).to.equal(0);
    // The same list set again is no change.
    expect(held.set(list)).to.equal(false);
  });

  it('lets go only of the value it holds', () => {
    const held = new HeldValue<unknown>();
    const list = [1];
    held.set(list);
    held.release([2], () => ['rebuilt']);
    expect(held.get()).to.equal(list);
  });
});
