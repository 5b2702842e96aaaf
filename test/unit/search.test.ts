import { expect } from '@open-wc/testing';
import { findEvents, findPlaces, foldText, indexForSearch, indexInSlices, narrows, queryTerms } from '../../src/model/search.js';
import { events } from '../helpers/model.js';
import { parseEventsDocument } from '../../src/model/parse.js';

const data = events([
  { id: 'cafe', start: '2001', title: 'Café Zürich opens', place: 'Zürich' },
  { id: 'yerevan', start: '2002', title: { hy: 'Երևանի հիմնադրումը', en: 'Yerevan founded' }, description: { hy: 'Էրեբունի ամրոցը', en: 'The Erebuni fortress' } },
  { id: 'moscow', start: '2003', title: { ru: 'Ёлка в Москве', en: 'A fir tree in Moscow' }, place: { ru: 'Москва' } },
  { id: 'istanbul', start: '2004', title: 'ISTANBUL summit', description: 'Leaders meet on the Bosphorus.' },
  { id: 'plain', start: '2005', title: 'Nothing to see' },
]);
const index = indexForSearch(data);
const found = (query: string, among = data) => findEvents(index, among, query).map((event) => event.id);

describe('search: matching events by their words', () => {
  it('folds case and diacritics, with a lower case that ignores the locale', () => {
    expect(foldText('Café ZÜRICH')).to.equal('cafe zurich');
    expect(foldText('Ёлка')).to.equal('елка');
    // The Turkish dotted capital is one letter and a dot: folded, an i (no locale's rule).
    expect(foldText('İstanbul')).to.equal('istanbul');
    // Armenian "և" is a ligature of "ե" and "ւ": compatibility decomposition splits it.
    expect(foldText('Երևան')).to.equal('երեվան');
    expect(foldText('ԵՐԵՎԱՆ')).to.equal('երեվան');
    // "ու" is untouched.
    expect(foldText('Բեռնու')).to.equal('բեռնու');
  });

  it('finds an event whatever the case and accents of the query or the data', () => {
    expect(found('cafe')).to.deep.equal(['cafe']);
    expect(found('CAFÉ zurich')).to.deep.equal(['cafe']);
    expect(found('istanbul')).to.deep.equal(['istanbul']);
    expect(found('İstanbul')).to.deep.equal(['istanbul']);
  });

  it('finds Armenian words, written with "և", "եւ" or "եվ", in any case', () => {
    expect(found('երևան')).to.deep.equal(['yerevan']);
    expect(found('Երեվան')).to.deep.equal(['yerevan']);
    expect(found('ԵՐԵՎԱՆԻ')).to.deep.equal(['yerevan']);
    expect(found('ԵՐԵՒԱՆ')).to.deep.equal(['yerevan']);
    expect(found('էրեբունի')).to.deep.equal(['yerevan']);
  });

  it('finds Cyrillic words, "ё" as "е", in any case', () => {
    expect(found('елка')).to.deep.equal(['moscow']);
    expect(found('ЁЛКА')).to.deep.equal(['moscow']);
    expect(found('москв')).to.deep.equal(['moscow']);
  });

  it('looks in the title, the description and the place, in every language', () => {
    expect(found('zurich')).to.deep.equal(['cafe']);
    expect(found('bosphorus')).to.deep.equal(['istanbul']);
    expect(found('fortress')).to.deep.equal(['yerevan']);
    expect(found('Москва')).to.deep.equal(['moscow']);
    expect(found('fir tree')).to.deep.equal(['moscow']);
  });

  it('needs every word of the query, anywhere and in any order, but never across two fields', () => {
    expect(found('tree moscow')).to.deep.equal(['moscow']);
    expect(found('tree zurich')).to.deep.equal([]);
    // "opens" ends the title and "Zürich" is the place: no match for the words run together.
    expect(found('openszurich')).to.deep.equal([]);
  });

  it('finds nothing for an empty query, and only among the events given, in their order', () => {
    expect(found('')).to.deep.equal([]);
    expect(found('   ')).to.deep.equal([]);
    expect(queryTerms('  a  b ')).to.deep.equal(['a', 'b']);
    expect(found('e')).to.deep.equal(['cafe', 'yerevan', 'moscow', 'istanbul', 'plain']);
    expect(found('e', [data[3], data[0]])).to.deep.equal(['istanbul', 'cafe']);
  });

  it('finds events by the label of their group and of its parent, in every language, or by an undeclared group\'s id', () => {
    const doc = parseEventsDocument({
      groups: { army: { label: { en: 'Army', hy: 'Բանակ' } }, navy: { label: { en: 'Navy', ru: 'Флот' }, parent: 'army' } },
      events: [
        { id: 'a', start: '2001', title: 'Parade', group: 'army' },
        { id: 'n', start: '2002', title: 'Launch', group: 'navy' },
        { id: 'x', start: '2003', title: 'Other', group: 'Coast guard' },
        { id: 'z', start: '2004', title: 'Loose' },
      ],
    });
    const grouped = indexForSearch(doc.events, doc.groups);
    const find = (query: string) => findEvents(grouped, doc.events, query).map((event) => event.id);
    expect(find('army')).to.deep.equal(['a', 'n']);
    expect(find('բանակ')).to.deep.equal(['a', 'n']);
    expect(find('флот')).to.deep.equal(['n']);
    expect(find('coast')).to.deep.equal(['x']);
    expect(find('launch navy')).to.deep.equal(['n']);
  });

  // Speed belongs to `npm run bench`; here, only that a large index finds exactly what it should.
  it('findEvents() over 100,000 events finds exactly those holding every term', () => {
    const many = events(Array.from({ length: 100_000 }, (_, i) => ({ start: String(1000 + (i % 1000)).padStart(4, '0'), title: `Event number ${i} in Երևան`, place: i % 7 ? 'Москва' : 'Zürich' })));
    const big = indexForSearch(many);
    const result = findEvents(big, many, 'zurich 99');
    expect(result.length).to.equal(many.filter((event) => event.place!['*'] === 'Zürich' && event.title['*'].includes('99')).length);
    expect(findEvents(big, many, 'ԵՐԵՎԱՆ').length).to.equal(100_000);
  });
});

