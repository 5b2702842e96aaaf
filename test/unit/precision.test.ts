import { expect } from '@open-wc/testing';
import { dataZone, finestPrecision, isTimed, precisionUnit, writtenOffset, zoneName } from '../../src/model/precision.js';
import { events, parsedDate } from '../helpers/model.js';

const DAY = 86_400_000;

describe('finestPrecision()', () => {
  it('finestPrecision() is the finest of every start, end and disputed alternative', () => {
    expect(finestPrecision(events([{ start: '1992-04-29' }, { start: '1993' }]))).to.equal('day');
    expect(finestPrecision(events([{ start: '1990', end: '1992-05' }]))).to.equal('month');
    expect(finestPrecision(events([{ start: '2018-02-07T10:30:15Z' }, { start: '2018-02' }]))).to.equal('second');
    expect(finestPrecision(events([{ start: '2016-12-14T10:30Z' }]))).to.equal('minute');
    expect(finestPrecision(events([{ start: '[2016-12-14,2016-12-15]' }]))).to.equal('day');
  });

  it('finestPrecision() is at most a year: centuries and decades are still read by years, and no events too', () => {
    expect(finestPrecision(events([{ start: '19XX' }, { start: '201X' }]))).to.equal('year');
    expect(finestPrecision([])).to.equal('year');
  });
});

describe('precisionUnit() and isTimed()', () => {
  it('precisionUnit() measures each precision as d3-time measures its tick intervals', () => {
    expect(precisionUnit('day')).to.equal(DAY);
    expect(precisionUnit('month')).to.equal(30 * DAY);
    expect(precisionUnit('season')).to.equal(30 * DAY);
    expect(precisionUnit('year')).to.equal(365 * DAY);
    expect(precisionUnit('decade')).to.equal(3650 * DAY);
    expect(precisionUnit('minute')).to.equal(60_000);
    expect(precisionUnit('second')).to.equal(1000);
  });

  it('isTimed() is true for a time of day only', () => {
    expect(isTimed(parsedDate('2016-12-14T10:30Z'))).to.equal(true);
    expect(isTimed(parsedDate('2016-12-14T10:30:05'))).to.equal(true);
    expect(isTimed(parsedDate('2016-12-14'))).to.equal(false);
    expect(isTimed(parsedDate('2016'))).to.equal(false);
  });
});

describe('writtenOffset() and dataZone()', () => {
  it('writtenOffset() reads the zone a time was written in, minutes east of UTC', () => {
    expect(writtenOffset(parsedDate('2016-12-14T10:30+04:00'))).to.equal(240);
    expect(writtenOffset(parsedDate('2016-12-14T10:30:15-05:30'))).to.equal(-330);
    expect(writtenOffset(parsedDate('2016-12-14T10:30+04:00?'))).to.equal(240);
    expect(writtenOffset(parsedDate('2016-12-14T10:30Z'))).to.equal(0);
    expect(writtenOffset(parsedDate('2016-12-14T10:30'))).to.equal(0);
    expect(writtenOffset(parsedDate('2016-12-14'))).to.equal(0);
  });

  it('dataZone() is the zone every time was written in, else UTC', () => {
    expect(dataZone(events([{ start: '2016-12-14T10:30+04:00' }, { start: '2016-12-15T09:00+04:00' }, { start: '2016-12' }]))).to.equal(240);
    expect(dataZone(events([{ start: '2016-12-14T10:30+04:00' }, { start: '2016-12-15T09:00Z' }]))).to.equal(0);
    expect(dataZone(events([{ start: '2016-12-14T10:30+04:00', end: '2016-12-14T12:00+03:00' }]))).to.equal(0);
    expect(dataZone(events([{ start: '2016-12-14' }]))).to.equal(0);
  });
});

describe('zoneName()', () => {
  it('zoneName() writes UTC and its offsets as the world writes them', () => {
    expect(zoneName(0)).to.equal('UTC');
    expect(zoneName(240)).to.equal('UTC+4');
    expect(zoneName(330)).to.equal('UTC+5:30');
    expect(zoneName(-180)).to.equal('UTC\u22123');
    expect(zoneName(-570)).to.equal('UTC\u22129:30');
  });
});
