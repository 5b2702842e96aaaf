import { expect, fixture, html } from '@open-wc/testing';
import { backgroundBehind, contrastRatio, over, parseColor, textContrast } from '../helpers/contrast.js';

/** The colour helper the colour tests stand on: checked against WCAG's own reference values. */
describe('contrast helper', () => {
  it('reads the colour syntaxes getComputedStyle returns', () => {
    expect(parseColor('rgb(31, 35, 40)')).to.deep.equal({ r: 31, g: 35, b: 40, a: 1 });
    expect(parseColor('rgba(0, 0, 0, 0.5)')).to.deep.equal({ r: 0, g: 0, b: 0, a: 0.5 });
    expect(parseColor('rgb(10 20 30 / 25%)')).to.deep.equal({ r: 10, g: 20, b: 30, a: 0.25 });
    expect(parseColor('color(srgb 1 0 0.5)')).to.deep.equal({ r: 255, g: 0, b: 127.5, a: 1 });
    expect(() => parseColor('light-dark(red, blue)')).to.throw(/not a colour/);
  });

  it('gives 21:1 for black on white, 1:1 for a colour on itself, and 4.48:1 for #777 on white', () => {
    const white = parseColor('rgb(255, 255, 255)');
    expect(contrastRatio(parseColor('rgb(0, 0, 0)'), white)).to.be.closeTo(21, 1e-9);
    expect(contrastRatio(white, white)).to.equal(1);
    expect(contrastRatio(parseColor('rgb(119, 119, 119)'), white)).to.be.closeTo(4.48, 0.005);
    expect(contrastRatio(white, parseColor('rgb(119, 119, 119)'))).to.be.closeTo(4.48, 0.005);
  });

  it('composites half-transparent black over white to mid grey', () => {
    expect(over(parseColor('rgba(0, 0, 0, 0.5)'), parseColor('rgb(255, 255, 255)'))).to.deep.equal({ r: 127.5, g: 127.5, b: 127.5, a: 1 });
  });

  it('finds the background behind text up the tree and across a shadow root', async () => {
    const outer = await fixture<HTMLDivElement>(html`<div style="background: rgb(0, 0, 255)"><span></span></div>`);
    const host = outer.querySelector('span')!;
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<p style="background: rgba(255, 0, 0, 0.5); color: rgb(255, 255, 255)"><b style="color: rgb(0, 0, 255)">text</b></p>';
    const bold = root.querySelector('b')!;
    expect(backgroundBehind(bold)).to.deep.equal({ r: 127.5, g: 0, b: 127.5, a: 1 });
    // Blue text on that purple: poor, and measured so.
    expect(textContrast(bold)).to.be.lessThan(2);
    expect(textContrast(root.querySelector('p')!)).to.be.greaterThan(4.5);
  });
});
