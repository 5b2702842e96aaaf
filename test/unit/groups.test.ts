import '../../src/languages.js';
import { expect } from '@open-wc/testing';
import { parentsOf } from '../../src/model/filter.js';
import { groupRows } from '../../src/model/groups.js';
import { parseEventsDocument } from '../../src/model/parse.js';
import type { TimelineDocument } from '../../src/model/types.js';
import { describeProblem } from '../../src/time/words.js';

const ev = (id: string, start: string, group?: string) => ({ id, start, title: id, ...(group === undefined ? {} : { group }) });

/** The rows as short strings: "id" for a group, "  id" for a child, "+" when collapsed, then "=count". */
function rowsOf(doc: TimelineDocument, collapsed?: Map<string, boolean>): string[] | undefined {
  return groupRows(doc.groups, doc.events, collapsed)?.rows.map((row) => `${row.depth ? '  ' : ''}${row.id ?? '(none)'}${row.collapsed ? '+' : ''}=${row.count}`);
}

describe('readGroups() through parseEventsDocument()', () => {
  it('reads groups as a map or a list, labels localized, order, parent and collapsed', () => {
    const doc = parseEventsDocument({
      groups: { a: { label: { en: 'Army', hy: 'Բանակ' }, order: 2 }, b: 'Bank', c: { label: 'Court', parent: 'a', collapsed: true } },
      events: [ev('x', '2001', 'a')],
    });
    expect(doc.problems).to.deep.equal([]);
    expect(doc.groups).to.deep.equal([
      { id: 'a', label: { en: 'Army', hy: 'Բանակ' }, order: 2 },
      { id: 'b', label: { '*': 'Bank' } },
      { id: 'c', label: { '*': 'Court' }, parent: 'a', collapsed: true },
    ]);
    expect(doc.events[0].group).to.equal('a');
    const list = parseEventsDocument({ groups: [{ id: 1, label: 'One' }, { id: 'two' }], events: [] });
    expect(list.groups).to.deep.equal([{ id: '1', label: { '*': 'One' } }, { id: 'two', label: { '*': 'two' } }]);
  });

  it('an event group that is a number is its text; anything else is a field-type problem and no group', () => {
    const doc = parseEventsDocument({ events: [ev('x', '2001'), { ...ev('y', '2002'), group: 7 }, { ...ev('z', '2003'), group: { id: 'a' } }] });
    expect(doc.events.map((event) => event.group)).to.deep.equal([undefined, '7', undefined]);
    expect(doc.problems.map((p) => [p.code, p.field, p.id])).to.deep.equal([['field-type', 'group', 'z']]);
    expect(doc.events[0]).to.not.have.property('group');
    expect(doc.events[2].extra).to.equal(undefined);
  });

  it('a parent that is no group is a named problem, and the group is drawn on its own', () => {
    const doc = parseEventsDocument({ groups: { a: 'A', b: { label: 'B', parent: 'nope' } }, events: [ev('x', '2001', 'b')] });
    expect(doc.problems).to.deep.equal([{ code: 'group-parent-unknown', severity: 'warning', id: 'b', field: 'groups.b.parent', value: 'nope' }]);
    expect(doc.groups![1]).to.deep.equal({ id: 'b', label: { '*': 'B' } });
    expect(describeProblem(doc.problems[0], 'en')).to.equal('The group "b" names "nope" as its "parent", which is no group; it is drawn as a group of its own. Check "parent", or add the group.');
    expect(describeProblem(doc.problems[0], 'hy')).to.contain('"b" խումբը').and.contain('"nope"');
    expect(describeProblem(doc.problems[0], 'ru')).to.contain('Группа "b"').and.contain('"nope"');
  });

  it('nesting two levels deep is a named problem; the group goes under the group at the top; a cycle is broken', () => {
    const doc = parseEventsDocument({
      groups: { top: 'Top', mid: { label: 'Mid', parent: 'top' }, low: { label: 'Low', parent: 'mid' }, p: { label: 'P', parent: 'q' }, q: { label: 'Q', parent: 'p' } },
      events: [ev('x', '2001', 'low')],
    });
    expect(doc.problems.map((p) => [p.code, p.id, p.value, p.detail])).to.deep.equal([
      ['group-nesting-deep', 'low', 'mid', 'top'],
      ['group-nesting-deep', 'p', 'q', ''],
    ]);
    expect(doc.groups!.map((group) => `${group.id}<${group.parent ?? ''}`)).to.deep.equal(['top<', 'mid<top', 'low<top', 'p<', 'q<p']);
    expect(describeProblem(doc.problems[0], 'en')).to.contain('Groups nest one level only, so it is drawn in "top"');
    expect(describeProblem(doc.problems[1], 'en')).to.contain('so it is drawn as a group of its own');
    // The rest is drawn: the event and every group.
    expect(rowsOf(doc)).to.deep.equal(['top=0', '  mid=0', '  low=1', 'p=0', '  q=0']);
  });

  it('many groups with the same problem are said once, counted', () => {
    const groups = Object.fromEntries(Array.from({ length: 5 }, (_, i) => [`g${i}`, { label: `G${i}`, parent: `missing${i}` }]));
    const doc = parseEventsDocument({ groups, events: [] });
    expect(doc.problems).to.have.length(1);
    expect(doc.problems[0]).to.include({ code: 'group-parent-unknown', count: 5, id: 'g0' });
    expect(describeProblem(doc.problems[0], 'en')).to.match(/^5 groups name a "parent" that is no group \(such as "g0", in "missing0"\)/);
    expect(describeProblem(doc.problems[0], 'ru')).to.contain('5');
  });
});

