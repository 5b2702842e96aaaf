import { expect } from '@open-wc/testing';
import { derive } from '../../src/model/derive.js';
import { deriveShown, shownEvents, showsAll } from '../../src/model/filter.js';
import { parseEventsDocument } from '../../src/model/parse.js';
import { countInView } from '../../src/model/event-index.js';
import { visibleRange } from '../../src/model/interval-index.js';

const doc = parseEventsDocument({
  categories: { war: { label: 'War' }, art: { label: 'Art' } },
  events: [
    { id: 'a', start: '2001', title: 'A', category: 'war', related: ['c'] },
    { id: 'b', start: '2002', title: 'B', category: 'art' },
    { id: 'c', start: '2003', title: 'C', category: 'war' },
    { id: 'd', start: '2004', title: 'D' },
    { id: 'e', start: '2005', title: 'E', category: 'art' },
  ],
});
const all = derive(doc);
const ids = (list: readonly { id: string }[]) => list.map((event) => event.id);

describe('filter: which events are shown', () => {
  it('shows everything, as the same derived data, when nothing is hidden', () => {
    expect(showsAll({ hidden: new Set() })).to.equal(true);
    expect(deriveShown(all, { hidden: new Set(), filter: null })).to.equal(all);
    // A filter that keeps every event changes nothing either.
    expect(deriveShown(all, { hidden: new Set(), filter: () => true })).to.equal(all);
  });

  it('hides the categories hidden in the legend, undefined standing for events with none', () => {
    expect(ids(shownEvents(doc.events, { hidden: new Set(['war']) }))).to.deep.equal(['b', 'd', 'e']);
    expect(ids(shownEvents(doc.events, { hidden: new Set([undefined]) }))).to.deep.equal(['a', 'b', 'c', 'e']);
  });

  it("keeps only what the page's filter keeps, with the legend's choice", () => {
    const filter = (event: { title: Record<string, string> }) => event.title['*'] !== 'E';
    expect(ids(shownEvents(doc.events, { hidden: new Set(), filter }))).to.deep.equal(['a', 'b', 'c', 'd']);
    expect(ids(shownEvents(doc.events, { hidden: new Set(['war']), filter }))).to.deep.equal(['b', 'd']);
  });

  it('derives positions, the index and the links of the shown events, and keeps the whole colours and data', () => {
    const shown = deriveShown(all, { hidden: new Set(['art']) });
    expect(shown.all).to.equal(all);
    expect(ids(shown.document.events)).to.deep.equal(['a', 'c', 'd']);
    expect(['a', 'c', 'd', 'b'].map((id) => shown.positions.get(id))).to.deep.equal([0, 1, 2, undefined]);
    expect(shown.colors).to.equal(all.colors);
    expect([...shown.usedCategories]).to.deep.equal(['war', undefined]);
    // The index counts only the shown events in a view over all of them.
    const view = { start: Date.UTC(2000, 0, 1), end: Date.UTC(2006, 0, 1) };
    const { first, end } = visibleRange(shown.index, view);
    expect(countInView(shown.index, first, end, view)).to.equal(3);
    expect(shown.related.get('a')?.map((item) => item.event.id)).to.deep.equal(['c']);
    // A link to a hidden event is not there to follow.
    const noWar = deriveShown(all, { hidden: new Set(['war']) });
    expect(noWar.related.get('a')).to.equal(undefined);
  });

  it('hides the groups hidden in the legend: a parent with its children, undefined the events with no group', () => {
    const grouped = derive(parseEventsDocument({
      groups: { army: 'Army', navy: { label: 'Navy', parent: 'army' }, bank: 'Bank' },
      events: [
        { id: 'a', start: '2001', title: 'A', group: 'army' },
        { id: 'n', start: '2002', title: 'N', group: 'navy' },
        { id: 'b', start: '2003', title: 'B', group: 'bank' },
        { id: 'z', start: '2004', title: 'Z' },
      ],
    }));
    const shown = (hiddenGroups: (string | undefined)[]) => deriveShown(grouped, { hidden: new Set(), hiddenGroups: new Set(hiddenGroups) });
    expect(ids(shown(['army']).document.events)).to.deep.equal(['b', 'z']);
    expect(shown(['army']).document.groups!.map((group) => group.id)).to.deep.equal(['bank']);
    expect(ids(shown(['navy']).document.events)).to.deep.equal(['a', 'b', 'z']);
    expect(shown(['navy']).document.groups!.map((group) => group.id)).to.deep.equal(['army', 'bank']);
    // The events with no group: a group's missing parent is not "no group".
    expect(ids(shown([undefined]).document.events)).to.deep.equal(['a', 'n', 'b']);
    expect(shown([undefined]).document.groups).to.have.length(3);
    // A declared group with no events is hidden too: its row goes, though every event stays.
    const empty = derive(parseEventsDocument({ groups: { a: 'A', b: 'B' }, events: [{ start: '2001', title: 'X', group: 'a' }] }));
    const noB = deriveShown(empty, { hidden: new Set(), hiddenGroups: new Set(['b']) });
    expect(noB).to.not.equal(empty);
    expect(noB.document.groups!.map((group) => group.id)).to.deep.equal(['a']);
  });
});
