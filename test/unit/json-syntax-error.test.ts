import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { findJsonSyntaxError, lineAndColumn } from '../../src/model/json-syntax-error.js';

/** A fixed seed: a failure is the same failure on every run and every machine. */
const RUNS = { seed: 7, numRuns: 300 };

/** Where the scanner says `text` breaks, as line:column. */
const errorAt = (text: string) => {
  const offset = findJsonSyntaxError(text);
  return offset === undefined ? 'valid' : lineAndColumn(text, offset);
};

const parses = (text: string) => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

describe('findJsonSyntaxError()', () => {
  it('findJsonSyntaxError() finds nothing wrong in valid JSON, nested or with every kind of value', () => {
    for (const text of ['{}', '[]', ' 0 ', '-0.5e+10', '"a\\u00e9\\n\\"\\/"', 'true', 'null', '{"a": [1, {"b": false}], "c": "x"}\r\n']) {
      expect(findJsonSyntaxError(text), text).to.equal(undefined);
    }
  });

  it('findJsonSyntaxError() points at the token where a closing bracket is missing', () => {
    const text = '{\n  "events": [\n    {"start": "2016"}\n  \n  "title": "x"\n}';
    // Line 5: the events array goes on after its last event with no `]` (or comma).
    expect(errorAt(text)).to.equal('5:3');
    expect(errorAt('[1, 2}')).to.equal('1:6');
  });

  it('findJsonSyntaxError() points at the bracket after a trailing comma', () => {
    expect(errorAt('[1, 2,]')).to.equal('1:7');
    expect(errorAt('{"a": 1,\n}')).to.equal('2:1');
  });

  it('findJsonSyntaxError() points at an unquoted or single-quoted key', () => {
    expect(errorAt('{events: []}')).to.equal('1:2');
    expect(errorAt("{\n  'events': []\n}")).to.equal('2:3');
  });

  it('findJsonSyntaxError() points into a string at a bad escape or a raw control character', () => {
    expect(errorAt('["a\\x"]')).to.equal('1:5');
    expect(errorAt('["\\u12G4"]')).to.equal('1:7');
    expect(errorAt('["line\nbreak"]')).to.equal('1:7');
  });

  it('findJsonSyntaxError() puts a truncated file at its end', () => {
    for (const text of ['{"events": [', '{"events": [{"title": "Arr', '[tru', '[1.', '["\\u00', '{"a"', '   ']) {
      expect(errorAt(text), text).to.equal(lineAndColumn(text, text.length));
    }
    expect(errorAt('')).to.equal('1:1');
  });

  it('findJsonSyntaxError() rejects a byte order mark: JSON.parse does, so it must be stripped first', () => {
    expect(errorAt('\uFEFF{"events": []}')).to.equal('1:1');
    expect(errorAt('[1,\uFEFF2]')).to.equal('1:4');
  });

  it('findJsonSyntaxError() points at text after the value and at malformed numbers and literals', () => {
    expect(errorAt('[]\n\n  x')).to.equal('3:3');
    expect(errorAt('01')).to.equal('1:2');
    expect(errorAt('[-]')).to.equal('1:3');
    expect(errorAt('[1.e5]')).to.equal('1:4');
    expect(errorAt('[nul]')).to.equal('1:5');
    expect(errorAt('NaN')).to.equal('1:1');
  });

  it('findJsonSyntaxError() scans deep nesting without running out of stack', () => {
    const depth = 100_000;
    expect(findJsonSyntaxError('['.repeat(depth) + ']'.repeat(depth))).to.equal(undefined);
    expect(findJsonSyntaxError('['.repeat(depth) + ']'.repeat(depth - 1) + '}')).to.equal(2 * depth - 1);
  });

  it('findJsonSyntaxError() agrees with JSON.parse on what is valid, for JSON with one character changed', () => {
    const edited = fc
      .tuple(fc.json(), fc.nat(), fc.constantFrom('', ',', ']', '}', '"', ':', '\\', ' ', '0', 'x', '\n'))
      .map(([json, at, insert]) => {
        const cut = at % (json.length + 1);
        // Half the cases replace a character, half insert one.
        return at % 2 ? json.slice(0, cut) + insert + json.slice(cut + 1) : json.slice(0, cut) + insert + json.slice(cut);
      });
    fc.assert(
      fc.property(edited, (text) => {
        expect(findJsonSyntaxError(text) === undefined, text).to.equal(parses(text));
      }),
      RUNS,
    );
  });

  it('findJsonSyntaxError() puts every cut-off start of an object or array at its end', () => {
    const container = fc.oneof(fc.array(fc.jsonValue()), fc.dictionary(fc.string(), fc.jsonValue())).map((value) => JSON.stringify(value, null, 1));
    fc.assert(
      fc.property(container, fc.nat(), (json, at) => {
        const cut = json.slice(0, at % json.length);
        expect(findJsonSyntaxError(cut), cut).to.equal(cut.length);
      }),
      RUNS,
    );
  });
});

describe('lineAndColumn()', () => {
  it('lineAndColumn() counts lines and columns from 1', () => {
    expect(lineAndColumn('abc', 0)).to.equal('1:1');
    expect(lineAndColumn('ab\ncd', 4)).to.equal('2:2');
    expect(lineAndColumn('ab\r\ncd', 4)).to.equal('2:1');
  });
});
