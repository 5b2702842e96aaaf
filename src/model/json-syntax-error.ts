/**
 * Where a JSON text stops being JSON, found by reading the text against the grammar of RFC 8259 rather than
 * the engine's error message: only V8 names a position ("at position N"); Firefox says "at line 4 column 5
 * of the JSON data" and WebKit "JSON Parse error: Expected ']'", with no place at all.
 *
 * The answer is the length of the longest start of the text that could still begin a valid JSON document:
 * the offset of the first character that cannot continue it, or the text's length when the text is cut off.
 * The scan is iterative (an explicit stack), so deeply nested input cannot overflow the call stack.
 */

/** What may come next, after whitespace. */
const enum Expect {
  Value,
  ValueOrArrayEnd,
  KeyOrObjectEnd,
  Key,
  Colon,
  CommaOrEnd,
  Nothing,
}

/** The end of a token that was read, or the offset at which it went wrong. */
type Scan = { ok: true; next: number } | { ok: false; at: number };

const SIMPLE_ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);
const LITERALS = new Map([
  ['t', 'true'],
  ['f', 'false'],
  ['n', 'null'],
]);

function isJsonWhitespace(char: string): boolean {
  return char === ' ' || char === '\t' || char === '\n' || char === '\r';
}

function isDigit(char: string | undefined): boolean {
  return char !== undefined && char >= '0' && char <= '9';
}

function isHexDigit(char: string): boolean {
  return /^[0-9a-fA-F]$/.test(char);
}

/** A string token starting at the quote at `start`. */
function scanString(text: string, start: number): Scan {
  let i = start + 1;
  while (i < text.length) {
    const char = text[i];
    if (char === '"') return { ok: true, next: i + 1 };
    // Control characters must be escaped inside a string (a raw line break is the usual case).
    if (char.charCodeAt(0) < 0x20) return { ok: false, at: i };
    if (char !== '\\') {
      i += 1;
      continue;
    }
    const escaped = text[i + 1];
    if (escaped === undefined) break;
    if (SIMPLE_ESCAPES.has(escaped)) {
      i += 2;
      continue;
    }
    if (escaped !== 'u') return { ok: false, at: i + 1 };
    for (let digit = i + 2; digit < i + 6; digit++) {
      if (digit >= text.length) return { ok: false, at: text.length };
      if (!isHexDigit(text[digit])) return { ok: false, at: digit };
    }
    i += 6;
  }
  return { ok: false, at: text.length };
}

/** A number token: `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`. */
function scanNumber(text: string, start: number): Scan {
  let i = start;
  const digitsFrom = (from: number): Scan => {
    if (from >= text.length) return { ok: false, at: text.length };
    if (!isDigit(text[from])) return { ok: false, at: from };
    let end = from;
    while (isDigit(text[end])) end += 1;
    return { ok: true, next: end };
  };
  if (text[i] === '-') i += 1;
  if (text[i] === '0') i += 1;
  else {
    const whole = digitsFrom(i);
    if (!whole.ok) return whole;
    i = whole.next;
  }
  if (text[i] === '.') {
    const fraction = digitsFrom(i + 1);
    if (!fraction.ok) return fraction;
    i = fraction.next;
  }
  if (text[i] === 'e' || text[i] === 'E') {
    i += 1;
    if (text[i] === '+' || text[i] === '-') i += 1;
    const exponent = digitsFrom(i);
    if (!exponent.ok) return exponent;
    i = exponent.next;
  }
  return { ok: true, next: i };
}

/** `true`, `false` or `null`, whose first letter is at `start`. */
function scanLiteral(text: string, start: number, word: string): Scan {
  for (let k = 0; k < word.length; k++) {
    if (start + k >= text.length) return { ok: false, at: text.length };
    if (text[start + k] !== word[k]) return { ok: false, at: start + k };
  }
  return { ok: true, next: start + word.length };
}

/** A string, number or literal at `start`; objects and arrays are opened by the caller. */
function scanScalar(text: string, start: number): Scan {
  const char = text[start];
  if (char === '"') return scanString(text, start);
  if (char === '-' || isDigit(char)) return scanNumber(text, start);
  const literal = LITERALS.get(char);
  return literal ? scanLiteral(text, start, literal) : { ok: false, at: start };
}

/**
 * The offset (in UTF-16 code units) of the first syntax error in `text`, or `undefined` when `text` is
 * valid JSON. A text that ends too early is wrong at its length.
 */
export function findJsonSyntaxError(text: string): number | undefined {
  const open: ('{' | '[')[] = [];
  let expect = Expect.Value;
  let i = 0;
  const afterValue = () => (open.length === 0 ? Expect.Nothing : Expect.CommaOrEnd);

  for (;;) {
    while (i < text.length && isJsonWhitespace(text[i])) i += 1;
    if (i >= text.length) return expect === Expect.Nothing ? undefined : text.length;
    const char = text[i];

    switch (expect) {
      case Expect.Nothing:
        return i;
      case Expect.Colon:
        if (char !== ':') return i;
        i += 1;
        expect = Expect.Value;
        continue;
      case Expect.CommaOrEnd: {
        const container = open[open.length - 1];
        if (char === ',') expect = container === '{' ? Expect.Key : Expect.Value;
        else if (char === (container === '{' ? '}' : ']')) {
          open.pop();
          expect = afterValue();
        } else return i;
        i += 1;
        continue;
      }
      case Expect.KeyOrObjectEnd:
      case Expect.Key: {
        if (char === '}' && expect === Expect.KeyOrObjectEnd) {
          open.pop();
          expect = afterValue();
          i += 1;
          continue;
        }
        if (char !== '"') return i;
        const key = scanString(text, i);
        if (!key.ok) return key.at;
        i = key.next;
        expect = Expect.Colon;
        continue;
      }
      case Expect.ValueOrArrayEnd:
      case Expect.Value: {
        if (char === ']' && expect === Expect.ValueOrArrayEnd) {
          open.pop();
          expect = afterValue();
          i += 1;
          continue;
        }
        if (char === '{' || char === '[') {
          open.push(char);
          expect = char === '{' ? Expect.KeyOrObjectEnd : Expect.ValueOrArrayEnd;
          i += 1;
          continue;
        }
        const scalar = scanScalar(text, i);
        if (!scalar.ok) return scalar.at;
        i = scalar.next;
        expect = afterValue();
        continue;
      }
    }
  }
}

/** A 1-based `line:column` for an offset; lines end at `\n` (a `\r` before it counts as a column). */
export function lineAndColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return `${line}:${column}`;
}
