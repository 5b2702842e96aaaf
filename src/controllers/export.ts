/**
 * The chart as a file: an SVG that looks as the chart does, a PNG drawn from it (its code loads on
 * demand), and the download a reader asks for with the SVG and PNG buttons.
 */
import { chartToSVG, fileBackground, fileNameFor, overlaysOf } from '../export.js';

export class ChartExport {
  /**
   * `chart`: the chart's size as laid out, px (undefined before it is drawn); `title`: the timeline's
   * title in the reader's language, for the file's title and name.
   */
  constructor(
    private readonly host: HTMLElement & { readonly renderRoot: ParentNode },
    private readonly chart: () => { width: number; height: number } | undefined,
    private readonly title: () => string | undefined,
    /** Runs `read` with all of the chart in the page (a grouped chart puts only the bands near the screen). */
    private readonly whole: <T>(read: () => T) => T = (read) => read(),
  ) {}

  svg(): string | undefined {
    return this.whole(() => {
      const svg = this.host.renderRoot.querySelector<SVGSVGElement>('svg.chart');
      // A grouped chart's labels are buttons over the chart: the file gets their words as text.
      return svg ? chartToSVG(svg, fileBackground(this.host), this.title(), overlaysOf(this.host.renderRoot, svg, '[part="group-label"]')) : undefined;
    });
  }

  async png(scale: number): Promise<Blob | undefined> {
    const text = this.svg();
    const size = this.chart();
    return text && size ? (await import('../export-file.js')).svgToPNG(text, size.width, size.height, scale) : undefined;
  }

  async save(type: 'svg' | 'png'): Promise<void> {
    const blob = type === 'svg' ? new Blob([this.svg() ?? ''], { type: 'image/svg+xml' }) : await this.png(2);
    if (blob) (await import('../export-file.js')).download(blob, fileNameFor(this.title(), type));
  }
}
