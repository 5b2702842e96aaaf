/**
 * Reads a CSV or TSV table (a spreadsheet export) as an events document: one event a row, one field a
 * column, named in the first row. Row N of the sheet is event N - 2, so a problem's index names its row.
 */
import { dsvFormat } from 'd3-dsv';
import { normalizeName, unfoundFields, type FieldMapping } from '../mapping/field-map.js';
import { suggestFields } from '../aggregate.js';
import { shorten } from '../text.js';
import { ANY_LANGUAGE, type Problem } from '../types.js';

interface Column {
  /** The index of the cell it reads: with `fields`, one cell may feed several columns (`title:weather, category:weather`). */
  cell: number;
  /** The header as written, trimmed (or the event field `fields` named): the key an unknown column is kept under. */
  name: string;
  field?: string;
  lang?: string;
}

/** Header names, lower case and without spaces, `_` or `-`, to the event field they fill. */
const FIELDS = new Map(
  ['id', 'start', 'end', 'title', 'description', 'quote', 'dateText', 'category', 'group', 'place', 'links'].map((field) => [
    field.toLowerCase(),
    field,
  ]),
);
const LOCALIZED = new Set(['title', 'description', 'quote', 'dateText', 'place']);
const REQUIRED = ['start', 'title'];
/** The order of a suggested `fields` attribute: title first, as JSON's fields-missing and the README write it. */
const SUGGESTED = ['title', 'start'];
/** A cell that is a number (`0.0`, `-3,200`) or starts like a date (`2012-01-01`, `1/31/2012`): no title. */
const NUMBER_OR_DATE = /^[-+]?[\d.,\s]*\d%?$|^\d{1,4}[-/.]\d{1,2}([-/.]\d{1,4})?\b/;

export interface TableOptions {
  /** The `fields` attribute: a header that names a source becomes that event field. */
  mappings?: readonly FieldMapping[];
  /** With a `mapEvent`, the columns need not name `start` and `title`: the function may make them. */
  mapEvent?: boolean;
}

export function fromDelimited(text: string, delimiter: ',' | '\t', options: TableOptions = {}): { document: unknown; warnings: Problem[] } {
  // d3-dsv's parseRows rather than parse: parse keys each row by the header as written, so that "Title" and
  // "title " would land on two keys, and a repeated header would overwrite a cell unseen.
  return fromRows(dsvFormat(delimiter).parseRows(text), options);
}

export function fromRows(rows: string[][], options: TableOptions = {}): { document: unknown; warnings: Problem[] } {
  const header = rows.length ? rows[0] : [];
  const mappings = options.mappings ?? [];
  const columns = tableColumns(header, mappings);
  const names = header.map((name) => name.trim()).filter(Boolean);
  // A mapping whose column the header lacks is named, as JSON names a field no record has (the header read
  // as a record), so that a misspelt `category:typo` is not read as nothing without a word. Only a warning.
  const unfound = names.length ? unfoundFields([Object.fromEntries(names.map((name) => [name, '']))], mappings) : [];
  const missing = options.mapEvent ? [] : REQUIRED.filter((field) => !columns.some((column) => column.field === field));
  if (missing.length) {
    const suggestion = suggestColumns(rows, columns, missing);
    const suggested = suggestion ? { suggestion } : {};
    return {
      document: { events: [] },
      warnings: [
        { code: 'columns-missing', severity: 'error', detail: missing.join(', '), value: shorten(names.join(', '), 80) || undefined, ...suggested },
        ...unfound,
      ],
    };
  }
  // Trailing empty rows (",,,," left by a spreadsheet) are no events. Empty rows between events are kept, so
  // that indexes still match rows, and the parser names each as an event with no title.
  let last = rows.length;
  while (last > 1 && rows[last - 1].every((cell) => !cell.trim())) last--;
  return { document: { events: rows.slice(1, last).map((row) => readRow(row, columns)) }, warnings: unfound };
}

/**
 * The `fields` attribute that would read a table lacking `start` or `title`: the columns whose names look
 * like a title and a date, title first as JSON's suggestion has it. Any column can be a title, so when no
 * name looks like one, the first column of words (seattle-weather.csv's `weather`) is named: a suggestion
 * of `start:date` alone would only lead to the same error.
 */
