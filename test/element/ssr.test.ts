/**
 * Server rendering: the example page (demo/ssr/render-page.mjs, run in Node by the test server) seen with
 * JavaScript disabled, then taken over by the element in the browser.
 */
import { expect, waitUntil } from '@open-wc/testing';

let articleTitles: string[];
before(async () => {
  const data = await (await fetch('/data/article-events.json')).json();
  articleTitles = data.events.map((event: { title: { hy: string } }) => event.title.hy);
});

/** The page in an iframe 800 px wide; `sandbox` without allow-scripts runs no script, as with JavaScript disabled. */
async function framePage(scripts: boolean, query = 'lang=hy&width=800'): Promise<{ frame: HTMLIFrameElement; page: Document }> {
  const frame = document.createElement('iframe');
  if (!scripts) frame.setAttribute('sandbox', 'allow-same-origin');
  frame.style.width = '800px';
  frame.style.height = '900px';
  frame.style.border = '0';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/test-server/ssr-page?${query}`;
  document.body.append(frame);
  await loaded;
  await frame.contentDocument!.fonts.ready;
  return { frame, page: frame.contentDocument! };
}

/** Each label's text and where it is drawn. */
function labelsOf(root: ShadowRoot) {
  return [...root.querySelectorAll<SVGTextElement>('svg.chart text[part="label"]')].map((text) => ({
    text: text.textContent!.trim(),
    x: Number(text.getAttribute('x')),
    y: Number(text.getAttribute('y')),
    // Where the browser draws it, and how wide.
    right: text.getBBox().x + text.getBBox().width,
    width: text.getBBox().width,
  }));
}

describe('server rendering', function () {
  this.timeout(60_000);

  it('shows the timeline with JavaScript disabled: title, every label, colours, legend; no buttons that would do nothing', async () => {
    const { frame, page } = await framePage(false);
    const el = page.querySelector('event-timeline')!;
    expect(frame.contentWindow!.customElements.get('event-timeline'), 'no script ran').to.equal(undefined);
    const root = el.shadowRoot!;
    expect(root, 'a declarative shadow root').to.not.equal(null);
    expect(root.querySelector('[part="title"]')!.textContent).to.equal('Լապշինի գործը և ադրբեջանա-իսրայելական հարաբերությունները');
    const labels = labelsOf(root);
    expect(labels.map((label) => label.text.replace(/ \?$/, ''))).to.have.members(articleTitles);
    for (const text of root.querySelectorAll('svg.chart text[part="label"]')) {
      expect((text as SVGTextElement).getBBox().width, text.textContent!).to.be.greaterThan(20);
    }
    // A mark of the "legal" category in its colour, not the default one.
    const pardon = root.querySelector('[data-id="pardon-decree"] .mark')!;
    expect(getComputedStyle(pardon).fill).to.equal('rgb(213, 94, 0)');
    expect(root.querySelectorAll('[part="legend"] li').length).to.be.greaterThan(4);
    for (const button of root.querySelectorAll('[part~="button"]')) expect(getComputedStyle(button).display).to.equal('none');
    frame.remove();
  });

  it('shows grouped data in bands, each labelled at its start edge, with JavaScript disabled', async () => {
    const { frame, page } = await framePage(false, 'lang=hy&width=800&fixture=grouped-events.json');
    const root = page.querySelector('event-timeline')!.shadowRoot!;
    const bands = [...root.querySelectorAll('[part="group"]')];
    expect(bands.map((band) => band.getAttribute('data-group'))).to.deep.equal(['army', 'navy', 'bank', null]);
    const labels = [...root.querySelectorAll<HTMLElement>('[part="group-label"]')];
    expect(labels.map((label) => label.textContent!.replace(/\s+/g, ' ').trim().split(' ')[0])).to.deep.equal(['Բանակ', 'Նավատորմ', 'Կենտրոնական', 'Առանց']);
    // Each label is laid over its own band, at the chart's start edge (the groups' styles came with the page).
    const chart = root.querySelector('svg.chart')!.getBoundingClientRect();
    labels.forEach((label, i) => {
      const box = label.getBoundingClientRect();
      const band = bands[i].getBoundingClientRect();
      expect(box.top, label.textContent!).to.be.within(band.top - 1, band.bottom);
      expect(box.left - chart.left, label.textContent!).to.be.below(24);
    });
    // Each event's mark is in its own group's band.
    const top = (id: string) => root.querySelector(`[data-id="${id}"] .mark`)!.getBoundingClientRect().top;
    expect(top('launch')).to.be.within(bands[1].getBoundingClientRect().top, bands[1].getBoundingClientRect().bottom);
    frame.remove();
  });

  it('in the browser, the element takes the drawing over in one step: same labels in the same places, never an empty chart', async () => {
    const { frame, page } = await framePage(true);
    const win = frame.contentWindow as Window & typeof globalThis;
    const el = page.querySelector('event-timeline')!;
    const root = el.shadowRoot!;
    const before = labelsOf(root);
    const serverSvg = root.querySelector('svg.chart');
    // Whenever the shadow root changes, the chart must still be there.
    const chartAtEachChange: boolean[] = [];
    const log: string[] = [];
    new win.MutationObserver((records) => { chartAtEachChange.push(!!root.querySelector('svg.chart')); log.push(records.map((r) => r.type + ':' + (r.target as Element).nodeName + '+' + [...r.addedNodes].map((n) => n.nodeName).join(',') + '-' + [...r.removedNodes].map((n) => n.nodeName).join(',')).join(' ') + ' => ' + [...root.children].map((c) => c.nodeName + '.' + c.className).join(',')); }).observe(root, { childList: true, subtree: true });
    const script = page.createElement('script');
    script.type = 'module';
    script.src = '/dist/event-timeline.js';
    page.head.append(script);
    await win.customElements.whenDefined('event-timeline');
    const upgraded = el as Element & { updateComplete: Promise<boolean> };
    await upgraded.updateComplete;
    await new Promise((resolve) => win.requestAnimationFrame(() => win.requestAnimationFrame(resolve)));
    await upgraded.updateComplete;
    expect(el.shadowRoot).to.equal(root);
    expect(root.querySelector('svg.chart'), 'drawn again by the element').to.not.equal(serverSvg);
    expect(chartAtEachChange.length).to.be.greaterThan(0);
    expect(chartAtEachChange.every(Boolean), log.join('\n')).to.equal(true);
    const after = labelsOf(root);
    expect(after.map((label) => label.text)).to.deep.equal(before.map((label) => label.text));
    // The same rows. Along the axis, a label is where its mark is, except one pushed back from the chart's
    // end by its width, which the server measured from the fonts' advance widths and the browser with
    // kerning: such a label ends at the chart's end, and moves by a few percent of its width at most.
    const chartWidth = Number(root.querySelector('svg.chart')!.getAttribute('width'));
    const moved = after.map((label, i) => Math.abs(label.x - before[i].x));
    console.log(`labels moved along the axis by ${moved.map((px) => px.toFixed(1)).join(', ')} px`);
    after.forEach((label, i) => {
      expect(Math.abs(label.y - before[i].y), label.text).to.be.below(1);
      if (moved[i] < 1) return;
      expect(label.right, `${label.text} moved, so it ends at the chart's end`).to.be.within(chartWidth - 16, chartWidth);
      expect(moved[i], label.text).to.be.below(0.08 * label.width);
    });
    // Now it is the element: its buttons are there and work.
    const zoomIn = root.querySelector<HTMLButtonElement>('[part~="zoom-in"]')!;
    expect(getComputedStyle(zoomIn).display).to.not.equal('none');
    frame.remove();
  });

  it('keeps text from data as text: markup in titles neither runs nor ends the data script, with or without scripts', async () => {
    const hostile = 'lang=en&width=800&fixture=hostile-events.json&script=/dist/event-timeline.js';
    const { frame, page } = await framePage(true, hostile);
    const el = page.querySelector('event-timeline')!;
    await waitUntil(() => el.shadowRoot?.querySelectorAll('text[part="label"]').length === 2, 'the hostile data was not drawn', { timeout: 10_000 });
    expect((frame.contentWindow as Window & { __pwned?: string }).__pwned, 'no script from the data ran').to.equal(undefined);
    const labels = [...el.shadowRoot!.querySelectorAll('text[part="label"]')].map((text) => text.textContent);
    expect(labels).to.include("</script><script>window.__pwned = 'event'</script><!--");
    expect(page.querySelectorAll('event-timeline script')).to.have.length(1);
    expect(page.querySelectorAll('img, b, i')).to.have.length(0);
    frame.remove();
  });
});
