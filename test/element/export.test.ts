import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { driverCan } from '../helpers/engine.js';
import { ARTICLE, mount, whenLoaded } from '../helpers/element.js';
import { declarationsFor, parsedMediaRules, preferReducedMotion, undoMediaEmulation } from '../helpers/media.js';
import { shadow } from '../helpers/shadow.js';

describe('<event-timeline> export and print', () => {
  afterEach(async () => undoMediaEmulation({ media: 'screen', reducedMotion: 'no-preference' }));

  it('toSVG() gives a standalone SVG that looks as the chart does', async () => {
    const el = await mount('hy', 1000);
    await whenLoaded(el, () => (el.src = ARTICLE));
    el.focusEvent('pardon-decree');
    await el.updateComplete;
    const text = el.toSVG()!;
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).to.equal(null);
    const svg = doc.documentElement;
    expect(svg.getAttribute('xmlns')).to.equal('http://www.w3.org/2000/svg');
    expect(svg.querySelector('title')!.textContent).to.equal('Լապշինի գործը և ադրբեջանա-իսրայելական հարաբերությունները');
    expect([...svg.querySelectorAll('text')].map((t) => t.textContent)).to.include('Ալիևը ներում է Լապշինին');
    expect(text).to.contain('fill:rgb(213, 94, 0)');
    expect(svg.querySelectorAll('[tabindex], [role], [aria-label], [class]')).to.have.length(0);
    expect(svg.querySelectorAll('rect, circle').length).to.be.greaterThan(12);
    // Its focus ring stays on the screen.
    expect(text).to.not.contain('rgb(11, 87, 208)');
  });

  it('toSVG() puts a background of the element\'s colour scheme behind a transparent chart', async () => {
    const background = (el: Element) => {
      const svg = new DOMParser().parseFromString((el as never as { toSVG(): string }).toSVG(), 'image/svg+xml').documentElement;
      return svg.querySelector('rect')!.getAttribute('fill') ?? svg.querySelector('rect')!.getAttribute('style');
    };
    const light = await mount('en', 800);
    await whenLoaded(light, () => (light.src = ARTICLE));
    expect(background(light)).to.contain('#ffffff');
    // On a dark page the labels are light: a white file background would make them unreadable.
    const dark = await mount('en', 800);
    dark.style.colorScheme = 'dark';
    await whenLoaded(dark, () => (dark.src = ARTICLE));
    expect(background(dark)).to.contain('#0d1117');
  });

  it('toPNG() draws the chart at twice its size', async () => {
    const el = await mount('en', 800);
    await whenLoaded(el, () => (el.src = ARTICLE));
    const blob = (await el.toPNG())!;
    expect(blob.type).to.equal('image/png');
    const bitmap = await createImageBitmap(blob);
    const svg = shadow(el, 'svg.chart')[0];
    expect(bitmap.width).to.equal(2 * Number(svg.getAttribute('width')));
    expect(bitmap.height).to.equal(2 * Number(svg.getAttribute('height')));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d')!;
    context.drawImage(bitmap, 0, 0);
    const pixels = context.getImageData(0, 0, bitmap.width, bitmap.height).data;
    let coloured = 0;
    for (let i = 0; i < pixels.length; i += 4) if (pixels[i] > 150 && pixels[i + 2] < 60) coloured++;
    expect(coloured, 'orange marks are in the picture').to.be.greaterThan(50);
  });

  it('offers SVG and PNG downloads among its buttons', async () => {
    const el = await mount('en');
    await whenLoaded(el, () => (el.src = ARTICLE));
    expect(shadow(el, '[part~="export-svg"]')[0].getAttribute('aria-label')).to.equal('Download as SVG');
    expect(shadow(el, '[part~="export-png"]')[0].getAttribute('aria-label')).to.equal('Download as PNG');
  });

  it('prints the whole timeline without its buttons, and comes back to the view after', async () => {
    await preferReducedMotion();
    const el = await mount('en');
    await whenLoaded(el, () => (el.src = ARTICLE));
    const full = +el.view!.end - +el.view!.start;
    el.zoomTo('2017-01-01', '2017-12-31');
    await el.updateComplete;
    window.dispatchEvent(new Event('beforeprint'));
    await el.updateComplete;
    expect(+el.view!.end - +el.view!.start).to.be.closeTo(full, 86_400_000);
    if (driverCan.emulateMedia) {
      await emulateMedia({ media: 'print' });
      expect(getComputedStyle(shadow(el, '.controls')[0]).display).to.equal('none');
      await emulateMedia({ media: 'screen' });
    } else {
      // WebDriver cannot emulate print (WebKit): the print block the browser parsed must hide the buttons.
      expect(declarationsFor(parsedMediaRules(el, 'print'), '.controls')?.display).to.equal('none');
    }
    window.dispatchEvent(new Event('afterprint'));
    await el.updateComplete;
    expect(+el.view!.start).to.be.closeTo(Date.UTC(2017, 0, 1), 86_400_000);
  });
});
