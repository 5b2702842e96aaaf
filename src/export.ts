/**
 * The chart as a file: an SVG that looks as it does on screen (its computed colours, fonts and strokes
 * written into the file, since the element's stylesheet does not travel with it), and a PNG drawn from
 * that SVG.
 */

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

export function chartToSVG(svg: SVGSVGElement, background: string, title?: string): string {
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
  if (title) {
    const titleNode = document.createElementNS(ns, 'title');
    titleNode.textContent = title;
    copy.prepend(titleNode);
  }
  return new XMLSerializer().serializeToString(copy);
}

/** Draws an SVG string onto a canvas `scale` times its size and returns it as a PNG. */
export async function svgToPNG(svgText: string, width: number, height: number, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.decoding = 'sync';
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.ceil(width * scale);
    canvas.height = Math.ceil(height * scale);
    const context = canvas.getContext('2d')!;
    context.scale(scale, scale);
    context.drawImage(image, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The PNG could not be made.'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Offers a file to the reader, as a link with `download` would. */
export function download(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
