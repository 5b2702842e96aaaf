import '../../src/languages.js';
import { expect } from '@open-wc/testing';
import '../../src/i18n/problems/index.js';
import { fromVis, visDate } from '../../src/model/formats/vis.js';
import { groupRows } from '../../src/model/groups.js';
import { readEventsText, readEventsValue } from '../../src/model/read.js';
import type { TimelineDocument } from '../../src/model/types.js';
import { describeProblem } from '../../src/time/words.js';

const fixture = async (name: string) => (await fetch(`/test/fixtures/vis/${name}`)).text();
const titles = (doc: TimelineDocument) => doc.events.map((event) => event.title['*']);
/** The rows as short strings: "  label" for a child, "+" when collapsed, then "=count". */
const rows = (doc: TimelineDocument) =>
  groupRows(doc.groups, doc.events)!.rows.map((row) => `${row.depth ? '  ' : ''}${row.label?.['*'] ?? row.id ?? '(none)'}${row.collapsed ? '+' : ''}=${row.count}`);
const notices = (doc: TimelineDocument) => Object.fromEntries((doc.notices ?? []).filter((p) => p.code === 'vis-unsupported').map((p) => [p.field, p.detail]));

describe('vis-timeline data: its own examples', () => {
  it('basic.json (a bare list of items) is told by its shape: six items, a range, a point, days', async () => {
    const doc = readEventsText(await fixture('basic.json'), { url: '/test/fixtures/vis/basic.json' });
    expect(doc.format).to.equal('vis');
    expect(doc.problems).to.deep.equal([]);
    expect(titles(doc)).to.deep.equal(['item 2', 'item 4', 'item 3', 'item 1', 'item 5', 'item 6']);
    const range = doc.events.find((event) => event.id === '4')!;
    expect([range.start.text, range.end?.text, range.start.precision]).to.deep.equal(['2014-04-16', '2014-04-19', 'day']);
    expect(doc.events.find((event) => event.id === '6')!.end).to.equal(undefined);
    expect(doc.groups).to.equal(undefined);
  });

  it('serialization.json: times with no zone are read in UTC, as every date here', async () => {
    const doc = readEventsText(await fixture('serialization.json'));
    expect(doc.problems).to.deep.equal([]);
    expect(doc.events[0].from).to.equal(Date.UTC(2014, 0, 1, 1));
    const range = doc.events.find((event) => event.id === '4')!;
    // Written to the second, the end covers that second.
    expect(range.to).to.equal(Date.UTC(2014, 0, 1, 4, 30, 1));
    expect(range.start.precision).to.equal('second');
  });

  it('nested-groups.json: groups with their children, collapsed where vis hides them; empty background items left out, noted', async () => {
    const text = await fixture('nested-groups.json');
    const doc = readEventsText(text);
    expect(doc.format).to.equal('vis');
    expect(doc.problems).to.deep.equal([]);
    // 24 items, of which the 6 background ones have content ("item 3"...): all are drawn.
    expect(doc.events).to.have.length(24);
    expect(rows(doc)).to.deep.equal(['Lee=3', '  cook=3', '  shop=3', '  clean house=3', 'invisible group+=3', 'John+=6', 'Alson=3']);
    // A box or a point is a moment, whatever its end; a range keeps it.
    const byId = (id: string) => doc.events.find((event) => event.id === id)!;
    expect([byId('0').end, byId('1').end]).to.deep.equal([undefined, undefined]);
    // vis writes ".000Z": seconds, not milliseconds, are the data's precision.
    expect(byId('2').to - byId('2').from).to.equal(2 * 3_600_000 + 1000);
    expect(byId('2').start.precision).to.equal('second');
    expect(byId('5').group).to.equal('12');
  });

  it('nested-three-levels.json: nesting deeper than one level is one counted problem, and every item is still drawn', async () => {
    const doc = readEventsText(await fixture('nested-three-levels.json'));
    const deep = doc.problems.filter((problem) => problem.code === 'group-nesting-deep');
    expect(deep).to.have.length(1);
    expect(deep[0]).to.include({ count: 8, id: '1243', value: '1' });
    expect(describeProblem(deep[0], 'en')).to.match(/^8 groups are nested more than one level deep \(such as "1243", in "1"\)/);
    expect(doc.problems.filter((problem) => problem.severity === 'error')).to.deep.equal([]);
    expect(doc.events).to.have.length(30);
    // The third level goes under the group at the top, Group 10.
    const north = rows(doc);
    expect(north.slice(0, 3)).to.deep.equal(['Group 10=0', '  North America=' + doc.events.filter((e) => e.group === '1').length, '  Latin America=' + doc.events.filter((e) => e.group === '2').length]);
    expect(north).to.include('  Level 3 1243=' + doc.events.filter((e) => e.group === '1243').length);
    // treeLevel is vis's own bookkeeping; what vis does not know either (EditionId, text) is noted once.
    expect(notices(doc)).to.deep.equal({ 'groups.text': '1', 'groups.EditionId': '1', 'groups.groupId': '1' });
  });
});

