/**
 * Text contrast as a reader sees it, for the colour tests: the text's computed colour (`fill` for SVG
 * text) against the background it sits on, found by compositing every background up the tree (across
 * shadow roots) over the page's canvas. WCAG 2 relative luminance and contrast ratio.
 */

export interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

/** A computed colour: `rgb()`/`rgba()` (comma or space syntax) or `color(srgb …)`. Anything else throws. */
export function parseColor(value: string): Rgba {
  const rgb = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(value.trim());
  if (rgb) return { r: +rgb[1], g: +rgb[2], b: +rgb[3], a: alpha(rgb[4]) };
  const srgb = /^color\(srgb\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)(?:\s*\/\s*([\d.]+%?))?\s*\)$/.exec(value.trim());
  if (srgb) return { r: +srgb[1] * 255, g: +srgb[2] * 255, b: +srgb[3] * 255, a: alpha(srgb[4]) };
  throw new Error(`not a colour this helper reads: "${value}"`);
}

function alpha(value: string | undefined): number {
  if (value === undefined) return 1;
  return value.endsWith('%') ? parseFloat(value) / 100 : parseFloat(value);
}

/** `top` painted over an opaque `bottom`. */
export function over(top: Rgba, bottom: Rgba): Rgba {
  const mix = (t: number, b: number) => t * top.a + b * (1 - top.a);
  return { r: mix(top.r, bottom.r), g: mix(top.g, bottom.g), b: mix(top.b, bottom.b), a: 1 };
}

export function relativeLuminance({ r, g, b }: Rgba): number {
  const linear = (channel: number) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** From 1 (the same) to 21 (black on white); the order of the two does not matter. */
export function contrastRatio(a: Rgba, b: Rgba): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/** The parent in the flat tree as far as backgrounds go: across a shadow root to its host. */
function parentOf(node: Element): Element | null {
  if (node.parentElement) return node.parentElement;
  const root = node.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/** The colour of the page's canvas, where nothing else is painted: `Canvas` in the root's colour scheme. */
function canvasColor(): Rgba {
  const probe = document.createElement('div');
  probe.style.backgroundColor = 'Canvas';
  document.documentElement.append(probe);
  const color = parseColor(getComputedStyle(probe).backgroundColor);
  probe.remove();
  return color;
}

/** The opaque colour behind `node`'s text: every background from the root down to the node, over the canvas. */
export function backgroundBehind(node: Element): Rgba {
  const layers: Rgba[] = [];
  for (let at: Element | null = node; at; at = parentOf(at)) layers.push(parseColor(getComputedStyle(at).backgroundColor));
  return layers.reverse().reduce((below, layer) => over(layer, below), canvasColor());
}

/** The colour `node`'s text is drawn in: its fill for SVG text, its colour otherwise. */
export function textColor(node: Element): Rgba {
  const style = getComputedStyle(node);
  return parseColor(node instanceof SVGElement ? style.fill : style.color);
}

/** The contrast of `node`'s text against what is behind it. */
export function textContrast(node: Element): number {
  const background = backgroundBehind(node);
  return contrastRatio(over(textColor(node), background), background);
}
