import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parseCommonDate } from '../../src/model/date-fast.js';
import { parseDate, parseEdtfDate } from '../../src/model/dates.js';

const digits = (min: number, max: number, width: number) => fc.integer({ min, max }).map((n) => String(n).padStart(width, '0'));
/** Dates of the common shapes, with digits a little past every limit (month 13, day 32, hour 24...). */
const common = fc
  .tuple(
    digits(0, 9999, 4),
    digits(0, 25, 2),
    digits(0, 32, 2),
    digits(0, 25, 2),
    digits(0, 61, 2),
    digits(0, 61, 2),
    fc.stringMatching(/^[0-9]{1,6}$/),
    fc.constantFrom('', 'Z', '+04:00', '?', '~'),
    fc.constantFrom('', '.', ','),
    fc.integer({ min: 1, max: 6 }),
  )
  .map(([y, m, d, h, min, s, fraction, tail, mark, cut]) => {
    const parts = [y, `-${m}`, `-${d}`, `T${h}:${min}`, `:${s}`, `${mark}${fraction}`];
    return parts.slice(0, cut).join('') + tail;
  });
/** Any text near those shapes: each character replaced, cut or added at random. */
const nearly = fc.tuple(common, fc.nat(30), fc.constantFrom('', ' ', '-', 'X', 'T', ':', '0', '9', 'Z', 'a', '.', '\u0660')).map(([text, at, c]) => text.slice(0, at) + c + text.slice(at + 1));

describe('parseCommonDate (the fast path of parseDate)', () => {
  it('gives the general parser’s result exactly, for every date of the common shapes and near them', () => {
    fc.assert(
      fc.property(fc.oneof(common, nearly), (text) => {
        const fast = parseCommonDate(text);
        if (fast) expect(fast).to.deep.equal(parseEdtfDate(text));
        expect(parseDate(text)).to.deep.equal(parseEdtfDate(text));
      }),
      { numRuns: 5000 },
    );
  });

  it('reads the shapes of most data itself, and leaves the rest to the general parser', () => {
    for (const text of ['2016', '2016-12', '2016-12-15', '2016-02-29', '0044-03-15', '2016-12-15T10:30', '2016-12-15T10:30:15Z', '2016-12-15T10:30:15.840Z', '2016-12-15T10:30:15,8401']) {
      expect(parseCommonDate(text), text).to.deep.equal(parseEdtfDate(text));
    }
    for (const text of ['2017-21', '2015-02-29', '2016-13', ' 2016', '2016?', '-0499', 'Y-20000', '201X', '2016-12-15T10:30+04:00', '2016-12-15T24:00', '[2016,2017]']) {
      expect(parseCommonDate(text), text).to.equal(undefined);
    }
  });
});
