/**
 * The chart as a file: an SVG that looks as the chart does, a PNG drawn from it, and the download a reader
 * asks for with the SVG and PNG buttons. The writers are chunks of their own: most readers never save the
 * chart, so the SVG writer (export.ts) loads just after the chart is first drawn, and updateComplete waits
 * for it (toSVG() then has it); the PNG writer and the download (export-file.ts) load when asked for.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Writer = typeof import('../export.js');

export class ChartExport implements ReactiveController {
  private writer?: Writer;
  /** The SVG writer's load, once the chart is drawn, until it has come. */
  pending?: Promise<unknown>;

  /**
   * `chart`: the chart's size as laid out, px (undefined before it is drawn); `title`: the timeline's
   * title in the reader's language, for the file's title and name.
   */
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement & { readonly renderRoot: ParentNode },
    private readonly chart: () => { width: number; height: number } | undefined,
    private readonly title: () => string | undefined,
    /** Runs `read` with all of the chart in the page (a grouped chart puts only the bands near the screen). */
    private readonly whole: <T>(read: () => T) => T = (read) => read(),
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    // Nothing to draw anew when it comes: no update is asked for.
    if (this.writer || this.pending || !this.chart()) return;
    this.pending = import('../export.js').then((writer) => {
      this.writer = writer;
      this.pending = undefined;
    });
  }

  /** The SVG; undefined before the chart is drawn and its writer has come (updateComplete waits for both). */
  svg(): string | undefined {
    const writer = this.writer;
    if (!writer) return undefined;
    return this.whole(() => {
      const svg = this.host.renderRoot.querySelector<SVGSVGElement>('svg.chart');
      // A grouped chart's labels are buttons over the chart: the file gets their words as text.
      return svg ? writer.chartToSVG(svg, writer.fileBackground(this.host), this.title(), writer.overlaysOf(this.host.renderRoot, svg, '[part="group-label"]')) : undefined;
    });
  }

  async png(scale: number): Promise<Blob | undefined> {
    const text = this.svg();
    const size = this.chart();
    return text && size ? (await import('../export-file.js')).svgToPNG(text, size.width, size.height, scale) : undefined;
  }

  async save(type: 'svg' | 'png'): Promise<void> {
    await this.pending;
    const blob = type === 'svg' ? new Blob([this.svg() ?? ''], { type: 'image/svg+xml' }) : await this.png(2);
    if (blob && this.writer) (await import('../export-file.js')).download(blob, this.writer.fileNameFor(this.title(), type));
  }
}
