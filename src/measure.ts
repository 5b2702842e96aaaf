/** Text widths for label layout, measured with a canvas in the element's own font. */

export const LABEL_FONT_SIZE = 13;
const MAX_CACHED = 5000;

export function textMeasurer(host: HTMLElement): (text: string) => number {
  let context: CanvasRenderingContext2D | null = null;
  let font = '';
  const widths = new Map<string, number>();
  return (text: string) => {
    const wanted = `${LABEL_FONT_SIZE}px ${getComputedStyle(host).fontFamily || 'sans-serif'}`;
    if (wanted !== font) {
      font = wanted;
      widths.clear();
    }
    let width = widths.get(text);
    if (width === undefined) {
      context ??= document.createElement('canvas').getContext('2d');
      if (!context) return text.length * LABEL_FONT_SIZE * 0.6;
      context.font = font;
      width = context.measureText(text).width;
      if (widths.size >= MAX_CACHED) widths.clear();
      widths.set(text, width);
    }
    return width;
  };
}
