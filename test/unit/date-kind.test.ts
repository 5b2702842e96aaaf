import { expect } from '@open-wc/testing';
import { dateKinds } from '../../src/model/date-kind.js';
import { events } from '../helpers/model.js';

describe('dateKinds()', () => {
  it('dateKinds() says which kinds of date the events use: points, spans, approximate, uncertain', () => {
    expect(dateKinds(events([{ id: 'a', start: '2016-12-15' }]))).to.deep.equal({ point: true, span: false, approximate: false, uncertain: false });
    // A month is a span (drawn as the whole month); a range is one too.
    expect(dateKinds(events([{ id: 'a', start: '2016-12' }, { id: 'b', start: '2016-12-01', end: '2016-12-09' }]))).to.deep.equal({ point: false, span: true, approximate: false, uncertain: false });
    expect(dateKinds(events([{ id: 'a', start: '2016-12-15~' }]))).to.deep.include({ point: true, approximate: true, uncertain: false });
    expect(dateKinds(events([{ id: 'a', start: '2016-12-01', end: '2016-12-09?' }]))).to.deep.include({ span: true, approximate: false, uncertain: true });
  });

  it('dateKinds() finds each kind wherever it is among many, before or after the others are all seen', () => {
    const many = Array.from({ length: 2000 }, (_, i) => ({ id: `p${i}`, start: `2016-01-${String((i % 28) + 1).padStart(2, '0')}` }));
    const all = events([{ id: 'a', start: '2016-12~' }, { id: 'b', start: '2016-12-15?' }, ...many]);
    expect(dateKinds(all)).to.deep.equal({ point: true, span: true, approximate: true, uncertain: true });
    expect(dateKinds(events([...many, { id: 'late', start: '2016-12-15%' }]))).to.deep.equal({ point: true, span: false, approximate: true, uncertain: true });
  });
});
