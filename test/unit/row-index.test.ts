import '../../src/languages.js';
import { expect } from '@open-wc/testing';
import { CHART } from '../../src/layout/chart-layout.js';
import { chooseDetail, inCluster } from '../../src/layout/detail.js';
import { splitClusters, type SwimlaneInput } from '../../src/layout/swimlanes.js';
import { derive } from '../../src/model/derive.js';
import { groupRows, groupSlots, indexRows, matchInRows, rowsAt, rowsFromSlots } from '../../src/model/groups.js';
import { parseEventsDocument } from '../../src/model/parse.js';
import { calendarFormatter } from '../../src/time/calendar.js';
import { measure } from '../helpers/layout.js';

/** Seeded, so that a failure can be run again. */
function random(seed: number) {
  return () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
}

const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Points and ranges (some long, starting before most views) in nested groups, some events in none. */
function dataSet(n: number, seed: number) {
  const next = random(seed);
  const base = Date.UTC(2000, 0, 1);
  const events = Array.from({ length: n }, (_, i) => {
    const start = base + Math.floor(next() * 2000) * DAY;
    const long = next() < 0.05;
    const end = long ? start + Math.floor(next() * 1500) * DAY : next() < 0.3 ? start + Math.floor(next() * 20) * DAY : undefined;
    const g = Math.floor(next() * 7);
    return { id: `e${i}`, title: `E${i}`, start: iso(start), ...(end ? { end: iso(end) } : {}), ...(g < 6 ? { group: `g${g}` } : {}) };
  });
  return derive(parseEventsDocument({ groups: { g0: 'G0', g1: { label: 'G1', parent: 'g0' }, g2: { label: 'G2', parent: 'g0' }, g3: 'G3' }, events }));
}

describe('groupSlots(), rowsFromSlots(), indexRows(): the rows made once per data, then per collapse', () => {
  it('rowsFromSlots() gives the rows groupRows() gives, collapsed or not; indexRows() each row\'s places, ascending', () => {
    const data = dataSet(500, 7);
    const events = data.document.events;
    const slots = groupSlots(data.document.groups, events)!;
    for (const collapsed of [new Map<string, boolean>(), new Map([['g0', true]]), new Map([['g0', true], ['g3', true]])]) {
      const rows = rowsFromSlots(slots, collapsed);
      const expected = groupRows(data.document.groups, events, collapsed)!;
      expect(rows.rows).to.deep.equal(expected.rows);
      const index = indexRows(rowsAt(slots, rows.rowOfSlot), rows.rows.length);
      expect(Array.from(index.rowAt)).to.deep.equal(events.map((event) => expected.rowOf(event)));
      index.places.forEach((places, row) => {
        expect(Array.from(places)).to.deep.equal(events.flatMap((event, i) => (expected.rowOf(event) === row ? [i] : [])));
      });
      expect(index.places.map((places) => places.length)).to.deep.equal(expected.rows.map((row) => row.count));
    }
  });

  it('groupSlots() is undefined for data with no groups', () => {
    const data = derive(parseEventsDocument({ events: [{ id: 'a', start: '2001', title: 'A' }] }));
    expect(groupSlots(data.document.groups, data.document.events)).to.equal(undefined);
  });
});

describe('splitClusters(): each row\'s share of the clusters in view, by binary search in its places', () => {
  it('gives each row the events of each cluster that are its own, in view and not pinned, as a visit to each would', () => {
    const data = dataSet(3000, 11);
    const all = data.document.events;
    const next = random(3);
    for (const collapsed of [new Map<string, boolean>(), new Map([['g0', true]])]) {
      const rows = groupRows(data.document.groups, all, collapsed)!;
      for (let round = 0; round < 12; round++) {
        const a = Date.UTC(2000, 0, 1) + next() * 1900 * DAY;
        const view = { start: a, end: a + (20 + next() * 1500) * DAY };
        const pinned = new Set([Math.floor(next() * all.length), Math.floor(next() * all.length), Math.floor(next() * all.length)]);
        const range: [number, number] = [CHART.padding, 800 - CHART.padding];
        const detail = chooseDetail(data.index, view, { limit: 50, range, slicePx: 36, pinned });
        const input: SwimlaneInput = {
          events: [], clusters: detail.clusters, domain: [view.start, view.end], width: 800, calendar: calendarFormatter('en'),
          labelOf: (event) => event.id, measure, maxLanes: 4, rows, all, index: data.index, view, pinned,
        };
        const split = splitClusters(input, rows.rows.length);
        // A visit to every event of every cluster: what splitClusters() must agree with.
        const singles: string[][] = rows.rows.map(() => []);
        const clusters: string[][] = rows.rows.map(() => []);
        for (const cluster of detail.clusters) {
          const byRow = new Map<number, number[]>();
          for (let i = cluster.first; i < cluster.end; i++) {
            if (!inCluster(cluster, data.index, i, view, pinned)) continue;
            const row = rows.rowOf(all[i]);
            byRow.set(row, [...(byRow.get(row) ?? []), i]);
          }
          for (const [row, members] of [...byRow].sort((x, y) => x[0] - y[0])) {
            const starts = members.map((i) => all[i].from);
            if (members.length === 1) singles[row].push(all[members[0]].id);
            else clusters[row].push(`${cluster.id}-${row} ${members[0]}..${members.at(-1)! + 1} ×${members.length} ${Math.min(...starts)}-${Math.max(...starts)}`);
          }
        }
        expect(split.singles.map((list) => list.map((event) => event.id))).to.deep.equal(singles);
        expect(split.clusters.map((list) => list.map((c) => `${c.id} ${c.first}..${c.end} ×${c.count} ${c.firstStart}-${c.lastStart}`).sort())).to.deep.equal(clusters.map((list) => list.sort()));
        expect(detail.clusters.length, 'the view clusters').to.be.above(0);
      }
    }
  });
});

describe('matchInRows(): a band\'s cluster matches a search only for its own row\'s events', () => {
  it('looks among the row\'s places in the cluster\'s span, not at every event there', () => {
    // Places 0..9 alternate between rows 0 and 1; only place 3 (row 1) matches.
    const index = indexRows(Int32Array.from({ length: 10 }, (_, i) => i % 2), 2);
    const search = { clusterHasMatch: (_cluster: { first: number; end: number; row?: number }) => true, matchAt: (i: number) => i === 3 };
    const look = matchInRows(search, index);
    expect(look.clusterHasMatch({ first: 0, end: 9, row: 0 })).to.equal(false);
    expect(look.clusterHasMatch({ first: 0, end: 9, row: 1 })).to.equal(true);
    expect(look.clusterHasMatch({ first: 4, end: 9, row: 1 })).to.equal(false);
    // A cluster of no row (an ungrouped chart's) is the search's own question.
    expect(look.clusterHasMatch({ first: 4, end: 9 })).to.equal(true);
  });
});
