/**
 * The chart as a file: an SVG that looks as it does on screen (its computed colours, fonts and strokes
 * written into the file, since the element's stylesheet does not travel with it), and a PNG drawn from
 * that SVG.
 */
import { THEME_BACKGROUND } from './styles/palette.styles.js';

/** The properties that make the drawing look as it does. */
const PAINT = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'opacity',
  'visibility',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-decoration',
  'direction',
  'unicode-bidi',
] as const;

/** Attributes for people and scripts on the page, of no use in a file. */
const INTERACTIVE = /^(tabindex|role|aria-.*|data-.*|part|class)$/;

/** Text drawn over the chart in HTML (a group's label), to be written into the file as SVG text. */
export interface Overlay {
  text: string;
  /** The baseline's start, in the chart's px. */
  x: number;
  y: number;
  /** The computed style the text is drawn in on screen. */
  style: CSSStyleDeclaration;
  lang?: string;
}

/**
 * The texts of HTML elements over the chart (matched by `selector` under `root`), each where it is drawn
 * on screen relative to the chart: a grouped chart's labels are buttons over the SVG, not in it.
 */
export function overlaysOf(root: ParentNode, svg: SVGSVGElement, selector: string): Overlay[] {
  const origin = svg.getBoundingClientRect();
  return [...root.querySelectorAll<HTMLElement>(selector)].flatMap((node) => {
    const text = (node.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (!text) return [];
    const box = node.getBoundingClientRect();
    const style = getComputedStyle(node);
    // The baseline, about four fifths of the way down a line of text.
    return [{ text, x: box.left - origin.left + parseFloat(style.paddingLeft || '0'), y: box.top - origin.top + box.height * 0.72, style, lang: node.closest('[lang]')?.getAttribute('lang') ?? undefined }];
  });
}

export function chartToSVG(svg: SVGSVGElement, background: string, title?: string, overlays: readonly Overlay[] = []): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const originals = [svg, ...svg.querySelectorAll('*')];
  const copies = [copy, ...copy.querySelectorAll('*')];
  const screenOnly: Element[] = [];
  originals.forEach((original, i) => {
    const target = copies[i] as SVGElement;
    // Focus rings belong to the screen, not to the file.
    if (original.classList.contains('focus-ring')) screenOnly.push(target);
    const computed = getComputedStyle(original);
    const style = PAINT.map((name) => `${name}:${computed.getPropertyValue(name)}`).join(';');
    if (target !== copy) target.setAttribute('style', style);
    for (const name of target.getAttributeNames()) if (INTERACTIVE.test(name)) target.removeAttribute(name);
  });
  for (const node of screenOnly) node.remove();
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  copy.setAttribute('font-family', getComputedStyle(svg).fontFamily);
  const width = svg.getAttribute('width') ?? '0';
  const height = svg.getAttribute('height') ?? '0';
  const ns = 'http://www.w3.org/2000/svg';
  const back = document.createElementNS(ns, 'rect');
  back.setAttribute('width', width);
  back.setAttribute('height', height);
  back.setAttribute('fill', background);
  copy.prepend(back);
  for (const overlay of overlays) {
    const text = document.createElementNS(ns, 'text');
    text.setAttribute('x', String(Math.round(overlay.x * 10) / 10));
    text.setAttribute('y', String(Math.round(overlay.y * 10) / 10));
    const { style } = overlay;
    text.setAttribute('style', `fill:${style.color};font-family:${style.fontFamily};font-size:${style.fontSize};font-weight:${style.fontWeight}`);
    if (overlay.lang) text.setAttributeNS('http://www.w3.org/XML/1998/namespace', 'xml:lang', overlay.lang);
    text.textContent = overlay.text;
    copy.append(text);
  }
  if (title) {
    const titleNode = document.createElementNS(ns, 'title');
    titleNode.textContent = title;
    copy.prepend(titleNode);
  }
  return new XMLSerializer().serializeToString(copy);
}

/** A file name from a timeline's title: no characters file systems refuse, at most 80 long. */
export function fileNameFor(title: string | undefined, extension: string): string {
  const name = (title || 'timeline').normalize('NFKC').replace(/[\\/:*?"<>|\s]+/g, '-').slice(0, 80);
  return `${name}.${extension}`;
}

/**
 * The element's background for a file. A transparent one becomes a solid background of the element's
 * colour scheme (a file has no page behind it): white behind dark text, the dark theme's behind light text.
 */
export function fileBackground(host: Element): string {
  const style = getComputedStyle(host);
  if (!/^(transparent|rgba\(0, 0, 0, 0\))$/.test(style.backgroundColor)) return style.backgroundColor;
  const [r, g, b] = (style.color.match(/[\d.]+/g) ?? ['0', '0', '0']).map(Number);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b > 128 ? THEME_BACKGROUND[1] : THEME_BACKGROUND[0];
}
