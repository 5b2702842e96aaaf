import { expect } from '@open-wc/testing';
import { DateCache } from '../../src/model/date-cache.js';
import { parseDate } from '../../src/model/dates.js';
import { parseEventsDocument } from '../../src/model/parse.js';

describe('DateCache', () => {
  it('reads each text as parseDate does, and gives the same frozen object for the same text', () => {
    const dates = new DateCache();
    for (const text of ['2016-12-15', '2016-12', '1990~', '[2016-12-14,2016-12-15]', '2016-12-15T10:30:00+04:00']) {
      const first = dates.read(text);
      const parsed = parseDate(text);
      if (!first.ok || !parsed.ok) throw new Error(`${text} not read`);
      expect(first.date, text).to.deep.equal(parsed.date);
      // The span's numbers again, for the events to share (see KeptDate).
      expect('start' in first && [first.start, first.end], text).to.deep.equal([parsed.date.start, parsed.date.end]);
      expect(dates.read(text), text).to.equal(first);
      expect(Object.isFrozen(first.date), text).to.equal(true);
      for (const alternative of first.date.alternatives ?? []) expect(Object.isFrozen(alternative)).to.equal(true);
    }
  });

  it('says what is wrong with a date it cannot read, each time', () => {
    const dates = new DateCache();
    expect(dates.read('2016-13-45')).to.deep.equal(parseDate('2016-13-45'));
    expect(dates.read('2016-13-45').ok).to.equal(false);
  });

  it('past 65,536 distinct texts still reads each date right, a new object each time', () => {
    const dates = new DateCache();
    const day = (i: number) => new Date(Date.UTC(1800, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
    for (let i = 0; i < 65_536; i++) dates.read(day(i));
    const late = day(70_000);
    const [a, b] = [dates.read(late), dates.read(late)];
    expect(a).to.deep.equal(parseDate(late));
    expect(a).to.not.equal(b);
    // Those kept before still serve.
    expect(dates.read(day(5))).to.equal(dates.read(day(5)));
  });
});

describe('events that share a date', () => {
  it('share its object, which none of them can change for the others', () => {
    const { events, problems } = parseEventsDocument([
      { id: 'a', start: '2016-12-15', title: 'A' },
      { id: 'b', start: '2016-12-15', end: '2017-01', title: 'B' },
      { id: 'c', start: '2016-12-01', end: '2017-01', title: 'C' },
    ]);
    expect(problems).to.deep.equal([]);
    const byId = new Map(events.map((event) => [event.id, event]));
    expect(byId.get('a')!.start).to.equal(byId.get('b')!.start);
    expect(byId.get('b')!.end).to.equal(byId.get('c')!.end);
    expect(() => {
      (byId.get('a')!.start as { text: string }).text = 'changed';
    }).to.throw(TypeError);
    expect(byId.get('b')!.start.text).to.equal('2016-12-15');
  });
});
