import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { chooseFormat } from '../../src/model/choose-format.js';
import { LineSplitter, type Lines } from '../../src/model/ndjson.js';

/** Every line read from `pieces`, in order, as [line number, value or 'skip']. */
function readAll(pieces: string[]): { lines: [number, unknown][]; bad: string[] } {
  const splitter = new LineSplitter();
  const lines: [number, unknown][] = [];
  const bad: string[] = [];
  const take = ({ first, values, skip, problems }: Lines) => {
    values.forEach((value, i) => lines.push([first + i + 1, skip.has(i) ? 'skip' : value]));
    bad.push(...problems.map((problem) => problem.detail!));
  };
  for (const piece of pieces) take(splitter.push(piece));
  take(splitter.push('', true));
  return { lines, bad };
}

describe('LineSplitter', () => {
  it('push() reads complete lines, keeps the open one for later, and names the lines that are not JSON', () => {
    const splitter = new LineSplitter();
    const a = splitter.push('{"a":1}\n{"b"');
    expect([a.first, a.values]).to.deep.equal([0, [{ a: 1 }]]);
    const b = splitter.push(':2}\n\nnot json\n');
    expect([b.first, b.values, [...b.skip]]).to.deep.equal([1, [{ b: 2 }, undefined, undefined], [1, 2]]);
    expect(b.problems.map((p) => [p.code, p.index, p.detail])).to.deep.equal([['line-syntax', 3, '4']]);
    const c = splitter.push('{"c":3}', true);
    expect([c.first, c.values]).to.deep.equal([4, [{ c: 3 }]]);
  });

  it('reads the same lines however the text is cut into pieces (CRLF too)', () => {
    const line = fc.oneof(fc.json(), fc.constant(''), fc.constant('{broken'));
    fc.assert(
      fc.property(fc.array(line, { maxLength: 12 }), fc.array(fc.nat(), { maxLength: 8 }), fc.boolean(), (lines, cuts, crlf) => {
        const text = lines.join(crlf ? '\r\n' : '\n');
        const at = [...new Set(cuts.map((cut) => cut % (text.length + 1)))].sort((x, y) => x - y);
        const pieces = [0, ...at].map((from, i) => text.slice(from, [...at, text.length][i]));
        expect(readAll(pieces)).to.deep.equal(readAll([text]));
      }),
      { seed: 15, numRuns: 200 },
    );
  });
});

describe('chooseFormat() for JSON Lines', () => {
  it('knows ndjson by the format hint, application/x-ndjson, and .ndjson or .jsonl addresses', () => {
    expect(chooseFormat('', { format: 'ndjson' })).to.equal('ndjson');
    expect(chooseFormat('', { contentType: 'application/x-ndjson; charset=utf-8' })).to.equal('ndjson');
    expect(chooseFormat('', { contentType: 'text/plain', url: '/data/events.jsonl?v=2' })).to.equal('ndjson');
    expect(chooseFormat('', { url: 'events.ndjson' })).to.equal('ndjson');
    expect(chooseFormat('', { contentType: 'application/json', url: 'events.ndjson' })).to.equal('json');
  });
});
