/** JSON Lines drawn as they arrive, and the progress bar of a load that takes longer than a moment. */
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import type { TimelineLoadDetail } from '../../src/events.js';
import type { EventTimeline } from '../../src/timeline-element.js';
import { mount, whenError } from '../helpers/element.js';
import { alertText, drawnEvents, shadow, texts } from '../helpers/shadow.js';

const progressBar = (el: EventTimeline) => shadow(el, '[part="progress"]')[0];
const drawnCount = (el: EventTimeline) => drawnEvents(el).total;

describe('<event-timeline> streaming JSON Lines', () => {
  it('draws application/x-ndjson lines while the rest is still arriving, then fires timeline-load with them all', async () => {
    const el = await mount('en', 1000);
    const loaded = oneEvent(el, 'timeline-load');
    el.src = '/test-server/slow?lines=40&per=5&every=150';
    // Part of the data is drawn, and the element still says it is loading.
    await waitUntil(() => drawnCount(el) > 0 && drawnCount(el) < 40, 'drew nothing before the end', { timeout: 5000 });
    expect(texts(el, '[part="status"]')).to.deep.equal(['Loading events…']);
    await waitUntil(() => progressBar(el), 'no progress bar', { timeout: 3000 });
    expect(progressBar(el).getAttribute('role')).to.equal('progressbar');
    // The bar redraws at most every 100 ms: shown before the first events were (a slow machine), it says
    // so at its next redraw.
    await waitUntil(() => /^\d+ events read \(\d+ KB\)$/.test(progressBar(el)?.getAttribute('aria-valuetext') ?? ''), 'the bar never counted the events read', { timeout: 3000 });
    await expect(el).to.be.accessible();
    const { detail } = (await loaded) as CustomEvent<TimelineLoadDetail>;
    await el.updateComplete;
    expect(detail.events).to.have.length(40);
    expect(drawnCount(el)).to.equal(40);
    expect(shadow(el, '[part="status"], [part="progress"]')).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('reads a .jsonl address as JSON Lines whatever its plain content type, and format="ndjson" too', async () => {
    const el = await mount('en', 1000);
    let loaded = oneEvent(el, 'timeline-load');
    el.src = '/test-server/slow.jsonl?lines=6&per=3&every=10&type=text/plain';
    expect(((await loaded) as CustomEvent<TimelineLoadDetail>).detail.events.map((event) => event.id)).to.deep.equal(['n1', 'n2', 'n3', 'n4', 'n5', 'n6']);
    loaded = oneEvent(el, 'timeline-load');
    el.format = 'ndjson';
    el.src = '/test-server/slow?lines=3&per=3&every=10&type=text/plain';
    expect(((await loaded) as CustomEvent<TimelineLoadDetail>).detail.events).to.have.length(3);
  });

  it('a line that is not JSON is a problem that names it; the other lines are drawn', async () => {
    const el = await mount('en', 1000);
    const detail = await whenError(el, () => (el.src = '/test-server/slow?lines=10&per=10&every=10&bad=3'));
    await el.updateComplete;
    expect(detail.problems.map((p) => [p.code, p.detail])).to.deep.equal([['line-syntax', '3']]);
    expect(alertText(el)).to.contain('Line 3 is not valid JSON, so it is left out.');
    // (Drawn once the element has measured its width, which on a busy machine can come after the error.)
    await waitUntil(() => drawnCount(el) === 9, `${drawnCount(el)} events drawn, not 9`, { timeout: 3000 });
    await expect(el).to.be.accessible();
  });

  it('timeout stops a stream that never ends, with its message, and keeps the events that arrived drawn', async () => {
    const el = await mount('en', 1000);
    el.timeout = 800;
    const detail = await whenError(el, () => (el.src = '/test-server/slow?lines=5&per=5&every=100&forever=1'));
    expect(detail.message).to.contain('no answer in time');
    expect(drawnCount(el)).to.be.above(5);
    expect(shadow(el, '[part="progress"]')).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('max-bytes stops a stream as it passes the limit, with its message, and keeps the events before it drawn', async () => {
    const el = await mount('en', 1000);
    el.maxBytes = 1000;
    const detail = await whenError(el, () => (el.src = '/test-server/slow?lines=200&per=5&every=20'));
    expect(detail.message).to.contain('larger than 1000 bytes');
    const count = drawnCount(el);
    expect(count).to.be.above(0).and.below(200);
    await expect(el).to.be.accessible();
  });
});

describe('<event-timeline> progress bar', () => {
  it('shows the share of a declared length read for a slow JSON file, then goes', async () => {
    const el = await mount('en', 1000);
    const loaded = oneEvent(el, 'timeline-load');
    el.src = '/test-server/slow?as=json&lines=30&per=3&every=120';
    await waitUntil(() => progressBar(el)?.hasAttribute('aria-valuenow'), 'no progress bar with a value', { timeout: 3000 });
    const bar = progressBar(el);
    expect(Number(bar.getAttribute('aria-valuenow'))).to.be.within(0, 100);
    expect(bar.getAttribute('aria-valuetext')).to.match(/^\d+ KB read$/);
    expect(bar.getAttribute('aria-label')).to.equal('Loading events…');
    await expect(el).to.be.accessible();
    await loaded;
    await el.updateComplete;
    expect(progressBar(el)).to.equal(undefined);
  });

  it('does not show for a load that takes less than a moment', async () => {
    const el = await mount('en', 1000);
    // When the bar first shows, if it does: never before the load has taken a moment (300 ms). On a busy
    // machine this short load can take longer, and the bar then rightly shows (a timing check would fail).
    let shownAfter: number | undefined;
    const observer = new MutationObserver(() => {
      if (shownAfter === undefined && progressBar(el)) shownAfter = performance.now() - started;
    });
    observer.observe(el.shadowRoot!, { childList: true, subtree: true });
    const loaded = oneEvent(el, 'timeline-load');
    const started = performance.now();
    el.src = '/test-server/slow?lines=3&per=3&every=10';
    await loaded;
    const took = performance.now() - started;
    observer.disconnect();
    if (took < 250) expect(shownAfter, `shown after ${shownAfter} ms of a ${took} ms load`).to.equal(undefined);
    else if (shownAfter !== undefined) expect(shownAfter).to.be.at.least(290);
  });

  for (const [lang, words] of [['ru', /^Прочитано событий: \d+ \(\d+ КБ\)$/], ['hy', /^Կարդացվել է \d+ իրադարձություն \(\d+ ԿԲ\)$/]] as const) {
    it(`says what was read in the reader's language (${lang})`, async () => {
      const el = await mount(lang, 1000);
      el.src = '/test-server/slow?lines=30&per=3&every=150';
      await waitUntil(() => progressBar(el)?.getAttribute('aria-valuetext')?.match(/\d+ /) && drawnCount(el) > 0, 'no progress in words', { timeout: 4000 });
      expect(progressBar(el).getAttribute('aria-valuetext')).to.match(words);
      await expect(el).to.be.accessible();
      el.remove();
    });
  }
});
