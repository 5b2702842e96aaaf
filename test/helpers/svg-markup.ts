/**
 * An SVG subtree as markup that reads well in a diff, for the drawing snapshots: one element a line,
 * indented by depth, attributes sorted, Lit's comment markers and blank text left out, whitespace in
 * text collapsed, and the numbers of geometric attributes rounded so that sub-pixel noise is no change.
 */

/** Attributes that hold coordinates and sizes; numbers elsewhere (ids, dates in labels) are kept as they are. */
const GEOMETRY = new Set(['x', 'y', 'x1', 'y1', 'x2', 'y2', 'cx', 'cy', 'r', 'rx', 'ry', 'width', 'height', 'viewBox', 'transform', 'd', 'points']);
const NUMBER = /-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/gi;
const SVG_NS = 'http://www.w3.org/2000/svg';

/** `value` to the nearest `step` (0.1: 12.34 is 12.3), written without a trailing ".0" or a "-0". */
export function roundNumbers(value: string, step: number): string {
  const decimals = Math.max(0, -Math.floor(Math.log10(step) + 1e-9));
  return value.replace(NUMBER, (number) => {
    const rounded = Number((Math.round(Number(number) / step) * step).toFixed(decimals));
    return String(rounded === 0 ? 0 : rounded);
  });
}

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (text: string) => escapeText(text).replace(/"/g, '&quot;');

function attributes(element: Element, step: number, isRoot: boolean): string {
  const pairs = [...element.attributes].map(({ name, value }): [string, string] => [name, GEOMETRY.has(name) ? roundNumbers(value, step) : value]);
  // The namespace is implicit in the DOM; written out, the snapshot file is an SVG file a viewer opens.
  if (isRoot && element.namespaceURI === SVG_NS && !element.hasAttribute('xmlns')) pairs.push(['xmlns', SVG_NS]);
  return pairs
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, value]) => ` ${name}="${escapeAttribute(value.replace(/\s+/g, ' ').trim())}"`)
    .join('');
}

function lines(element: Element, depth: number, step: number, out: string[]): void {
  const indent = '  '.repeat(depth);
  const tag = element.localName;
  const open = `${indent}<${tag}${attributes(element, step, depth === 0)}`;
  const children = [...element.childNodes].filter(
    (node) => node.nodeType === Node.ELEMENT_NODE || (node.nodeType === Node.TEXT_NODE && (node.textContent ?? '').trim() !== ''),
  );
  if (children.length === 0) {
    out.push(`${open} />`);
  } else if (children.every((node) => node.nodeType === Node.TEXT_NODE)) {
    const text = children.map((node) => node.textContent ?? '').join('').replace(/\s+/g, ' ').trim();
    out.push(`${open}>${escapeText(text)}</${tag}>`);
  } else {
    out.push(`${open}>`);
    for (const node of children) {
      if (node.nodeType === Node.ELEMENT_NODE) lines(node as Element, depth + 1, step, out);
      else out.push(`${indent}  ${escapeText((node.textContent ?? '').replace(/\s+/g, ' ').trim())}`);
    }
    out.push(`${indent}</${tag}>`);
  }
}

/** The markup of `root` and all below it, one element a line, numbers of geometry rounded to `step` px. */
export function svgMarkup(root: Element, step = 0.1): string {
  const out: string[] = [];
  lines(root, 0, step, out);
  return `${out.join('\n')}\n`;
}
