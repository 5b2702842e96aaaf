/**
 * A timeline as one standalone SVG document: its title, description and summary above the chart, the
 * legend of its categories and its source below, as the element shows them. The text stays text, in the
 * fonts it was measured with, named in `font-family`. Pure; the caller measures text (font metrics).
 */
import { attribute, escapeMarkup } from './escape.js';
import { svgText, type Typesetter } from './svg-text.js';
import type { StaticTimeline } from './static-timeline.js';
import { chartSvg } from './svg-chart.js';

export interface FigureOptions {
  /** The whole figure's width, px: at least the chart's. */
  width: number;
  /** The `font-family` the text was measured with, written into the file. */
  fontFamily: string;
  /** Measures text in the fonts the file names, and cuts it where its font changes. */
  setter: Typesetter;
}

const PAD = 16;
const TITLE = { size: 18, weight: 600, lineHeight: 24 };
const BODY = { size: 14, weight: 400, lineHeight: 20 };
const SWATCH = 12;
const LEGEND_GAP = 16;

/** Lines of at most `width` px, broken between words (a word longer than a line keeps a line of its own). */
export function wrapText(text: string, width: number, measure: (text: string) => number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const tried = current ? `${current} ${word}` : word;
    if (current && measure(tried) > width) {
      lines.push(current);
      current = word;
    } else current = tried;
  }
  if (current) lines.push(current);
  return lines;
}

/** Text lines from `top` down, each line's baseline a little below the middle of its line box. */
function textBlock(lines: string[], top: number, look: { size: number; weight: number; lineHeight: number; fill: string; lang?: string }, setter: Typesetter): string {
  return lines.map((text, i) => svgText(text, { ...look, x: PAD, y: top + i * look.lineHeight + (look.lineHeight + look.size * 0.7) / 2 }, setter)).join('\n');
}

const n = (value: number) => String(Math.round(value * 100) / 100);

export function figureSvg(timeline: StaticTimeline, options: FigureOptions): { svg: string; width: number; height: number } {
  const { palette, layout } = timeline;
  const chart = layout?.chart;
  const width = Math.max(options.width, (chart?.width ?? 0) + 2 * PAD);
  const inner = width - 2 * PAD;
  const at = (look: { size: number; weight: number }) => (text: string) => options.setter.width(text, look.size, look.weight);
  const parts: string[] = [];
  /** The top of what is still free, going down. */
  let top = PAD;
  const block = (text: string, look: typeof BODY, fill: string, lang?: string) => {
    const lines = wrapText(text, inner, at(look));
    parts.push(textBlock(lines, top, { ...look, fill, lang }, options.setter));
    top += lines.length * look.lineHeight;
  };
  if (timeline.title) block(timeline.title.text, TITLE, palette.text, timeline.title.lang);
  if (timeline.description) block(timeline.description.text, BODY, palette.text, timeline.description.lang);
  block(timeline.summary, BODY, palette.muted);
  if (chart) {
    top += 8;
    parts.push(chartSvg(chart, timeline, { x: PAD, y: top, setter: options.setter }));
    top += chart.height + 8;
  }
  if (chart && timeline.legend.length) {
    // Entries side by side, on as many rows as they need.
    let x = PAD;
    const measureBody = at(BODY);
    const baseline = () => top + (BODY.lineHeight + BODY.size * 0.7) / 2;
    for (const entry of timeline.legend) {
      const entryWidth = SWATCH + 6 + measureBody(entry.label);
      if (x > PAD && x + entryWidth > width - PAD) {
        x = PAD;
        top += BODY.lineHeight;
      }
      parts.push(
        `<g class="legend-entry"><rect x="${n(x)}" y="${n(baseline() - SWATCH + 1)}" width="${SWATCH}" height="${SWATCH}" rx="2" fill="${escapeMarkup(entry.color)}"/>` +
          svgText(entry.label, { x: x + SWATCH + 6, y: baseline(), size: BODY.size, fill: palette.text, lang: entry.lang }, options.setter) +
          '</g>',
      );
      x += entryWidth + LEGEND_GAP;
    }
    top += BODY.lineHeight;
  }
  const { source } = timeline;
  if (source) {
    const cited = [source.title?.text, source.rest].filter(Boolean).join(', ');
    block(`${timeline.messages.source}: ${cited}`, BODY, palette.muted);
  }
  const height = Math.ceil(top + PAD);
  const name = timeline.title?.text ?? timeline.messages.timeline;
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"${attribute('xml:lang', timeline.lang)} font-family="${escapeMarkup(options.fontFamily)}">`,
    `<title>${escapeMarkup(name)}</title>`,
    `<desc>${escapeMarkup(timeline.summary)}</desc>`,
    `<rect width="${width}" height="${height}" fill="${palette.background}"/>`,
    ...parts,
    '</svg>',
  ].join('\n');
  return { svg, width, height };
}