describe('fromVis()', () => {
  it('reads content and title as text, never HTML: tags stripped, scripts dropped, links kept when safe', () => {
    const doc = readEventsValue({
      items: [
        { id: 'a', start: '2014-04-20', content: '<b>Bold</b> <i>move</i><script>alert(1)</script>', title: 'More <em>words</em>' },
        { id: 'b', start: '2014-04-21', content: '<a href="https://example.org/x">Read</a> <a href="javascript:alert(1)">bad</a>' },
        { id: 'c', start: '2014-04-22', content: '', title: 'Only a tooltip' },
        { id: 'd', start: '2014-04-23', content: '<img src=x onerror=alert(1)>' },
      ],
    });
    const byId = (id: string) => doc.events.find((event) => event.id === id);
    expect(byId('a')!.title['*']).to.equal('Bold move');
    expect(byId('a')!.description?.['*']).to.equal('More words');
    expect(byId('b')!.links.map((link) => link.href)).to.deep.equal(['https://example.org/x']);
    expect(byId('c')!.title['*']).to.equal('Only a tooltip');
    expect(byId('c')!.description).to.equal(undefined);
    // Nothing but an image: no words, so no title, and the item is named as a problem.
    expect(byId('d')).to.equal(undefined);
    expect(doc.problems.map((problem) => [problem.code, problem.index])).to.deep.equal([['title-missing', 3]]);
  });

  it('className becomes the category (vis pages colour items by class); group the group; numbers as text', () => {
    const doc = readEventsValue({
      groups: [{ id: 1, content: 'Team <b>A</b>', order: 2 }, { id: 2, content: 'Team B', order: 1 }],
      items: [{ id: 7, start: '2014-01-01', content: 'x', className: 'red', group: 1 }, { id: 8, start: '2014-01-02', content: 'y', group: 2 }],
    });
    expect(doc.events.map((event) => [event.id, event.category, event.group])).to.deep.equal([['7', 'red', '1'], ['8', undefined, '2']]);
    expect(doc.groups).to.deep.equal([{ id: '1', label: { '*': 'Team A' }, order: 2 }, { id: '2', label: { '*': 'Team B' }, order: 1 }]);
    expect(rows(doc)).to.deep.equal(['Team B=1', 'Team A=1']);
  });

  it('visDate() reads ms numbers and /Date(ms)/ at the precision they show, and a space as the T', () => {
    expect(visDate(Date.UTC(2014, 3, 20))).to.equal('2014-04-20');
    expect(visDate(Date.UTC(2014, 3, 20, 10, 30))).to.equal('2014-04-20T10:30Z');
    expect(visDate(Date.UTC(2014, 3, 20, 10, 30, 15))).to.equal('2014-04-20T10:30:15Z');
    expect(visDate(Date.UTC(2014, 3, 20, 10, 30, 15, 250))).to.equal('2014-04-20T10:30:15.250Z');
    expect(visDate(`/Date(${Date.UTC(2008, 11, 29)})/`)).to.equal('2008-12-29');
    expect(visDate('2014-04-20 10:00')).to.equal('2014-04-20T10:00');
    expect(visDate('2014-04-20')).to.equal('2014-04-20');
    expect(visDate('2014-04-20T10:00:00.000Z')).to.equal('2014-04-20T10:00:00Z');
    expect(visDate('2014-04-20T10:00:00.250Z')).to.equal('2014-04-20T10:00:00.250Z');
    const doc = readEventsValue({ items: [{ start: 1398000000000, end: 1398086400000, content: 'ms' }] });
    expect(doc.problems).to.deep.equal([]);
    expect([doc.events[0].from, doc.events[0].start.precision]).to.deep.equal([1398000000000, 'minute']);
  });

  it('what has no place here is a notice for the page\'s author, counted by field, in three languages', () => {
    const { notices: found } = fromVis({ items: [
      { start: '2014', content: 'a', style: 'color: red', subgroup: 's1', editable: true },
      { start: '2015', content: 'b', style: 'color: blue' },
      { start: '2016', end: '2017', content: '', type: 'background' },
    ] });
    expect(found.map((p) => [p.field, p.detail, p.value])).to.deep.equal([['style', '2', 'color: red'], ['subgroup', '1', 's1'], ['type: background', '1', undefined]]);
    expect(describeProblem(found[0], 'en')).to.equal('The vis-timeline data uses "style" on 2 items (such as color: red), which this timeline cannot show; it is left out. If it matters, say it in the item\'s content or title.');
    expect(describeProblem(found[1], 'hy')).to.contain('vis-timeline-ի տվյալներում "subgroup"');
    expect(describeProblem(found[0], 'ru')).to.contain('в 2 элементах');
  });
});
