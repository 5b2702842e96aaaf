/// <reference types="node" />
/**
 * Reads an events file and writes the timeline as SVG, PNG or HTML, with the element's own readers and
 * layout. The PNG is drawn from the SVG by resvg (`@resvg/resvg-js`, whose binary comes in its npm
 * package), given the same font files the labels were measured with.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import '../languages.js';
import '../i18n/problems/index.js';
import { LABEL_FONT_SIZE } from '../measure.js';
import { readEventsText } from '../model/read.js';
import type { Problem } from '../model/types.js';
import { unreadable as isUnreadable } from '../model/unreadable.js';
import { htmlPage } from '../static/html-page.js';
import { staticTimeline, type StaticTimeline } from '../static/static-timeline.js';
import { figureSvg } from '../static/svg-figure.js';
import type { RenderOptions } from './args.js';
import { FONT_FAMILY, fontFacesFor, loadFonts, type Fonts } from './fonts.js';

export interface Rendered {
  /** The file's bytes. */
  bytes: Uint8Array;
  /** What was wrong with the data but left the rest drawable, or (with `unreadable`) what made it undrawable. */
  problems: Problem[];
  /** True when nothing could be read: no file was made. */
  unreadable: boolean;
}

export function timelineOf(text: string, options: RenderOptions, fonts: Fonts): { timeline: StaticTimeline; problems: Problem[]; unreadable: boolean } {
  const document = readEventsText(text, { format: options.format, url: basename(options.input), fields: options.fields, dateFormat: options.dateFormat });
  const unreadable = isUnreadable(document);
  const timeline = staticTimeline(document, {
    lang: options.lang,
    width: options.width,
    orientation: options.orientation,
    theme: options.theme,
    maxLanes: options.maxLanes,
    axis: options.axis,
    measure: (label) => fonts.measurer.width(label, LABEL_FONT_SIZE),
    labelLine: fonts.measurer.line(LABEL_FONT_SIZE),
  });
  return { timeline, problems: document.problems, unreadable };
}

export async function renderFile(options: RenderOptions): Promise<Rendered> {
  const fonts = loadFonts();
  const { timeline, problems, unreadable } = timelineOf(readFileSync(options.input, 'utf8'), options, fonts);
  if (unreadable) return { bytes: new Uint8Array(), problems, unreadable };
  let bytes: Uint8Array;
  if (options.kind === 'html') {
    const page = htmlPage(timeline, { fontFamily: FONT_FAMILY });
    // The fonts the page's own text needs, found from the page as written.
    bytes = Buffer.from(htmlPage(timeline, { fontFamily: FONT_FAMILY, fontFaces: fontFacesFor(page, fonts.files) }));
  } else {
    const { svg } = figureSvg(timeline, { width: options.width, fontFamily: FONT_FAMILY, setter: fonts.measurer });
    bytes = options.kind === 'svg' ? Buffer.from(`<?xml version="1.0" encoding="UTF-8"?>\n${svg}\n`) : await toPng(svg, options.scale, fonts);
  }
  return { bytes, problems, unreadable };
}

/** The SVG drawn by resvg with the fonts it names, and no other (so that it draws as it was measured on any machine). */
async function toPng(svg: string, scale: number, fonts: Fonts): Promise<Uint8Array> {
  let resvg: typeof import('@resvg/resvg-js');
  try {
    resvg = await import('@resvg/resvg-js');
  } catch {
    throw new Error('PNG needs the package @resvg/resvg-js (an optional dependency that was not installed): npm install @resvg/resvg-js');
  }
  // resvg reads fonts from files: the TrueType files, written for this one drawing.
  const folder = mkdtempSync(join(tmpdir(), 'event-timeline-fonts-'));
  try {
    const fontFiles = fonts.files.map((font) => {
      const path = join(folder, font.file);
      writeFileSync(path, font.data);
      return path;
    });
    const image = new resvg.Resvg(svg, {
      font: { loadSystemFonts: false, fontFiles, defaultFontFamily: fonts.files[0].family, sansSerifFamily: fonts.files[0].family },
      fitTo: { mode: 'zoom', value: scale },
      background: 'transparent',
    });
    return image.render().asPng();
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
