import { expect } from '@open-wc/testing';
import { CATEGORY_COLORS, NEUTRAL, PALETTE, categoryStyles } from '../../src/model/colors.js';
import type { Category } from '../../src/model/types.js';
import { events, pad } from '../helpers/model.js';

const category = (id: string, color?: string): Category => ({ id, label: { en: id }, ...(color ? { color } : {}) });
/** One event in each named category, in that order. */
const eventsIn = (...ids: string[]) => events(ids.map((id, i) => ({ start: `2016-01-${pad(i + 1)}`, category: id })));

/** WCAG relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((at) => {
    const c = parseInt(hex.slice(at, at + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

describe('categoryStyles()', () => {
  it('categoryStyles() keeps the colour the data declares', () => {
    const styles = categoryStyles([category('legal', '#123456')], eventsIn('legal'));
    expect(styles.get('legal')).to.deep.equal({ id: 'legal', color: '#123456', declared: true, count: 1 });
  });

  it('categoryStyles() gives declared categories without a colour the palette in order', () => {
    const styles = categoryStyles([category('a'), category('b'), category('c')], []);
    expect([...styles.values()].map((style) => style.color)).to.deep.equal(PALETTE.slice(0, 3));
  });

  it('categoryStyles() lists declared categories first, then those only events name, in the order they first appear', () => {
    const styles = categoryStyles([category('declared')], eventsIn('later', 'declared', 'first-named', 'later'));
    expect([...styles.keys()]).to.deep.equal(['declared', 'later', 'first-named']);
    expect(styles.get('later')!.declared).to.equal(false);
    expect(styles.get('declared')!.declared).to.equal(true);
  });

  it('categoryStyles() lists a declared category that no event uses, so the legend shows it', () => {
    expect([...categoryStyles([category('unused')], eventsIn('other')).keys()]).to.deep.equal(['unused', 'other']);
  });

  it('categoryStyles() gives no style to events without a category', () => {
    expect(categoryStyles([], events([{ start: '2016' }, { start: '2017' }])).size).to.equal(0);
  });

  it('categoryStyles() gives 12 categories 12 different colours, then the neutral colour rather than one again', () => {
    const ids = Array.from({ length: 20 }, (_, i) => `c${i}`);
    const colors = [...categoryStyles([], eventsIn(...ids)).values()].map((style) => style.color);
    expect(colors.slice(0, 12)).to.deep.equal(PALETTE);
    expect(colors.slice(12)).to.deep.equal(Array(8).fill(NEUTRAL));
  });

  it('categoryStyles() orders the categories events name by how many events each has, so the largest get colours', () => {
    const ids = ['rare', 'big', 'mid', 'big', 'mid', 'big'];
    const styles = categoryStyles([], events(ids.map((category, i) => ({ start: `2016-01-${pad(i + 1)}`, category }))));
    expect([...styles.values()].map((style) => [style.id, style.count])).to.deep.equal([['big', 3], ['mid', 2], ['rare', 1]]);
    expect(styles.get('big')!.color).to.equal(PALETTE[0]);
  });

  it('categoryStyles() gives the same colours for the same data, whatever else was coloured before', () => {
    const declared = [category('a'), category('b', '#ff0000')];
    const list = eventsIn('x', 'a', 'y');
    categoryStyles([category('other')], eventsIn('z', 'w'));
    expect([...categoryStyles(declared, list)]).to.deep.equal([...categoryStyles(declared, list)]);
  });

  it('categoryStyles() keeps a category\'s colour when events of new categories are added after it', () => {
    const before = categoryStyles([], eventsIn('a', 'b'));
    const after = categoryStyles([], eventsIn('a', 'b', 'c', 'd'));
    expect(after.get('a')!.color).to.equal(before.get('a')!.color);
    expect(after.get('b')!.color).to.equal(before.get('b')!.color);
  });

  it('categoryStyles() does not give a palette colour that a declared category already has to another category', () => {
    // The data colours "legal" with the palette's second colour; "other" has none of its own.
    const styles = categoryStyles([category('legal', CATEGORY_COLORS[1][0]), category('other')], eventsIn('third'));
    const colors = [...styles.values()].map((style) => style.color);
    expect(new Set(colors).size, colors.join(', ')).to.equal(3);
  });

  it('categoryStyles() knows a declared colour in capitals as the palette colour it is', () => {
    const styles = categoryStyles([category('legal', CATEGORY_COLORS[1][0].toUpperCase()), category('other')], []);
    expect(styles.get('other')!.color).to.not.equal(PALETTE[1]);
  });

  it('CATEGORY_COLORS has 12 different colours, the light ones at least 3:1 against white, the dark ones against the dark theme', () => {
    const contrast = (a: string, b: string) => {
      const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
      return (light + 0.05) / (dark + 0.05);
    };
    expect(CATEGORY_COLORS).to.have.length(12);
    expect(new Set(CATEGORY_COLORS.map(([light]) => light)).size).to.equal(12);
    expect(new Set(CATEGORY_COLORS.map(([, dark]) => dark)).size).to.equal(12);
    for (const [light, dark] of CATEGORY_COLORS) {
      expect(contrast(light, '#ffffff'), light).to.be.at.least(3);
      for (const background of ['#0d1117', '#161b22']) expect(contrast(dark, background), `${dark} on ${background}`).to.be.at.least(3);
    }
  });
});
