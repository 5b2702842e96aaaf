/**
 * Label sizes for the layouts, measured as the labels are drawn.
 *
 * A hidden SVG `<text part="label">` (the probe) sits in a small shadow root of its own inside the
 * element's. It gets the element's own style sheets, the page's `::part(label)` rules (through
 * `exportparts`) and every text style it inherits, exactly as a drawn label does, so its box is the drawn
 * label's box in every browser. Canvas `measureText`, used before, knows none of those, and in Firefox it
 * can pick another font for `system-ui` than SVG text does (labels drawn 3-7% wider than measured).
 *
 * The layouts ask for every label on every zoom frame, so widths are kept by text, and the style they were
 * measured in is checked once per synchronous run of the caller (a relayout), not once per label.
 */
export const LABEL_FONT_SIZE = 13;
const MAX_CACHED = 5000;
const SVG_NS = 'http://www.w3.org/2000/svg';
/** The probe's SVG is this many user units wide: its drawn width says how much a page's transforms scale it. */
const PROBE_SIZE = 100;
/** Where the probe's baseline is, in the probe's SVG. */
const PROBE_BASELINE = 50;
/** Tall and deep letters of the scripts the element carries words for (Latin, Armenian, Cyrillic). */
const LINE_SAMPLE = 'ÁgԱքЙу';
/** Inherited styles that change a label's box: when one of them changes, every width is measured again. */
const KEYED_STYLES = [
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'font-stretch',
  'font-variant',
  'font-feature-settings',
  'font-variation-settings',
  'font-kerning',
  'font-size-adjust',
  'letter-spacing',
  'word-spacing',
  'text-transform',
  'text-rendering',
  'white-space',
] as const;

import { isServer } from 'lit';
import type { LabelLine } from './layout/geometry.js';
import { whenIdle } from './idle.js';

export type { LabelLine };

/** A label's width, px, as drawn; `line()` is the line box every label is drawn in. */
export interface TextMeasurer {
  (text: string): number;
  line(): LabelLine;
}

/** When nothing can be measured (no shadow root yet, or the element is not rendered): a rough guess, not kept. */
const guessWidth = (text: string) => text.length * LABEL_FONT_SIZE * 0.6;
const GUESSED_LINE: LabelLine = { height: 16, baseline: 4 };

/** The hidden probe: a host with a shadow root holding `<svg><text part="label">`. */
class Probe {
  readonly holder = document.createElement('div');
  private readonly svg = document.createElementNS(SVG_NS, 'svg');
  readonly text = document.createElementNS(SVG_NS, 'text');
  /** One text node, whose data is changed: cheaper than replacing the text's children for every label. */
  private readonly content = document.createTextNode('');

  constructor() {
    const { holder, svg, text } = this;
    holder.setAttribute('aria-hidden', 'true');
    holder.setAttribute('exportparts', 'label');
    // Through the CSSOM, which a strict Content-Security-Policy allows (a style attribute it would block).
    // `all: inherit` first: the element's :host rules also match this host, and would otherwise set back
    // what the element inherits from the page; its inline style wins over them. Then out of the flow, of no
    // size and contained, so that measuring lays out this box alone.
    const box = { all: 'inherit', position: 'absolute', width: '0', height: '0', overflow: 'hidden', visibility: 'hidden', contain: 'strict', 'pointer-events': 'none' };
    for (const [name, value] of Object.entries(box)) holder.style.setProperty(name, value);
    svg.setAttribute('width', String(PROBE_SIZE));
    svg.setAttribute('height', String(PROBE_SIZE));
    text.setAttribute('part', 'label');
    text.setAttribute('x', '0');
    text.setAttribute('y', String(PROBE_BASELINE));
    text.append(this.content);
    svg.append(text);
  }

  /** Puts the probe (back) at the end of the element's shadow root, with its style sheets. False when it has none yet. */
  attach(root: ShadowRoot | null): boolean {
    if (!root) return false;
    if (this.holder.parentNode === root) return true;
    const inner = this.holder.shadowRoot ?? this.holder.attachShadow({ mode: 'open' });
    if (root.adoptedStyleSheets.length) inner.adoptedStyleSheets = [...root.adoptedStyleSheets];
    else inner.replaceChildren(...[...root.querySelectorAll('style')].map((style) => style.cloneNode(true)));
    inner.append(this.svg);
    root.append(this.holder);
    return true;
  }

