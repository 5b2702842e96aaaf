import { expect } from '@open-wc/testing';

/**
 * Tests that measure labels are only worth something when the glyphs are real. The test browser is given
 * Noto Sans and Noto Sans Armenian (scripts/chromium.mjs); this says so plainly when they are missing.
 */
function width(text: string, font = '13px system-ui'): number {
  const context = document.createElement('canvas').getContext('2d')!;
  context.font = font;
  return context.measureText(text).width;
}

describe('fonts of the test browser', () => {
  it('draws Armenian with real glyphs: letters of different shapes have different widths', () => {
    const message =
      'No font with Armenian glyphs: the tests start the browser with Noto Sans Armenian from @fontsource/noto-sans-armenian ' +
      '(run npm install), or install one (Debian: apt-get install fonts-noto-core)';
    expect(width('Լապշին'), message).to.be.greaterThan(20);
    expect(width('ււււււ'), message).to.not.be.closeTo(width('ԱԱԱԱԱԱ'), 1);
  });

  it('draws Latin and Cyrillic with the bundled Noto Sans, so that measurements match on every machine', () => {
    expect(width('Lapshin arrested in Minsk')).to.be.closeTo(width('Lapshin arrested in Minsk', '13px "Noto Sans"'), 0.01);
    expect(width('Лапшин')).to.be.greaterThan(20);
  });
});