describe('groupRows()', () => {
  it('groupRows() is undefined when nothing is grouped: the timeline is one row', () => {
    expect(rowsOf(parseEventsDocument({ events: [ev('x', '2001'), ev('y', '2002')] }))).to.equal(undefined);
  });

  it('groupRows() without declared groups: the distinct values in order of first appearance, then the ungrouped', () => {
    // Source order b, a, (none), b; time order differs.
    const doc = parseEventsDocument({ events: [ev('1', '2005', 'b'), ev('2', '2001', 'a'), ev('3', '2003'), ev('4', '2000', 'b')] });
    expect(rowsOf(doc)).to.deep.equal(['b=2', 'a=1', '(none)=1']);
    const { rows, rowOf } = groupRows(doc.groups, doc.events)!;
    expect(doc.events.map((event) => `${event.id}:${rows[rowOf(event)].id ?? '-'}`)).to.deep.equal(['4:b', '2:a', '3:-', '1:b']);
  });

  it('groupRows() orders declared groups by order, then as given; children after their parent; undeclared after', () => {
    const doc = parseEventsDocument({
      groups: { z: { label: 'Z' }, a: { label: 'A', order: 2 }, b: { label: 'B', order: 1 }, a2: { label: 'A2', parent: 'a', order: 5 }, a1: { label: 'A1', parent: 'a', order: 1 } },
      events: [ev('1', '2001', 'a1'), ev('2', '2002', 'extra'), ev('3', '2003', 'a')],
    });
    expect(rowsOf(doc)).to.deep.equal(['b=0', 'a=1', '  a1=1', '  a2=0', 'z=0', 'extra=1']);
    const rows = groupRows(doc.groups, doc.events)!.rows;
    expect(rows[1]).to.deep.include({ id: 'a', children: 2, label: { '*': 'A' } });
    expect(rows[2]).to.deep.include({ id: 'a1', parent: 'a', depth: 1 });
    expect(rows[5].label, 'an undeclared group is named by its id').to.equal(undefined);
  });

  it('groupRows() folds a collapsed parent\'s children into its row; a reader\'s choice overrides the data\'s', () => {
    const doc = parseEventsDocument({
      groups: { a: { label: 'A', collapsed: true }, a1: { label: 'A1', parent: 'a' }, b: { label: 'B' } },
      events: [ev('1', '2001', 'a'), ev('2', '2002', 'a1'), ev('3', '2003', 'a1'), ev('4', '2004', 'b')],
    });
    expect(rowsOf(doc)).to.deep.equal(['a+=3', 'b=1']);
    const { rows, rowOf } = groupRows(doc.groups, doc.events)!;
    expect(rowOf(doc.events[1])).to.equal(0);
    expect(rows[0].children).to.equal(1);
    expect(rowsOf(doc, new Map([['a', false]]))).to.deep.equal(['a=1', '  a1=2', 'b=1']);
    expect(rowsOf(doc, new Map([['a', false], ['a1', true], ['b', true]]))).to.deep.equal(['a=1', '  a1+=2', 'b+=1']);
  });

  it('parentsOf() maps each child group to its parent', () => {
    const doc = parseEventsDocument({ groups: { a: 'A', b: { label: 'B', parent: 'a' } }, events: [] });
    expect([...parentsOf(doc.groups)]).to.deep.equal([['b', 'a']]);
    expect(parentsOf(undefined).size).to.equal(0);
  });
});
