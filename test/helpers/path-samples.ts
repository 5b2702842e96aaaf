/** Points along an SVG path's data, as the browser draws it (straight stretches, corners and curves alike). */
export function pathSamples(d: string, count = 81): [number, number][] {
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  const path = document.createElementNS('http://www.w3.org/2000/svg', 'path');
  path.setAttribute('d', d);
  svg.append(path);
  document.body.append(svg);
  try {
    const total = path.getTotalLength();
    return Array.from({ length: count }, (_, i) => {
      const point = path.getPointAtLength((total * i) / (count - 1));
      return [point.x, point.y];
    });
  } finally {
    svg.remove();
  }
}

/** Where a path's data starts (its `M`). */
export function pathStart(d: string): [number, number] {
  const [, x, y] = /^M\s*(-?[\d.]+)[ ,](-?[\d.]+)/.exec(d) ?? [];
  return [Number(x), Number(y)];
}