  /** How many screen px one px of the probe's own is drawn as; 0 when it is not rendered. */
  scale(): number {
    return this.svg.getBoundingClientRect().width / PROBE_SIZE;
  }

  /** The text's drawn width, in screen px. */
  width(text: string): number {
    this.content.data = text;
    return this.text.getBoundingClientRect().width;
  }

  /** The text's drawn box along y, in the probe's px from its baseline: top (negative, above it) and height. */
  vertical(text: string, scale: number): { top: number; height: number } {
    this.content.data = text;
    const box = this.text.getBoundingClientRect();
    return { top: (box.top - this.svg.getBoundingClientRect().top) / scale - PROBE_BASELINE, height: box.height / scale };
  }
}

/** Set by the server rendering module: on a server there is no page to measure in (see ssr/). */
let serverMeasurer: TextMeasurer | undefined;

/** Labels rendered on a server are measured with this (font metrics), since there is no page to measure them in. */
export function measureOnServer(measurer: TextMeasurer): void {
  serverMeasurer = measurer;
}

/** A measurer of the labels of `host`, whose shadow root draws them. */
export function textMeasurer(host: HTMLElement): TextMeasurer {
  // `isServer` is false in the browser's build of Lit: this line is not in the bundle.
  if (isServer) return serverMeasurer ?? Object.assign((text: string) => guessWidth(text), { line: () => GUESSED_LINE });
  // Made at the first measurement, not here: the element is constructed where there may be no DOM (server rendering).
  let probe: Probe | undefined;
  const widths = new Map<string, number>();
  let styleKey = '';
  let line: LabelLine | undefined;
  /** Per synchronous run: whether the style was checked and the probe is in place, and its scale once a measurement needed it. */
  let checked = false;
  let placed = false;
  let scale: number | undefined;

  /** The probe, in place, with the widths kept for its present style; once per run. Undefined when it cannot be placed yet. */
  function ready(): Probe | undefined {
    if (!checked) {
      checked = true;
      scale = undefined;
      queueMicrotask(() => (checked = false));
      probe ??= new Probe();
      placed = probe.attach(host.shadowRoot);
      if (placed) {
        const style = getComputedStyle(probe.text);
        // Widths are kept in the probe's own px, so a page's transforms need not be part of the key.
        const key = KEYED_STYLES.map((name) => style.getPropertyValue(name)).join('|');
        if (key !== styleKey) {
          styleKey = key;
          widths.clear();
          line = undefined;
        }
      }
    }
    return placed ? probe : undefined;
  }
  /** The probe's scale, read at the first measurement of a run: it costs a layout, which cache hits need not pay. */
  function drawnScale(placedProbe: Probe): number {
    scale ??= placedProbe.scale();
    return scale;
  }

  const measure = (text: string): number => {
    const placedProbe = ready();
    if (!placedProbe) return guessWidth(text);
    let width = widths.get(text);
    if (width === undefined) {
      const scale = drawnScale(placedProbe);
      if (!scale) return guessWidth(text);
      width = placedProbe.width(text) / scale;
      if (widths.size >= MAX_CACHED) widths.clear();
      widths.set(text, width);
    }
    return width;
  };
  measure.line = (): LabelLine => {
    const placedProbe = ready();
    if (!placedProbe) return GUESSED_LINE;
    if (!line) {
      const scale = drawnScale(placedProbe);
      if (!scale) return GUESSED_LINE;
      const { top, height } = placedProbe.vertical(LINE_SAMPLE, scale);
      // The box runs from `top` to `top + height` around a baseline at 0.
      line = { height, baseline: -(top + height / 2) };
    }
    return line;
  };
  // The first measurement lays out the probe and loads the fonts of the line sample's scripts, several ms:
  // done while the page is idle, it is off the first paint of data that arrives later.
  if (typeof window !== 'undefined') {
    // Held weakly: on a busy page idle time may come late, and an element taken out meanwhile must not be
    // kept alive by its pending measurement.
    const [weakHost, weakMeasure] = [new WeakRef(host), new WeakRef(measure)];
    whenIdle(() => {
      if (weakHost.deref()?.isConnected) weakMeasure.deref()?.line();
    });
  }
  return measure;
}
