import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, resetMouse, sendMouse } from '@web/test-runner-commands';
import { driverCan, itWhere } from '../helpers/engine.js';
import { ARTICLE, mount, sleep, whenLoaded } from '../helpers/element.js';
import { NO_MEDIA_EMULATION, preferReducedMotion, undoMediaEmulation } from '../helpers/media.js';
import { shadow, texts } from '../helpers/shadow.js';

const fillOf = (node: Element) => getComputedStyle(node).fill;

describe('<event-timeline> themes and media', () => {
  afterEach(async () => {
    await undoMediaEmulation({ colorScheme: 'light', reducedMotion: 'no-preference' });
  });

  itWhere(driverCan.emulateMedia, NO_MEDIA_EMULATION)('follows prefers-color-scheme: dark, and custom properties still win', async () => {
    // The element follows the page's color-scheme (color-scheme.test.ts): this page opts into both, so the
    // system's preference decides, as it did for every page before.
    const wrapper = await fixture<HTMLDivElement>(html`<div style="color-scheme: light dark"><event-timeline lang="en" style="width: 1000px"></event-timeline></div>`);
    const el = wrapper.querySelector('event-timeline')!;
    await whenLoaded(el, () => (el.src = ARTICLE));
    const label = shadow(el, '[part="label"]')[0];
    const light = fillOf(label);
    await emulateMedia({ colorScheme: 'dark' });
    const dark = fillOf(label);
    expect(dark).to.not.equal(light);
    el.style.setProperty('--event-timeline-text-color', 'rgb(1, 2, 3)');
    expect(fillOf(label)).to.equal('rgb(1, 2, 3)');
  });

  it('has a dark scheme of its own, taken on a dark page, that custom properties still win over', async () => {
    // Needs no media emulation (WebKit has none): the page's color-scheme decides, not the system's.
    const light = await mount('en');
    await whenLoaded(light, () => (light.src = ARTICLE));
    const wrapper = await fixture<HTMLDivElement>(html`<div style="color-scheme: dark"><event-timeline lang="en" style="width: 1000px"></event-timeline></div>`);
    const dark = wrapper.querySelector('event-timeline')!;
    await whenLoaded(dark, () => (dark.src = ARTICLE));
    const [lightLabel, darkLabel] = [light, dark].map((el) => shadow(el, '[part="label"]')[0]);
    expect(fillOf(darkLabel), 'a dark text colour').to.not.equal(fillOf(lightLabel));
    dark.style.setProperty('--event-timeline-text-color', 'rgb(1, 2, 3)');
    expect(fillOf(darkLabel)).to.equal('rgb(1, 2, 3)');
  });

  it('in forced colors, marks take the system text colour and the focus ring the highlight', async () => {
    // The test driver cannot emulate forced-colors in this Chromium (matchMedia stays false), so this
    // reads the rules the browser parsed from the element's own stylesheet instead.
    const el = await mount('en');
    await whenLoaded(el, () => (el.src = ARTICLE));
    const rules = el.shadowRoot!.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules]);
    const forced = rules.find((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && rule.conditionText.includes('forced-colors: active'));
    expect(forced, 'a forced-colors block').to.exist;
    const style = (selector: string) =>
      [...forced!.cssRules].find((rule): rule is CSSStyleRule => rule instanceof CSSStyleRule && rule.selectorText === selector)?.style;
    expect(style('.mark')?.fill).to.equal('canvastext');
    expect(style('.focus-ring, .cluster:focus .cluster-hit')?.stroke).to.equal('highlight');
    expect(el.shadowRoot!.querySelector('.event .mark')!.matches('.mark')).to.equal(true);
  });

  it('hovering an event shows its tooltip; leaving hides it', async () => {
    // Narrower than the test browser's window, so that the pointer can reach the mark.
    const el = await mount('en', 760);
    await whenLoaded(el, () => (el.src = ARTICLE));
    const mark = el.shadowRoot!.querySelector('[data-id="pardon-decree"] .mark')!;
    const box = mark.getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)] });
    await el.updateComplete;
    expect(texts(el, '[part="tooltip"]')[0]).to.contain('Aliyev pardons Lapshin').and.to.contain('September 11, 2017');
    await resetMouse();
    await sleep(50);
    await el.updateComplete;
    expect(shadow(el, '[part="tooltip"]')).to.have.length(0);
  });

  it('a double click zooms in, and the live region says what is shown', async () => {
    await preferReducedMotion();
    const el = await mount('en');
    await whenLoaded(el, () => (el.src = ARTICLE));
    const before = +el.view!.end - +el.view!.start;
    const svg = shadow(el, 'svg.chart')[0].getBoundingClientRect();
    const changed = oneEvent(el, 'timeline-view-change');
    // The test driver's two clicks do not make a dblclick: send the event itself, as the browser would.
    const init = { bubbles: true, cancelable: true, clientX: svg.left + svg.width * 0.6, clientY: svg.bottom - 10, view: window };
    shadow(el, 'svg.chart')[0].dispatchEvent(new MouseEvent('dblclick', init));
    const { detail } = await changed;
    expect(+detail.end - +detail.start).to.be.lessThan(before * 0.75);
    await sleep(200);
    await el.updateComplete;
    expect(texts(el, '[aria-live="polite"]')[0]).to.match(/^Showing \d{4} to \d{4}: \d+ events\.$/);
  });

  itWhere(driverCan.emulateMedia, NO_MEDIA_EMULATION)('zooms smoothly over several frames when motion is welcome', async () => {
    await emulateMedia({ reducedMotion: 'no-preference' });
    const el = await mount('en');
    el.axis = 'linear';
    await whenLoaded(el, () => (el.src = ARTICLE));
    const spans: number[] = [];
    const full = +el.view!.end - +el.view!.start;
    (shadow(el, '[part~="zoom-in"]')[0] as HTMLButtonElement).click();
    for (let i = 0; i < 30; i++) {
      await new Promise((resolve) => requestAnimationFrame(resolve));
      spans.push(+el.view!.end - +el.view!.start);
    }
    const between = spans.filter((span) => span < full * 0.98 && span > full * 0.52);
    expect(between.length, 'frames between the two zoom levels').to.be.greaterThan(2);
    expect(spans[spans.length - 1]).to.be.closeTo(full / 2, full * 0.01);
  });
});