function suggestColumns(rows: readonly string[][], columns: readonly Column[], missing: readonly string[]): string {
  const header = rows.length ? rows[0] : [];
  const wanted = SUGGESTED.filter((field) => missing.includes(field));
  const record = Object.fromEntries(header.map((name) => [name.trim(), '']));
  // suggestFields writes `field:column`, or '' when no name looks like the field.
  const guessed = new Map(wanted.map((field): [string, string] => [field, suggestFields([record], [field]).slice(field.length + 1)]).filter(([, column]) => column));
  if (wanted.includes('title') && !guessed.has('title')) {
    const taken = new Set(guessed.values());
    // A column already read as an event field (`id`, `category`) is not offered again.
    const free = columns.filter((column) => !column.field && column.name && !taken.has(column.name));
    const sample = rows.slice(1, 21);
    const words = free.find(({ cell }) => {
      const cells = sample.map((row) => (row[cell] ?? '').trim()).filter(Boolean);
      return cells.length > 0 && cells.every((value) => !NUMBER_OR_DATE.test(value));
    });
    if (words) guessed.set('title', words.name);
  }
  return wanted.filter((field) => guessed.has(field)).map((field) => `${field}:${guessed.get(field)}`).join(', ');
}

/**
 * The columns a row is read through, as applyFields reads a JSON record: each mapping reads its source's
 * cell into its event field, so one header may feed several fields (`title:date, start:date`). A header no
 * mapping names is read by its own name, unless a mapping fills that field: JSON overwrites the record's own
 * field, so the table drops the column rather than let the column order decide. The mapped columns come
 * last, in the attribute's order, so that of two mappings to one field the later wins, as in JSON.
 */
function tableColumns(header: readonly string[], mappings: readonly FieldMapping[]): Column[] {
  const sources = new Set(mappings.map((mapping) => normalizeName(mapping.source)));
  const mapped = mappings.flatMap(({ target, source }) => {
    const cell = cellOf(header, source);
    return cell < 0 ? [] : [{ ...readColumn(target), cell }];
  });
  const own = header
    .map((name, cell) => ({ ...readColumn(name), cell }))
    .filter((column) => !sources.has(normalizeName(column.name)))
    .filter((column) => !column.field || !mapped.some((other) => other.field === column.field && other.lang === column.lang));
  return [...own, ...mapped];
}

/** The header a mapping reads, as valueAt finds a record's field: the name as written first, then the first with the same normalized name. -1 when none. */
function cellOf(header: readonly string[], source: string): number {
  const exact = header.findIndex((name) => name.trim() === source);
  return exact >= 0 ? exact : header.findIndex((name) => normalizeName(name) === normalizeName(source));
}

/** `title`, `Title`, `title:hy`, `title [hy]`, `date text`, `date_text`: all read. Anything else is kept as written. */
function readColumn(header: string): Omit<Column, 'cell'> {
  const name = header.trim();
  let base = name;
  let lang: string | undefined;
  const bracket = name.endsWith(']') ? name.lastIndexOf('[') : -1;
  const colon = name.indexOf(':');
  if (bracket > 0) [base, lang] = [name.slice(0, bracket), name.slice(bracket + 1, -1).trim()];
  else if (colon > 0) [base, lang] = [name.slice(0, colon), name.slice(colon + 1).trim()];
  const field = FIELDS.get(base.toLowerCase().replace(/[\s_-]+/g, ''));
  if (!field || (lang !== undefined && (!lang || !LOCALIZED.has(field)))) return { name };
  return { name, field, lang };
}

function readRow(row: string[], columns: Column[]): Record<string, unknown> {
  const event: Record<string, unknown> = {};
  const texts = new Map<string, Record<string, string>>();
  for (const column of columns) {
    const cell = (row[column.cell] ?? '').trim();
    if (!cell || !column.name) continue;
    if (!column.field) event[column.name] = cell;
    else if (column.field === 'links') event.links = cell.split(/[\s|]+/).filter(Boolean);
    else if (LOCALIZED.has(column.field)) {
      const text = texts.get(column.field) ?? {};
      text[column.lang ?? ANY_LANGUAGE] = cell;
      texts.set(column.field, text);
    } else event[column.field] = cell;
  }
  // A text in one column, with no language, stays a plain string; with several it is a map, the plain one as `*`.
  for (const [field, text] of texts) {
    const tags = Object.keys(text);
    event[field] = tags.length === 1 && tags[0] === ANY_LANGUAGE ? text[ANY_LANGUAGE] : text;
  }
  return event;
}
