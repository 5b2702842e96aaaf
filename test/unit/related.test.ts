import { expect } from '@open-wc/testing';
import { derive } from '../../src/model/derive.js';
import { parseEventsDocument } from '../../src/model/parse.js';

const chain = [
  { id: 'arrest', title: 'Arrest', start: '2016-12-15', related: [{ id: 'decision', label: { en: 'led to', hy: 'հանգեցրեց' } }] },
  { id: 'decision', title: 'Decision', start: '2017-01-17', related: ['handover'] },
  { id: 'handover', title: 'Handover', start: '2017-02-07' },
];

describe('related: links between events', () => {
  it('reads {id, label} and bare ids, with the label in each language', () => {
    const doc = parseEventsDocument(chain);
    expect(doc.problems).to.deep.equal([]);
    expect(doc.events[0].related).to.deep.equal([{ id: 'decision', label: { en: 'led to', hy: 'հանգեցրեց' } }]);
    expect(doc.events[1].related).to.deep.equal([{ id: 'handover', label: undefined }]);
    expect(doc.events[2].related).to.equal(undefined);
  });

  it('names a link to an id no event has, drops only that link, and draws every event', () => {
    const doc = parseEventsDocument([...chain.slice(0, 2), { id: 'handover', title: 'Handover', start: '2017-02-07', related: ['nowhere', 'arrest', 'handover'] }]);
    expect(doc.events.map((event) => event.id)).to.deep.equal(['arrest', 'decision', 'handover']);
    expect(doc.events[2].related!.map((relation) => relation.id)).to.deep.equal(['arrest']);
    const unknown = doc.problems.filter((problem) => problem.code === 'related-unknown');
    // The unknown id, and the link to itself.
    expect(unknown.map((problem) => [problem.id, problem.field, problem.value])).to.deep.equal([
      ['handover', 'related[0].id', 'nowhere'],
      ['handover', 'related[2].id', 'handover'],
    ]);
  });

  it('names a related list that is not a list, and an entry without an id', () => {
    const doc = parseEventsDocument([{ id: 'a', title: 'A', start: '2016', related: 'b' }, { id: 'b', title: 'B', start: '2017', related: [{ label: 'x' }] }]);
    expect(doc.problems.map((problem) => [problem.code, problem.field])).to.deep.equal([['field-type', 'related'], ['field-type', 'related[0].id']]);
    expect(doc.events.length).to.equal(2);
  });

  it('indexes each link both ways, in time order', () => {
    const { related } = derive(parseEventsDocument(chain));
    expect(related.get('decision')!.map((item) => [item.direction, item.event.id])).to.deep.equal([['previous', 'arrest'], ['next', 'handover']]);
    expect(related.get('arrest')!.map((item) => [item.direction, item.event.id, item.label?.en])).to.deep.equal([['next', 'decision', 'led to']]);
    expect(related.get('handover')!.map((item) => [item.direction, item.event.id])).to.deep.equal([['previous', 'decision']]);
  });

  it('reads the story order, leaving out and naming ids no event has', () => {
    const doc = parseEventsDocument({ story: ['handover', 'ghost', 'arrest'], events: chain });
    expect(doc.story).to.deep.equal(['handover', 'arrest']);
    expect(doc.problems.map((problem) => [problem.code, problem.field, problem.value])).to.deep.equal([['related-unknown', 'story[1]', 'ghost']]);
  });

  it('the article links arrest → decision → handover → sentence → pardon → visit, with labels in English and Armenian', async () => {
    const doc = parseEventsDocument(await (await fetch('/data/article-events.json')).json());
    expect(doc.problems).to.deep.equal([]);
    const next = new Map(doc.events.filter((event) => event.related).map((event) => [event.id, event.related!]));
    const path = ['arrest-minsk'];
    while (next.has(path.at(-1)!)) path.push(next.get(path.at(-1)!)![0].id);
    expect(path).to.deep.equal(['arrest-minsk', 'extradition-decision', 'handover-baku', 'sentence-baku', 'pardon-decree', 'hasanov-visit-israel']);
    for (const relations of next.values()) for (const { label } of relations) expect(Object.keys(label!)).to.include.members(['en', 'hy']);
  });
});
