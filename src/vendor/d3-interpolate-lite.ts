/**
 * Stands in for d3-interpolate, which d3-zoom imports for `interpolateZoom`, used only inside zoom
 * transitions that this element never starts (see d3-transition-lite.ts). The real module's bundle keeps
 * d3-color alive through a top-level call, about 4 KB gzipped. This version interpolates a view
 * [x, y, width] linearly, so that any caller still gets a correct (if plainer) path.
 */
type View = [number, number, number];

export function interpolateZoom(a: View, b: View): ((t: number) => View) & { duration: number } {
  const interpolate = (t: number): View => [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] * (b[2] / a[2]) ** t];
  return Object.assign(interpolate, { duration: 250 });
}
