import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { EventTimeline } from '../../src/timeline-element.js';
import { mount, whenLoaded } from '../helpers/element.js';
import { alertText, drawnEvents, shadow, texts } from '../helpers/shadow.js';
import { pad } from '../helpers/model.js';

const WIDTH = 1000;

/** The element, horizontal at a fixed width, as a page would put it. */
async function timeline(lang = 'en'): Promise<EventTimeline> {
  const el = await mount(lang, WIDTH);
  el.orientation = 'horizontal';
  await el.updateComplete;
  return el;
}

/** The hidden list a screen reader reads, one item an event. */
const listed = (el: EventTimeline) => texts(el, 'ol li');
const listedIds = (el: EventTimeline) => shadow(el, 'ol li').map((node) => node.getAttribute('data-id'));

function box(node: Element) {
  return node.getBoundingClientRect();
}

/** Fails the test on any error thrown into the page while `run` goes on. */
async function throwsNothing(run: () => Promise<void>): Promise<void> {
  const errors: unknown[] = [];
  const onError = (e: ErrorEvent) => errors.push(e.error ?? e.message);
  window.addEventListener('error', onError);
  try {
    await run();
  } finally {
    window.removeEventListener('error', onError);
  }
  expect(errors).to.deep.equal([]);
}

// ---------- Random valid data sets ----------

/** A valid EDTF date (years 1-9999) and the year it is in, so that an end can be put after it. */
const validDate = fc
  .tuple(
    fc.integer({ min: 1, max: 9998 }),
    fc.integer({ min: 1, max: 12 }),
    fc.integer({ min: 1, max: 28 }),
    fc.constantFrom('year', 'month', 'day', 'time', 'season', 'decade'),
    fc.constantFrom('', '', '?', '~', '%'),
  )
  .map(([year, month, day, kind, qualifier]) => {
    const y = pad(year, 4);
    const text = {
      year: y,
      month: `${y}-${pad(month)}`,
      day: `${y}-${pad(month)}-${pad(day)}`,
      time: `${y}-${pad(month)}-${pad(day)}T${pad(day % 24)}:${pad(month * 4)}Z`,
      season: `${y}-${21 + (month % 4)}`,
      decade: `${y.slice(0, 3)}X`,
    }[kind];
    return { text: text + qualifier, year };
  });

const validEvents = fc.array(
  fc.record({
    start: validDate,
    end: fc.oneof(fc.constant(undefined), fc.constant('..'), fc.integer({ min: 1, max: 200 })),
    title: fc.oneof(
      fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }),
      fc.constantFrom('Ձերբակալում', 'اعتقال المدون', 'המעצר', '逮捕', '🚔 👨‍👩‍👧'),
    ),
  }),
  { maxLength: 60 },
);

function toData(list: { start: { text: string; year: number }; end: string | number | undefined; title: string }[]) {
  return list.map((event, i) => ({
    id: `e${i}`,
    start: event.start.text,
    // A range ends in a later decade than its start: after it whatever the start's precision.
    ...(event.end === undefined
      ? {}
      : { end: typeof event.end === 'string' ? event.end : pad(Math.min(9999, event.start.year + 10 + event.end), 4) }),
    title: event.title.trim() ? event.title : `Event ${i}`,
  }));
}

describe('<event-timeline> draws every valid event exactly once (fast-check)', () => {
  it('draws each event of any valid set once, and lists it once for a screen reader', async function () {
    this.timeout(120_000);
    await fc.assert(
      fc.asyncProperty(validEvents, async (list) => {
        const data = toData(list);
        const el = await timeline();
        const detail = await whenLoaded(el, () => (el.events = data));
        expect(detail.problems, JSON.stringify(detail.problems)).to.deep.equal([]);
        const { singles, total } = drawnEvents(el);
        expect(new Set(singles).size, 'no event drawn twice').to.equal(singles.length);
        // Zoomed out to the whole data: every event is in view.
        expect(total, 'singles and cluster counts account for every event').to.equal(data.length);
        if (singles.length === data.length) expect([...singles].sort()).to.deep.equal(data.map((event) => event.id).sort());
        expect([...listedIds(el)].sort()).to.deep.equal(data.map((event) => event.id).sort());
        el.remove();
      }),
      { seed: 42, numRuns: 20 },
    );
  });
});

