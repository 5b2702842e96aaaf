import '../../src/languages.js';
import { expect } from '@open-wc/testing';
import { countsOverBars } from '../../src/layout/chart-layout.js';
import type { Cluster } from '../../src/layout/detail.js';
import type { ClusterLayout } from '../../src/layout/geometry.js';
import { compactCount } from '../../src/time/words.js';
import { measure } from '../helpers/layout.js';

const FLOOR = 40;

/** Bars as a density strip lays them out: each `width` px wide from `x`, `height` px tall, with no count yet. */
function bars(specs: readonly { x: number; width: number; height: number; count: number }[]): ClusterLayout[] {
  return specs.map(({ x, width, height, count }, i) => {
    const cluster = { id: `c${i}`, first: 0, end: count, count, from: 0, to: 1, firstStart: 0, lastStart: 1 } as Cluster;
    const shape = { type: 'rect' as const, x, y: FLOOR - height, width, height };
    return { cluster, shape, hit: { x, y: 0, width, height: FLOOR }, label: '', labelX: x + width / 2, labelY: FLOOR - height - 3 };
  });
}

const inEnglish = { clusterLabel: (cluster: Cluster) => compactCount('en')(cluster.count), measure, width: 1200 };
/** A row of touching bars, as a million events over seventy years give at 1,280 px. */
const row = (width: number, counts: readonly number[], height = 24) => bars(counts.map((count, i) => ({ x: 10 + i * width, width, height, count })));
const extent = (bar: ClusterLayout) => [bar.labelX - measure(bar.label) / 2, bar.labelX + measure(bar.label) / 2];

describe('countsOverBars()', () => {
  it('gives each bar its count in full where that fits over it', () => {
    expect(countsOverBars(row(50, [30_512, 1_234, 87]), inEnglish).map((bar) => bar.label)).to.deep.equal(['30.5K', '1.2K', '87']);
  });

  it('counts a narrow first or last bar (cut where the data starts or ends) beyond it, over the empty time there', () => {
    const strip = bars([
      { x: 60, width: 6, height: 24, count: 1_800 },
      // Taller than the ends: a count of an end bar may not reach over them.
      { x: 66, width: 33, height: 30, count: 2_000 },
      { x: 99, width: 33, height: 30, count: 2_100 },
      { x: 132, width: 5, height: 24, count: 1_900 },
    ]);
    const counted = countsOverBars(strip, { ...inEnglish, width: 300 });
    expect(counted.map((bar) => bar.label)).to.deep.equal(['1.8K', '2K', '2.1K', '1.9K']);
    // The first count ends where its bar does; the last begins over its bar, after the count before it.
    expect(extent(counted[0])[1]).to.be.closeTo(66, 0.01);
    expect(extent(counted[3])[0]).to.be.within(132, 137);
    for (let i = 1; i < counted.length; i++) expect(extent(counted[i - 1])[1]).to.be.at.most(extent(counted[i])[0]);
  });

  it('rounds a count to two figures where only that fits, so that a row of narrow bars is counted', () => {
    // "30.5K" is 35 px here, over bars of 33: the rounded "31K" fits each.
    const counted = countsOverBars(row(33, [30_512, 30_488, 29_990, 5_731]), inEnglish);
    expect(counted.map((bar) => bar.label)).to.deep.equal(['31K', '30K', '30K', '5.7K']);
  });

  it('lets a count too long for its bar reach over its neighbours, never over another count, and stay on the chart', () => {
    const long = { ...inEnglish, clusterLabel: (cluster: Cluster) => `${compactCount('en')(cluster.count)} events`, width: 10 + 30 * 33 };
    const counted = countsOverBars(row(33, Array.from({ length: 30 }, (_, i) => 30_000 + i * 17)), long);
    const labelled = counted.filter((bar) => bar.label);
    expect(labelled.length).to.be.within(9, 15);
    labelled.forEach((bar, i) => {
      const [left, right] = extent(bar);
      expect(left).to.be.at.least(0);
      expect(right).to.be.at.most(long.width);
      if (i) expect(left).to.be.at.least(extent(labelled[i - 1])[1] + 6);
    });
  });

  it('keeps a reaching count off a neighbour that stands higher than it, but not off one far away', () => {
    const long = { ...inEnglish, clusterLabel: (cluster: Cluster) => `${cluster.count} events` };
    // A low bar between two tall ones: its count would be drawn across their bars.
    const between = countsOverBars(bars([
      { x: 10, width: 33, height: 8, count: 5 },
      { x: 43, width: 33, height: 30, count: 9 },
      { x: 76, width: 33, height: 4, count: 2 },
      { x: 109, width: 33, height: 30, count: 9 },
    ]), long);
    expect(between[2].label).to.equal('');
    // The same low bar with the tall ones far off: nothing is in the way.
    const apart = countsOverBars(bars([
      { x: 40, width: 33, height: 30, count: 9 },
      { x: 300, width: 33, height: 4, count: 2 },
      { x: 600, width: 33, height: 30, count: 9 },
    ]), long);
    expect(apart.map((bar) => bar.label)).to.deep.equal(['9 events', '2 events', '9 events']);
  });
});
