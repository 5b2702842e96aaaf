import { expect } from '@open-wc/testing';
import { windowBands } from '../../src/layout/band-window.js';
import type { BandLayout, ChartLayout, ClusterLayout, MarkLayout } from '../../src/layout/geometry.js';

const band = (row: number, y: number): BandLayout => ({ row, id: `g${row}`, depth: 0, collapsed: false, children: 0, count: 1, y, height: 100 });
const mark = (id: string, cy: number): MarkLayout => ({
  event: { id } as MarkLayout['event'], kind: 'point', t0: 10, t1: 10, lane: 0, shape: { type: 'circle', cx: 10, cy, r: 6 },
  label: id, labelX: 10, labelY: cy + 20, labelAnchor: 'start', labelVisible: true,
});
const cluster = (id: string, y: number) => ({ cluster: { id }, hit: { x: 0, y, width: 10, height: 20 } }) as unknown as ClusterLayout;
const chart = (bands?: BandLayout[]) =>
  ({ bands, marks: [mark('a', 40), mark('b', 140), mark('c', 240)], clusters: [cluster('k0', 30), cluster('k1', 130), cluster('k2', 230)] }) as unknown as ChartLayout;

describe('windowBands(): only the near bands\' marks and clusters are put in the page', () => {
  it('keeps the marks and clusters of the bands shown, and those of the ids kept', () => {
    const bands = [band(0, 0), band(1, 100), band(2, 200)];
    const drawn = windowBands(chart(bands), (b) => b.row === 1, new Set(['c', 'k0']));
    expect(drawn.marks.map((m) => m.event.id)).to.deep.equal(['b', 'c']);
    expect(drawn.clusters.map((c) => c.cluster.id)).to.deep.equal(['k0', 'k1']);
    expect(drawn.bands).to.equal(bands);
  });

  it('gives the same chart when every band is shown, or there are no bands', () => {
    const whole = chart([band(0, 0), band(1, 100), band(2, 200)]);
    expect(windowBands(whole, () => true, new Set())).to.equal(whole);
    const plain = chart(undefined);
    expect(windowBands(plain, () => false, new Set())).to.equal(plain);
  });
});
