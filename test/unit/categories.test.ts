import '../../src/languages.js';
import { expect } from '@open-wc/testing';
import { categoryLabel } from '../../src/model/categories.js';
import type { Category } from '../../src/model/types.js';

const CATEGORIES: Category[] = [
  { id: 'legal', label: { en: 'Arrest, trial and pardon', hy: 'Ձերբակալում, դատ և ներում', ru: 'Арест, суд и помилование' } },
  { id: 'energy', label: { hy: 'Էներգետիկա', en: 'Energy' } },
  { id: 'only-armenian', label: { hy: 'Դիվանագիտություն' } },
  { id: 'plain', label: { '*': 'Background' } },
];

describe('categoryLabel()', () => {
  it('categoryLabel() gives the declared label in the reader\'s language, with that language', () => {
    expect(categoryLabel(CATEGORIES, 'legal', 'en')).to.deep.equal({ text: 'Arrest, trial and pardon', lang: 'en' });
    expect(categoryLabel(CATEGORIES, 'legal', 'hy')).to.deep.equal({ text: 'Ձերբակալում, դատ և ներում', lang: 'hy' });
    expect(categoryLabel(CATEGORIES, 'legal', 'ru')).to.deep.equal({ text: 'Арест, суд и помилование', lang: 'ru' });
  });

  it('categoryLabel() reads a regional tag as its language: hy-AM and en-GB', () => {
    expect(categoryLabel(CATEGORIES, 'energy', 'hy-AM')).to.deep.equal({ text: 'Էներգետիկա', lang: 'hy' });
    expect(categoryLabel(CATEGORIES, 'energy', 'en-GB')).to.deep.equal({ text: 'Energy', lang: 'en' });
  });

  it('categoryLabel() falls back to English when the label has no text in the reader\'s language', () => {
    // The data's order (hy first) does not matter: English is the fallback.
    expect(categoryLabel(CATEGORIES, 'energy', 'ru')).to.deep.equal({ text: 'Energy', lang: 'en' });
  });

  it('categoryLabel() gives what the data has when it has neither the language nor English, saying which language it is', () => {
    expect(categoryLabel(CATEGORIES, 'only-armenian', 'en')).to.deep.equal({ text: 'Դիվանագիտություն', lang: 'hy' });
    expect(categoryLabel(CATEGORIES, 'only-armenian', 'ru')).to.deep.equal({ text: 'Դիվանագիտություն', lang: 'hy' });
  });

  it('categoryLabel() gives a label of no stated language as it is, in every language, with no lang', () => {
    for (const lang of ['en', 'hy', 'ru']) expect(categoryLabel(CATEGORIES, 'plain', lang)).to.deep.equal({ text: 'Background' });
  });

  it('categoryLabel() names a category that is not declared by its id', () => {
    expect(categoryLabel(CATEGORIES, 'sport', 'hy')).to.deep.equal({ text: 'sport' });
  });

  it('categoryLabel() gives nothing for an event without a category', () => {
    expect(categoryLabel(CATEGORIES, undefined, 'en')).to.equal(undefined);
    expect(categoryLabel(CATEGORIES, '', 'en')).to.equal(undefined);
  });

  it('categoryLabel() finds a category by its exact id: "Legal" is not "legal"', () => {
    expect(categoryLabel(CATEGORIES, 'Legal', 'en')).to.deep.equal({ text: 'Legal' });
  });
});
