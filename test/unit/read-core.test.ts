import { expect } from '@open-wc/testing';
import { readFirst, readFirstValue } from '../../src/model/read-core.js';
import { readRest } from '../../src/model/read.js';
import { readOwn } from '../../src/model/read-own.js';

const ours = JSON.stringify({ events: [{ start: '2016-12-15', title: 'Arrest' }] });
const timelineJs = JSON.stringify({ events: [{ start_date: { year: 2016 }, text: { headline: 'Arrest' } }] });

describe('readFirst()', () => {
  it('readFirst() parses this element\'s JSON, with or without a byte order mark, for readOwn()', () => {
    for (const text of [ours, `\uFEFF${ours}`]) {
      const first = readFirst(text);
      expect(first).to.deep.equal({ kind: 'own', value: JSON.parse(ours) });
      if (first.kind === 'own') expect(readOwn(first).events.map((event) => event.start.text)).to.deep.equal(['2016-12-15']);
    }
  });

  it('readFirst() hands tables on without the byte order mark, and TimelineJS3 parsed', () => {
    const table = readFirst('\uFEFFstart,title\n2016,A\n');
    expect(table).to.deep.equal({ kind: 'table', body: 'start,title\n2016,A\n', format: 'csv', hints: {} });
    expect(readFirst('start\ttitle\n2016\tA', { format: 'tsv' }).kind).to.equal('table');
    const tl = readFirst(timelineJs);
    expect(tl.kind).to.equal('timelinejs');
  });

  it('readFirst() hands broken JSON on to be placed, and readRest() names it with its line:column', () => {
    const first = readFirst('{"events": [');
    expect(first).to.deep.equal({ kind: 'broken-json', body: '{"events": [' });
    const doc = readRest(first);
    expect(doc.problems.map((p) => [p.code, p.detail])).to.deep.equal([['json-syntax', '1:13']]);
  });

  it('readRest() finishes each kind: the same events whichever way the text came', () => {
    expect(readRest(readFirst('start,title\n2016-12-15,Arrest\n')).events.map((e) => e.start.text)).to.deep.equal(['2016-12-15']);
    expect(readRest(readFirst(timelineJs)).events.map((e) => e.title)).to.deep.equal([{ '*': 'Arrest' }]);
    expect(readRest(readFirstValue(JSON.parse(ours))).format).to.equal('json');
  });

  it('readFirstValue() sends any object to the TimelineJS3 reader when that format is forced', () => {
    expect(readFirstValue({ events: [] }, {}, 'timelinejs').kind).to.equal('timelinejs');
    expect(readFirstValue({ events: [] }, { format: 'timelinejs' }).kind).to.equal('timelinejs');
    expect(readFirstValue({ events: [] }).kind).to.equal('own');
  });

  it('readFirstValue() tells vis-timeline data by its shape, or by format="vis"', () => {
    expect(readFirstValue({ items: [], groups: [] }).kind).to.equal('vis');
    expect(readFirstValue([{ id: 1, content: 'item 1', start: '2014-04-20' }]).kind).to.equal('vis');
    // This element's own events have titles; a list with one item lacking `content` is not vis's.
    expect(readFirstValue([{ title: 'A', start: '2014' }]).kind).to.equal('own');
    expect(readFirstValue([{ content: 'a', start: '2014' }, { title: 'B', start: '2015' }]).kind).to.equal('own');
    expect(readFirstValue([{ title: 'A', start: '2014' }], { format: 'vis' }).kind).to.equal('vis');
    expect(readFirst('{"items": [{"content": "x", "start": 1400000000000}]}').kind).to.equal('vis');
    expect(readFirst('[{"title": "x", "start": "2014"}]', { format: 'vis' }).kind).to.equal('vis');
  });
});
