import { expect, waitUntil } from '@open-wc/testing';
import { mount, sleep, whenError, whenLoaded } from '../helpers/element.js';
import { openFrame } from '../helpers/frame.js';
import { alertText, drawnEvents, drawnIds, shadow, texts } from '../helpers/shadow.js';
import type { EventTimeline } from '../../src/timeline-element.js';

const unique = () => Math.random().toString(36).slice(2);

describe('<event-timeline> over a real network', () => {
  it('gives up after the timeout attribute, with a message that says so', async () => {
    const el = await mount('en');
    el.timeout = 300;
    const started = performance.now();
    const detail = await whenError(el, () => (el.src = `/test-server/events?delay=3000&key=${unique()}`));
    expect(performance.now() - started).to.be.below(2500);
    expect(detail.message).to.contain('no answer in time');
  });

  it('the last src wins, though an earlier answer arrives later', async () => {
    const el = await mount('en');
    const loads: string[][] = [];
    el.addEventListener('timeline-load', (e) => loads.push(e.detail.events.map((event) => event.id)));
    el.src = '/test-server/events?id=slow&delay=600';
    await sleep(50);
    el.src = '/test-server/events?id=fast&delay=50';
    await waitUntil(() => loads.length > 0);
    await sleep(900);
    expect(loads).to.deep.equal([['fast']]);
    expect(drawnIds(el)).to.deep.equal(['fast']);
  });

  it('says when the server sends HTML, with its content type', async () => {
    const el = await mount('en');
    const detail = await whenError(el, () => (el.src = '/test-server/html'));
    expect(detail.message).to.contain('the server sent text/html, not JSON');
  });

  it('says when an HTML error page comes with status 200 and a JSON type', async () => {
    const el = await mount('en');
    const detail = await whenError(el, () => (el.src = '/test-server/html-as-json'));
    expect(detail.message).to.contain('the server sent HTML, not JSON');
  });

  it('refuses an answer larger than max-bytes from its declared length, without reading it', async () => {
    const el = await mount('en');
    el.maxBytes = 100_000;
    const key = unique();
    const detail = await whenError(el, () => (el.src = `/test-server/big?bytes=20000000&key=${key}`));
    expect(detail.message).to.contain('larger than 100000 bytes');
    const { sent } = await (await fetch(`/test-server/sent?key=${key}`)).json();
    expect(sent).to.be.below(5_000_000);
  });

  it('stops reading an undeclared answer as soon as it passes max-bytes', async () => {
    const el = await mount('en');
    el.maxBytes = 100_000;
    const key = unique();
    const detail = await whenError(el, () => (el.src = `/test-server/big?bytes=20000000&declare=no&key=${key}`));
    expect(detail.message).to.contain('larger than 100000 bytes');
    await sleep(200);
    const { sent } = await (await fetch(`/test-server/sent?key=${key}`)).json();
    expect(sent).to.be.below(5_000_000);
  });

  it('a failed load keeps the last good data, marked stale, and Retry loads again', async () => {
    const el = await mount('en');
    await whenLoaded(el, () => (el.src = '/test-server/events?id=good'));
    const key = unique();
    await whenError(el, () => (el.src = `/test-server/flaky?key=${key}&id=second&fail=1`));
    expect(drawnIds(el), 'the last good data stays').to.deep.equal(['good']);
    expect(texts(el, '[part="stale"]')[0]).to.contain('may be out of date');
    expect(alertText(el)).to.contain('503');
    const retry = shadow(el, '[part~="retry"]')[0] as HTMLButtonElement;
    await whenLoaded(el, () => retry.click());
    expect(drawnIds(el)).to.deep.equal(['second']);
    expect(shadow(el, '[part="stale"]')).to.have.length(0);
    expect(shadow(el, '[role="alert"]')).to.have.length(0);
  });

  it('reports the status of an HTTP error in Armenian too', async () => {
    const el = await mount('hy');
    const detail = await whenError(el, () => (el.src = '/test-server/status?code=500'));
    expect(detail.message).to.contain('սերվերը պատասխանեց 500');
  });
});

describe('<event-timeline> under a strict Content-Security-Policy', () => {
  it('renders the article with no policy violation', async () => {
    const frame = openFrame('/test/csp/index.html', 1000);
    await waitUntil(() => drawnIds(frame.contentDocument?.getElementById('timeline')).length === 12, 'not drawn', {
      timeout: 8000,
    });
    const win = frame.contentWindow as Window & { __violations: string[] };
    const root = frame.contentDocument!.getElementById('timeline')!.shadowRoot!;
    // Marks are coloured through the CSSOM, which the policy allows: they have their category colour.
    const mark = root.querySelector('[data-id="pardon-decree"] .mark')!;
    expect(getComputedStyle(mark).fill).to.equal('rgb(213, 94, 0)');
    // The details panel's code loads on demand, under the same policy.
    await waitUntil(() => root.querySelector('[part="details"]'), 'the details never opened under the policy', { timeout: 5000 });
    expect(root.querySelector('[part="details"]')?.textContent).to.contain('Մինսկ');
    // So do the overview's code and styles (adopted, not a style element), and its window is placed through the CSSOM.
    await waitUntil(() => root.querySelector('[part="overview-window"]'), 'no overview under the policy', { timeout: 5000 });
    const overviewWindow = root.querySelector('[part="overview-window"]')!;
    expect([getComputedStyle(overviewWindow).position, overviewWindow.getBoundingClientRect().width]).to.deep.equal(['absolute', root.querySelector('[part="overview"]')!.clientWidth]);
    await sleep(100);
    expect(win.__violations).to.deep.equal([]);
    // The policy is really in force, and the listener really hears: a style attribute is refused.
    frame.contentDocument!.body.setAttribute('style', 'color: red');
    await waitUntil(() => win.__violations.length > 0, 'no violation reported for a style attribute');
    expect(win.__violations[0]).to.match(/^style-src/);
    frame.remove();
  });

  /** The page's second element reads more than 2 MB (29,999 events and one with no title). */
  const largeDrawn = (frame: HTMLIFrameElement) => {
    const el = frame.contentDocument?.getElementById('large') as EventTimeline | null;
    return el?.shadowRoot ? drawnEvents(el).total : 0;
  };

  it("reads a large file in a worker, which worker-src 'self' allows", async () => {
    const frame = openFrame('/test/csp/index.html', 1000);
    await waitUntil(() => largeDrawn(frame) === 29_999, 'the large file was not drawn whole', { timeout: 15000 });
    const win = frame.contentWindow as Window & { __violations: string[]; __workers: string[] };
    expect(win.__workers.map((url) => url.split('/').pop())).to.deep.equal(['read-worker.js']);
    const el = frame.contentDocument!.getElementById('large') as EventTimeline;
    await waitUntil(() => alertText(el).includes('has no title'), 'the record with no title was not said');
    await sleep(100);
    expect(win.__violations).to.deep.equal([]);
    frame.remove();
  });

  it('where the policy refuses workers, reads the same large file on the main thread in slices', async () => {
    const frame = openFrame('/test/csp/index.html?worker=none', 1000);
    await waitUntil(() => largeDrawn(frame) === 29_999, 'the large file was not drawn whole', { timeout: 15000 });
    const win = frame.contentWindow as Window & { __violations: string[]; __workers: string[] };
    expect(win.__workers).to.have.length(1);
    expect(win.__violations.filter((text) => !text.startsWith('worker-src'))).to.deep.equal([]);
    expect(win.__violations.some((text) => text.startsWith('worker-src')), 'the worker was not refused').to.equal(true);
    frame.remove();
  });
});
