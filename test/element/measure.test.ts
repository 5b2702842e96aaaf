import { expect, fixture, html } from '@open-wc/testing';
import { textMeasurer } from '../../src/measure.js';

/**
 * The measurer against what the browser draws: a host with a shadow root and the labels' own kind of
 * style sheet draws a label next to the measurer's probe, and each measurement must be the drawn box.
 */

const LABELS = ['Lapshin arrested in Minsk ?', 'Լապշինը ձերբակալվում է Մինսկում', 'Лапшин арестован в Минске', 'x'];

async function host(pageCss = '', hostStyle = ''): Promise<{ el: HTMLElement; drawn: SVGTextElement; cleanup: () => void }> {
  const style = document.createElement('style');
  style.textContent = pageCss;
  document.head.append(style);
  const wrapper = await fixture<HTMLDivElement>(html`<div style=${hostStyle}><measured-host></measured-host></div>`);
  const el = wrapper.querySelector('measured-host') as HTMLElement;
  const root = el.attachShadow({ mode: 'open' });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(`:host { display: block; font-family: system-ui, 'Noto Sans', 'Noto Sans Armenian', sans-serif } [part~='label'] { font-size: 13px }`);
  root.adoptedStyleSheets = [sheet];
  root.innerHTML = '<svg width="600" height="40"><text part="label" x="10" y="30"></text></svg>';
  return { el, drawn: root.querySelector('text')!, cleanup: () => style.remove() };
}

/** The drawn label's box for `text`, in the element's own px (a page's scale taken out by `scale`). */
function drawnBox(drawn: SVGTextElement, text: string, scale = 1) {
  drawn.textContent = text;
  const box = drawn.getBoundingClientRect();
  return { width: box.width / scale, height: box.height / scale };
}

describe('textMeasurer()', () => {
  it('measures each label as wide as it is drawn, in Latin, Armenian and Cyrillic', async () => {
    const { el, drawn, cleanup } = await host();
    const measure = textMeasurer(el);
    for (const text of LABELS) expect(measure(text), text).to.be.closeTo(drawnBox(drawn, text).width, 0.01);
    expect(measure('Լապշին')).to.be.greaterThan(20);
    cleanup();
  });

  it('measures in the styles the page gives labels: inherited text styles and ::part(label)', async () => {
    const { el, drawn, cleanup } = await host(
      `body { letter-spacing: 2px; word-spacing: 8px; text-transform: uppercase }
       measured-host::part(label) { font-size: 17px; font-weight: 700 }`,
    );
    const measure = textMeasurer(el);
    for (const text of LABELS) expect(measure(text), text).to.be.closeTo(drawnBox(drawn, text).width, 0.01);
    // Wider than the same text at 13px with no spacing: the page's styles did reach it.
    expect(measure('Lapshin arrested')).to.be.greaterThan(13 * 0.5 * 16 + 2 * 16);
    cleanup();
  });

  it('gives the line box a label is drawn in, and its baseline', async () => {
    const { el, drawn, cleanup } = await host();
    const line = textMeasurer(el).line();
    const box = drawnBox(drawn, 'ÁgԱքЙу');
    expect(line.height).to.be.closeTo(box.height, 0.01);
    // The baseline (y = 30) lies below the box's middle by `baseline`.
    const rect = drawn.getBoundingClientRect();
    const svgTop = drawn.ownerSVGElement!.getBoundingClientRect().top;
    expect(rect.top - svgTop + rect.height / 2 + line.baseline).to.be.closeTo(30, 0.01);
    cleanup();
  });

  it('measures in the element\'s own px when the page scales it with a transform', async () => {
    const { el, drawn, cleanup } = await host('', 'transform: scale(0.5); transform-origin: 0 0');
    const measure = textMeasurer(el);
    // Firefox rounds boxes to 1/60 px (its app units): scaled by 0.5, that is up to 1/30 px of the element's own.
    for (const text of LABELS) expect(measure(text), text).to.be.closeTo(drawnBox(drawn, text, 0.5).width, 0.05);
    expect(textMeasurer(el).line().height).to.be.closeTo(drawnBox(drawn, 'ÁgԱքЙу', 0.5).height, 0.05);
    cleanup();
  });

  it('keeps no guess made while the element is not rendered, and puts its probe back when it is removed', async () => {
    const { el, drawn, cleanup } = await host();
    const measure = textMeasurer(el);
    el.style.display = 'none';
    measure('Lapshin arrested in Minsk');
    await Promise.resolve();
    el.style.display = '';
    expect(measure('Lapshin arrested in Minsk')).to.be.closeTo(drawnBox(drawn, 'Lapshin arrested in Minsk').width, 0.01);
    await Promise.resolve();
    // A re-render that clears the shadow root's end takes the probe with it.
    el.shadowRoot!.lastElementChild!.remove();
    expect(el.shadowRoot!.querySelector('[exportparts]')).to.equal(null);
    expect(measure('Минске')).to.be.closeTo(drawnBox(drawn, 'Минске').width, 0.01);
    cleanup();
  });

  it('measures again when the labels\' font changes, and keeps widths while it does not', async () => {
    const { el, drawn, cleanup } = await host();
    const measure = textMeasurer(el);
    const before = measure('Lapshin');
    await Promise.resolve(); // a new run: the style is checked again
    el.style.fontFamily = 'serif';
    el.style.letterSpacing = '3px';
    await Promise.resolve();
    const after = measure('Lapshin');
    expect(after).to.not.be.closeTo(before, 1);
    expect(after).to.be.closeTo(drawnBox(drawn, 'Lapshin').width, 0.01);
    cleanup();
  });
});
