import { expect } from '@open-wc/testing';
import { roundNumbers, svgMarkup } from '../helpers/svg-markup.js';

/** An SVG element parsed from markup, as the browser builds it. */
function svgFrom(markup: string): Element {
  return new DOMParser().parseFromString(markup, 'image/svg+xml').documentElement;
}

describe('roundNumbers()', () => {
  it('roundNumbers() rounds every number in a value to the step, without a trailing ".0"', () => {
    expect(roundNumbers('12.34 0.05 7.96 100', 0.1)).to.equal('12.3 0.1 8 100');
    expect(roundNumbers('0 0 1000 378.449', 1)).to.equal('0 0 1000 378');
  });

  it('roundNumbers() writes a negative number that rounds to zero as 0, not -0', () => {
    expect(roundNumbers('-0.04 -12.36', 0.1)).to.equal('0 -12.4');
  });

  it('roundNumbers() reads numbers written with an exponent or without a leading zero', () => {
    expect(roundNumbers('1e-7 .46 2.5e2', 0.1)).to.equal('0 0.5 250');
  });
});

describe('svgMarkup()', () => {
  it('svgMarkup() writes one element a line, indented by depth, attributes sorted, with the SVG namespace', () => {
    const svg = svgFrom('<svg xmlns="http://www.w3.org/2000/svg" width="10" class="chart"><g role="list"><line y2="1" x1="0"/></g></svg>');
    expect(svgMarkup(svg)).to.equal(
      '<svg class="chart" width="10" xmlns="http://www.w3.org/2000/svg">\n  <g role="list">\n    <line x1="0" y2="1" />\n  </g>\n</svg>\n',
    );
  });

  it('svgMarkup() rounds coordinates but keeps numbers in ids and words', () => {
    const svg = svgFrom('<svg xmlns="http://www.w3.org/2000/svg"><g data-id="cluster-0-9" aria-label="2 events, 2016 – 2017.5"><rect x="1.26" width="-0.01"/></g></svg>');
    const markup = svgMarkup(svg);
    expect(markup).to.contain('data-id="cluster-0-9"').and.contain('aria-label="2 events, 2016 – 2017.5"');
    expect(markup).to.contain('<rect width="0" x="1.3" />');
  });

  it('svgMarkup() leaves out comments and blank text, and collapses the whitespace of text', () => {
    const svg = svgFrom('<svg xmlns="http://www.w3.org/2000/svg"><!--?lit$1$--><g>\n  <text x="1"><!---->  Lapshin\n  arrested  </text>\n</g></svg>');
    expect(svgMarkup(svg)).to.equal(
      '<svg xmlns="http://www.w3.org/2000/svg">\n  <g>\n    <text x="1">Lapshin arrested</text>\n  </g>\n</svg>\n',
    );
  });

  it('svgMarkup() escapes text and attribute values, so that the snapshot stays well-formed', () => {
    const svg = svgFrom('<svg xmlns="http://www.w3.org/2000/svg"><text aria-label="&quot;a&quot; &amp; &lt;b&gt;">x &lt; y &amp; z</text></svg>');
    const markup = svgMarkup(svg);
    expect(markup).to.contain('aria-label="&quot;a&quot; &amp; &lt;b&gt;"').and.contain('>x &lt; y &amp; z</text>');
    expect(svgFrom(markup).querySelector('parsererror')).to.equal(null);
  });

  it('svgMarkup() writes a change of 0.1 px as a change, and one of 0.01 px as none', () => {
    const at = (x: number) => svgMarkup(svgFrom(`<svg xmlns="http://www.w3.org/2000/svg"><circle cx="${x}"/></svg>`));
    expect(at(10.2)).to.not.equal(at(10.3));
    expect(at(10.21)).to.equal(at(10.22));
  });
});