describe('search at scale: an index made in slices, places, narrowing', () => {
  it('indexInSlices() folds the same words as indexForSearch(), a slice at a time', () => {
    const indexing = indexInSlices(data);
    expect(indexing.done).to.equal(false);
    indexing.fold(2);
    expect(indexing.index.folded.filter((words) => words !== undefined)).to.have.length(2);
    indexing.fold(100);
    expect(indexing.done).to.equal(true);
    expect(indexing.index.folded).to.deep.equal(index.folded);
  });

  it('findPlaces() gives the places of what findEvents() finds; within the places given, only those', () => {
    expect(findPlaces(index, data, 'o')).to.deep.equal(findEvents(index, data, 'o').map((event) => data.indexOf(event)));
    const places = findPlaces(index, data, 'o');
    expect(places.length).to.be.above(1);
    expect(findPlaces(index, data, 'o', places.slice(1))).to.deep.equal(places.slice(1));
    expect(findPlaces(index, data, 'zur', places)).to.deep.equal(findPlaces(index, data, 'zur'));
  });

  it('narrows() is true only when each word before is within a word now', () => {
    expect(narrows('E', 'Ev')).to.equal(true);
    expect(narrows('Event', 'Event 4')).to.equal(true);
    expect(narrows('café', 'CAFE zur')).to.equal(true);
    expect(narrows('Ev', 'E')).to.equal(false);
    expect(narrows('', 'E')).to.equal(false);
    expect(narrows('Event 4', 'Event')).to.equal(false);
  });
});