describe('<event-timeline> edge cases', () => {
  it('shows the empty state for zero events, in English and Armenian', async () => {
    for (const [lang, words] of [
      ['en', 'There are no events to show.'],
      ['hy', 'Ցուցադրելու իրադարձություններ չկան։'],
    ]) {
      const el = await timeline(lang);
      await whenLoaded(el, () => (el.events = []));
      expect(texts(el, '[part="empty"]')).to.deep.equal([words]);
      expect(shadow(el, '[part~="event"]')).to.have.length(0);
      expect(shadow(el, '[role="alert"]')).to.have.length(0);
    }
  });

  it('draws one event, labelled, and lists it with its date in words', async () => {
    const el = await timeline();
    await whenLoaded(el, () => (el.events = [{ id: 'only', start: '2016-12-15', title: 'The only event' }]));
    expect(drawnEvents(el).singles).to.deep.equal(['only']);
    expect(texts(el, '[part="label"]')).to.deep.equal(['The only event']);
    expect(listed(el)).to.deep.equal(['The only event, December 15, 2016.']);
    const mark = box(shadow(el, '[part~="event"] circle.mark')[0]);
    const svg = box(shadow(el, 'svg.chart')[0]);
    expect(mark.left).to.be.above(svg.left);
    expect(mark.right).to.be.below(svg.right);
  });

  it('says "1 event", not "1 events", in the summary of one event', async () => {
    const el = await timeline();
    await whenLoaded(el, () => (el.events = [{ id: 'only', start: '2016-12-15', title: 'The only event' }]));
    expect(texts(el, '[part="summary"]')[0]).to.match(/^1 event,/);
  });

  it('draws every event when all are on one day, each once, at the same place in time', async () => {
    const el = await timeline();
    const data = Array.from({ length: 40 }, (_, i) => ({ id: `d${i}`, start: '2016-12-15', title: `Same day ${i}` }));
    await whenLoaded(el, () => (el.events = data));
    const { singles, total } = drawnEvents(el);
    expect(total).to.equal(40);
    expect([...singles].sort()).to.deep.equal(data.map((event) => event.id).sort());
    const centres = new Set(shadow(el, '[part~="event"] circle.mark').map((mark) => mark.getAttribute('cx')));
    expect(centres.size, 'one x for one day').to.equal(1);
    // At most max-lanes (16) labels fit above each other; the other marks are still drawn, counted and listed.
    const labels = shadow(el, '[part="label"]').length;
    expect(labels).to.be.within(1, 16);
    expect(drawnEvents(el).piles.reduce((sum, count) => sum + count, 0), 'the marks without labels are counted').to.equal(40 - labels);
    expect(listed(el)).to.have.length(40);
    expect(listed(el).every((item) => item.endsWith('December 15, 2016.'))).to.equal(true);
  });

  it('accounts for all of 3,000 events on one day: singles and cluster counts, none twice, nothing thrown', async () => {
    await throwsNothing(async () => {
      const el = await timeline();
      const data = Array.from({ length: 3000 }, (_, i) => ({ id: `n${i}`, start: '2016-12-15', title: `Crowd ${i}` }));
      const detail = await whenLoaded(el, () => (el.events = data));
      expect(detail.events).to.have.length(3000);
      const { singles, clustered, total } = drawnEvents(el);
      expect(new Set(singles).size).to.equal(singles.length);
      expect(clustered).to.be.above(0);
      expect(total).to.equal(3000);
      expect(texts(el, '[part="summary"]')[0]).to.match(/^3,000 events/);
      // All in one cluster: none is pulled out of it (the first event once was, as the tab stop).
      const cluster = shadow(el, '[part="cluster"]')[0];
      // The count drawn ("3K") begins the name, which then says it in full.
      expect(cluster.querySelector('.cluster-count')!.textContent).to.equal('3K');
      expect(cluster.getAttribute('aria-label')).to.match(/^3K: 3,000 events, December 15, 2016\./);
    });
  });

  it('says a BCE year (-0500, astronomical: 501 BCE) with its era, in English and Armenian', async () => {
    const data = [
      { id: 'bce', start: '-0500', title: 'Before the common era' },
      { id: 'ce', start: '0100', title: 'Common era' },
    ];
    const en = await timeline('en');
    await whenLoaded(en, () => (en.events = data));
    expect(drawnEvents(en).singles).to.have.members(['bce', 'ce']);
    expect(listed(en)[0]).to.equal('Before the common era, 501 BC.');
    expect(listed(en)[1]).to.equal('Common era, 100.');
    const hy = await timeline('hy');
    await whenLoaded(hy, () => (hy.events = data));
    expect(listed(hy)[0]).to.match(/^Before the common era, մ\.թ\.ա\. 501 թ\./);
  });

  it('ends an Armenian list item after a year with one full stop, not two', async () => {
    const hy = await timeline('hy');
    await whenLoaded(hy, () => (hy.events = [{ id: 'bce', start: '-0500', title: 'Before the common era' }, { id: 'y', start: '2016', title: 'Year' }]));
    for (const item of listed(hy)) expect(item).to.not.match(/\.\.$/);
  });

  it('draws deep time a Date holds (Y-200000) beside the year 2000', async () => {
    const el = await timeline();
    await throwsNothing(async () => {
      await whenLoaded(el, () => {
        el.events = [
          { id: 'deep', start: 'Y-200000', title: 'Deep time' },
          { id: 'now', start: '2000', title: 'Now' },
        ];
      });
    });
    expect(drawnEvents(el).singles).to.have.members(['deep', 'now']);
    expect(listed(el)[0]).to.equal('Deep time, 200001 BC.');
  });

  it('names Y-13000000000 as too far in time to draw, and draws the rest', async () => {
    const el = await timeline();
    const detail = await whenLoaded(el, () => {
      el.events = [
        { id: 'big-bang', start: 'Y-13000000000', title: 'The Big Bang' },
        { id: 'now', start: '2016', title: 'Now' },
      ];
    });
    expect(detail.problems.map((problem) => [problem.code, problem.index, problem.field])).to.deep.equal([['date-out-of-range', 0, 'start']]);
    expect(drawnEvents(el).singles).to.deep.equal(['now']);
    expect(alertText(el)).to.contain('Event 1 ("big-bang"): "Y-13000000000" in "start" is too far in time to draw, so the event is left out.');
  });

  it('names a time that its offset carries past the last instant a Date holds, draws the rest, throws nothing', async () => {
    const el = await timeline();
    await throwsNothing(async () => {
      await whenLoaded(el, () => {
        el.events = [
          { id: 'edge', start: 'Y275760-09-12T23:00-14:00', title: 'Past the edge' },
          { id: 'now', start: '2016', title: 'Now' },
        ];
      });
    });
    expect(drawnEvents(el).singles).to.deep.equal(['now']);
    expect(alertText(el)).to.contain('Event 1 ("edge"): "Y275760-09-12T23:00-14:00" in "start" is too far in time to draw');
  });

  it('draws the year 9999 and its last day', async () => {
    const el = await timeline();
    await whenLoaded(el, () => {
      el.events = [
        { id: 'year', start: '9999', title: 'The year 9999' },
        { id: 'day', start: '9999-12-31', title: 'The last day' },
      ];
    });
    expect(drawnEvents(el).singles).to.have.members(['year', 'day']);
    expect(listed(el)).to.deep.equal(['The year 9999, 9999.', 'The last day, December 31, 9999.']);
    const svg = box(shadow(el, 'svg.chart')[0]);
    for (const mark of shadow(el, '[part~="event"] .mark')) expect(box(mark).right).to.be.at.most(svg.right + 0.5);
  });

  it('names a range whose end comes before its start, and says to swap them (en, hy)', async () => {
    const data = [
      { id: 'backwards', start: '2017-05-01', end: '2017-04-30', title: 'Backwards' },
      { id: 'fine', start: '2017-04-30', end: '2017-05-01', title: 'Fine' },
    ];
    const en = await timeline('en');
    await whenLoaded(en, () => (en.events = data));
    expect(drawnEvents(en).singles).to.deep.equal(['fine']);
    expect(alertText(en)).to.contain('Event 1 ("backwards"): the end "2017-04-30" comes before the start "2017-05-01", so the event is left out. Swap them.');
    const hy = await timeline('hy');
    await whenLoaded(hy, () => (hy.events = data));
    expect(alertText(hy)).to.contain('Իրադարձություն 1 («backwards»)՝ "2017-04-30" ավարտը "2017-05-01" սկզբից առաջ է');
    expect(alertText(hy)).to.contain('Փոխեք դրանց տեղերը։');
  });

  it('draws an open-ended range (end "..") to the right edge of the chart and says "from … on"', async () => {
    const el = await timeline();
    await whenLoaded(el, () => {
      el.events = [
        { id: 'open', start: '2016-12-15', end: '..', title: 'Still going on' },
        { id: 'later', start: '2018-06-01', title: 'Later' },
      ];
    });
    const svg = box(shadow(el, 'svg.chart')[0]);
    const bar = box(shadow(el, '[data-id="open"] rect.mark')[0]);
    const later = box(shadow(el, '[data-id="later"] .mark')[0]);
    expect(bar.right, 'reaches past the last event').to.be.above(later.right);
    // The chart keeps 12 px of padding on each side.
    expect(bar.right).to.be.closeTo(svg.right - 12, 1);
    expect(listed(el)[0]).to.equal('Still going on, from December 15, 2016 on.');
    const hy = await timeline('hy');
    await whenLoaded(hy, () => (hy.events = [{ id: 'open', start: '2016-12-15', end: '..', title: 'Ընթացքում' }]));
    expect(listed(hy)[0]).to.match(/^Ընթացքում, սկսած /);
  });

  it('shortens a 300-character title on the chart, and keeps it whole in the accessible name and the details', async () => {
    const title = `${'A very long title about many things that happened on one day, '.repeat(5).slice(0, 299)}.`;
    expect(title).to.have.length(300);
    const el = await timeline();
    await whenLoaded(el, () => (el.events = [{ id: 'long', start: '2016-12-15', title }, { id: 'short', start: '2017-01-10', title: 'Short' }]));
    const label = shadow(el, '[data-id="long"] [part="label"]')[0];
    const shown = label.textContent!.trim();
    expect(shown.endsWith('…'), shown).to.equal(true);
    expect(shown.length).to.be.below(300);
    expect(title.startsWith(shown.slice(0, -1).trimEnd())).to.equal(true);
    const svg = box(shadow(el, 'svg.chart')[0]);
    expect(box(label).left).to.be.at.least(svg.left - 0.5);
    expect(box(label).right).to.be.at.most(svg.right + 0.5);
    expect(shadow(el, '[data-id="long"][role="option"]')[0].getAttribute('aria-label')).to.equal(`${title}, December 15, 2016`);
    expect(listed(el)[0]).to.equal(`${title}, December 15, 2016.`);
    el.selected = 'long';
    await el.updateComplete;
    expect(texts(el, '[part="details-title"]')).to.deep.equal([title]);
    expect(texts(el, '[part="details"]')[0]).to.contain(title);
  });

  it('keeps Armenian, Arabic, Hebrew, CJK and emoji titles whole in the list, and every label inside the chart', async () => {
    const titles: Record<string, Record<string, string>> = {
      hy: { hy: 'Լապշինը ձերբակալվում է Մինսկում' },
      ar: { ar: 'اعتقال المدوّن لابشين في مينسك' },
      he: { he: 'המעצר של הבלוגר במינסק' },
      zh: { zh: '博主拉普申在明斯克被捕' },
      ja: { ja: 'ミンスクで逮捕される' },
      emoji: { en: '🚔 Arrest 👨‍👩‍👧 🇦🇲' },
      mixed: { en: 'Minsk — Մինսկ — مينسك — מינסק — 明斯克' },
    };
    const ids = Object.keys(titles);
    // Close together, and the last at the very end of the data, so labels compete and crowd the right edge.
    const data = ids.map((id, i) => ({ id, start: `2016-12-${pad(10 + i)}`, title: titles[id] }));
    data.push({ id: 'end-ar', start: '2017-01-31', title: { ar: 'النهاية: العفو عن لابشين في باكو' } });
    const el = await timeline('en');
    await whenLoaded(el, () => (el.events = data));
    expect(drawnEvents(el).singles).to.have.members(data.map((event) => event.id));
    for (const event of data) {
      const [lang, text] = Object.entries(event.title)[0];
      const item = shadow(el, `ol li[data-id="${event.id}"]`)[0];
      expect(item.textContent!.replace(/\s+/g, ' '), event.id).to.contain(text);
      if (lang !== 'en') expect(item.querySelector(`span[lang="${lang}"]`)?.textContent, event.id).to.equal(text);
    }
    const svg = box(shadow(el, 'svg.chart')[0]);
    const labels = shadow(el, '[part="label"]');
    expect(labels.map((label) => label.closest('[data-id]')!.getAttribute('data-id'))).to.have.members(data.map((event) => event.id));
    for (const label of labels) {
      const at = box(label);
      expect(at.left, label.textContent!).to.be.at.least(svg.left - 0.5);
      expect(at.right, label.textContent!).to.be.at.most(svg.right + 0.5);
    }
  });

  it('ignores unknown fields: no problem, the event drawn', async () => {
    const el = await timeline();
    const errors: unknown[] = [];
    el.addEventListener('timeline-error', (e) => errors.push(e.detail));
    const detail = await whenLoaded(el, () => {
      el.events = [{ id: 'extra', start: '2016', title: 'Extra fields', color: 'red', wikidata: 'Q1', importance: 3, nested: { a: [1, null] } }];
    });
    expect(detail.problems).to.deep.equal([]);
    expect(errors).to.deep.equal([]);
    expect(shadow(el, '[role="alert"]')).to.have.length(0);
    expect(drawnEvents(el).singles).to.deep.equal(['extra']);
  });

  it('names each duplicate id in the alert, keeps every event and says to give each its own id (en, hy)', async () => {
    const data = [
      { id: 'same', start: '2017-01', title: 'First' },
      { id: 'same', start: '2017-02', title: 'Second' },
      { id: 'same', start: '2017-03', title: 'Third' },
    ];
    const en = await timeline('en');
    await whenLoaded(en, () => (en.events = data));
    expect(drawnEvents(en).singles).to.deep.equal(['same', 'same-2', 'same-3']);
    const alert = alertText(en);
    expect(alert).to.contain('There are 2 problems with the data');
    expect(alert).to.contain('Event 2 ("same"): the id "same" is used more than once; this event is shown as "same-2". Give each event its own id.');
    expect(alert).to.contain('Event 3 ("same"): the id "same" is used more than once; this event is shown as "same-3".');
    const hy = await timeline('hy');
    await whenLoaded(hy, () => (hy.events = data));
    expect(alertText(hy)).to.contain('Իրադարձություն 2 («same»)՝ "same" նույնացուցիչը մեկից ավելի անգամ է օգտագործված');
    expect(alertText(hy)).to.contain('Յուրաքանչյուր իրադարձության տվեք իր սեփական նույնացուցիչը։');
  });

  it('says in English and Armenian how to fix a missing title, a missing start and a date that is not a date', async () => {
    const data = [
      { id: 'no-title', start: '2016' },
      { id: 'no-start', title: 'No start' },
      { id: 'words', start: 'last winter', title: 'Words' },
      { id: 'good', start: '2016', title: 'Good' },
    ];
    const en = await timeline('en');
    await whenLoaded(en, () => (en.events = data));
    expect(alertText(en)).to.contain('Event 1 ("no-title") has no title, so it is left out. Add a "title".');
    expect(alertText(en)).to.contain('Event 2 ("no-start") has no start date, so it is left out. Add a "start" such as "2016-12-15".');
    expect(alertText(en)).to.contain('Write 2016, 2016-12 or 2016-12-15');
    const hy = await timeline('hy');
    await whenLoaded(hy, () => (hy.events = data));
    expect(alertText(hy)).to.contain('Իրադարձություն 1 («no-title»)՝ վերնագիր չունի, ուստի բաց է թողնված։ Ավելացրեք "title"։');
    expect(alertText(hy)).to.contain('Ավելացրեք "start", օրինակ՝ "2016-12-15"։');
    expect(alertText(hy)).to.contain('Գրեք 2016, 2016-12 կամ 2016-12-15');
    expect(drawnEvents(hy).singles).to.deep.equal(['good']);
  });

  it('says how to fix an impossible date, a date too far in time, an id that is not text and an unsafe link', async () => {
    const el = await timeline('en');
    await whenLoaded(el, () => {
      el.events = [
        { id: 'feb-30', start: '2017-02-30', title: 'Impossible' },
        { id: 'far', start: 'Y-13000000000', title: 'Far' },
        { id: [1], start: '2017', title: 'Id not text' },
        { id: 'link', start: '2017', title: 'Link', links: ['javascript:alert(1)'] },
      ];
    });
    const messages = texts(el, '[role="alert"] li');
    expect(messages).to.have.length(4);
    for (const message of messages) expect(message, message).to.match(/\b(Write|Use|Give|Add|Swap|Check)\b/);
  });
});
