/**
 * The command line's words: `render <file> [options] --out <file>`, read into options or a message that
 * says what is wrong. Pure, so that each mistake a person can make has its message tested.
 */
import type { EventsFormat } from '../model/choose-format.js';
import type { Orientation } from '../layout/geometry.js';
import type { Theme } from '../static/static-timeline.js';

export type OutputKind = 'svg' | 'png' | 'html';

export interface RenderOptions {
  input: string;
  out: string;
  kind: OutputKind;
  lang: string;
  width: number;
  orientation?: Orientation;
  format?: EventsFormat;
  fields?: string;
  dateFormat?: string;
  theme: Theme;
  /** PNG pixels per SVG px. */
  scale: number;
  maxLanes: number;
  /** `linear`: no squeezed breaks. */
  axis?: 'linear';
}

export type Command = { command: 'render'; options: RenderOptions } | { command: 'help' } | { command: 'error'; message: string };

export const USAGE = `Usage: event-timeline render <events file> --out <timeline.svg|timeline.png|timeline.html> [options]

Draws a timeline of the events in a file (the element's JSON, TimelineJS3 JSON, CSV, TSV or GeoJSON)
as a standalone SVG, a PNG, or a web page that needs no script. The output's extension says which.

Options:
  --lang <tag>            language of the words and dates: en, hy, ru (default en)
  --width <px>            width of the chart (default 1200)
  --orientation <o>       horizontal or vertical (default: vertical below 520 px)
  --format <f>            json, csv, tsv, timelinejs or vis (default: told by the extension, then the content)
  --fields <map>          where each event field comes from: "title:name, start:Release Date"
  --date-format <pattern> a d3-time-format pattern for the dates: "%b %d %Y", "%d.%m.%Y"
  --theme <t>             light or dark (default light)
  --scale <n>             PNG pixels per px (default 2)
  --max-lanes <n>         rows of labels at most (default 16)
  --axis linear           time evenly along the axis (default: long stretches with no events squeezed)
  -h, --help              this text`;

const KINDS: Record<string, OutputKind> = { svg: 'svg', png: 'png', html: 'html', htm: 'html' };
const FORMATS = ['json', 'csv', 'tsv', 'timelinejs', 'vis'];

/** Options that take a value, by name. */
const VALUED = ['out', 'lang', 'width', 'orientation', 'format', 'fields', 'date-format', 'theme', 'scale', 'max-lanes', 'axis'] as const;
type Valued = (typeof VALUED)[number];

export function parseArgs(argv: readonly string[]): Command {
  if (argv.length === 0 || argv.includes('-h') || argv.includes('--help') || argv[0] === 'help') return { command: 'help' };
  const [command, ...rest] = argv;
  if (command !== 'render') return { command: 'error', message: `Unknown command "${command}": the command is render.` };
  const values: Partial<Record<Valued, string>> = {};
  const files: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const word = rest[i];
    if (!word.startsWith('--')) {
      files.push(word);
      continue;
    }
    const [name, inline] = word.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
    if (!(VALUED as readonly string[]).includes(name)) return { command: 'error', message: `Unknown option --${name}.` };
    const value = inline ?? rest[++i];
    if (value === undefined) return { command: 'error', message: `--${name} needs a value.` };
    values[name as Valued] = value;
  }
  if (files.length !== 1) return { command: 'error', message: files.length ? `One events file at a time; got ${files.join(', ')}.` : 'Which events file? event-timeline render <file> --out <file>' };
  const out = values.out;
  if (!out) return { command: 'error', message: 'Where to? Give --out timeline.svg, timeline.png or timeline.html.' };
  const kind = KINDS[out.split('.').pop()!.toLowerCase()];
  if (!kind || !out.includes('.')) return { command: 'error', message: `--out ${out}: the file must end in .svg, .png or .html.` };
  const number = (name: Valued, fallback: number, min: number, max: number): number | string => {
    const given = values[name];
    if (given === undefined) return fallback;
    const value = Number(given);
    return Number.isFinite(value) && value >= min && value <= max ? value : `--${name} must be a number from ${min} to ${max}; got "${given}".`;
  };
  const width = number('width', 1200, 200, 20000);
  const scale = number('scale', 2, 0.25, 8);
  const maxLanes = number('max-lanes', 16, 1, 200);
  for (const value of [width, scale, maxLanes]) if (typeof value === 'string') return { command: 'error', message: value };
  const { orientation, format, theme = 'light' } = values;
  if (orientation && orientation !== 'horizontal' && orientation !== 'vertical') return { command: 'error', message: `--orientation is horizontal or vertical; got "${orientation}".` };
  if (format && !FORMATS.includes(format)) return { command: 'error', message: `--format is one of ${FORMATS.join(', ')}; got "${format}".` };
  if (values.axis !== undefined && values.axis !== 'linear') return { command: 'error', message: `--axis is linear (or left out, to squeeze long empty stretches); got "${values.axis}".` };
  if (theme !== 'light' && theme !== 'dark') return { command: 'error', message: `--theme is light or dark; got "${theme}".` };
  return {
    command: 'render',
    options: {
      input: files[0],
      out,
      kind,
      lang: values.lang ?? 'en',
      width: width as number,
      orientation: orientation as Orientation | undefined,
      format: format as EventsFormat | undefined,
      fields: values.fields,
      dateFormat: values['date-format'],
      theme,
      scale: scale as number,
      maxLanes: maxLanes as number,
      axis: values.axis as 'linear' | undefined,
    },
  };
}
