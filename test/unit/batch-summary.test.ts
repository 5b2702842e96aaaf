import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { joinSummaries, summarize } from '../../src/model/batch-summary.js';
import { dataZone } from '../../src/model/precision.js';
import { events } from '../helpers/model.js';

/** Records of every kind the summary tells apart: precisions, ranges, qualifiers, zones, groups and links. */
const records = [
  { id: 'a', start: '1993' },
  { id: 'b', start: '2016-12' },
  { id: 'c', start: '2016-12-14', end: '2017-01-20' },
  { id: 'd', start: '2016-12-14T10:30+04:00' },
  { id: 'e', start: '2016-12-15T09:00+04:00' },
  { id: 'f', start: '2016-12-15T09:00Z' },
  { id: 'g', start: '2017~' },
  { id: 'h', start: '2017-02?' },
  { id: 'i', start: '2017-03-01', group: 'trial' },
  { id: 'j', start: '2017-04-01', related: ['i'] },
  { id: 'k', start: '2016-12-14T10:30:15Z', end: '2016-12-14T16:00+03:00' },
];

describe('summarize() and joinSummaries()', () => {
  it('the summary of parts joined is the summary of the whole, for any split of any records', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(records.filter((record) => record.id !== 'j'), { minLength: 1 }), fc.array(fc.integer({ min: 0, max: 3 }), { maxLength: 12 }), (chosen, partOf) => {
        const whole = events(chosen);
        const parts: (typeof whole)[] = [[], [], [], []];
        whole.forEach((event, i) => parts[partOf[i] ?? 0].push(event));
        expect(parts.map(summarize).reduce(joinSummaries)).to.deep.equal(summarize(whole));
      }),
      { seed: 3, numRuns: 300 },
    );
  });

  it('says what a batch adds: its finest precision, its kinds of date, its zone, links and groups', () => {
    const summary = summarize(events([records[0], records[2], records[3], records[4], records[6]]));
    expect(summary).to.deep.equal({
      finer: 'minute',
      kinds: { point: true, span: true, approximate: true, uncertain: false },
      linked: false,
      grouped: false,
      zone: 240,
    });
    expect(summarize(events([records[8], records[9]]))).to.include({ linked: true, grouped: true, finer: 'day', zone: undefined });
  });

  it('a zone is kept only while every time of every part was written in it, as dataZone says of the whole', () => {
    const plus4 = summarize(events([records[3]]));
    const utc = summarize(events([records[5]]));
    const untimed = summarize(events([records[1]]));
    expect(joinSummaries(plus4, untimed).zone).to.equal(240);
    expect(joinSummaries(untimed, plus4).zone).to.equal(240);
    expect(joinSummaries(plus4, utc).zone).to.equal(null);
    expect(joinSummaries(joinSummaries(plus4, utc), plus4).zone).to.equal(null);
    expect(dataZone(events([records[3], records[5]]))).to.equal(0);
    expect(summarize(events([records[10]])).zone).to.equal(null);
  });
});
