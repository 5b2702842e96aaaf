import { expect } from '@open-wc/testing';
import { drawn, mount, whenError, whenLoaded } from '../helpers/element.js';
import { alertText, drawnIds, shadow, texts } from '../helpers/shadow.js';

describe('<event-timeline> bad input', () => {
  it('names the URL and the status of an HTTP error', async () => {
    const el = await mount('en');
    const detail = await whenError(el, () => (el.src = '/data/no-such-file.json'));
    expect(detail.message).to.contain('/data/no-such-file.json').and.to.contain('404');
    expect(alertText(el)).to.contain('/data/no-such-file.json').and.to.contain('404');
  });

  it('says when the network request fails', async () => {
    const el = await mount('en');
    // Port 9 (discard) on loopback: nothing listens, the connection is refused at once.
    const detail = await whenError(el, () => (el.src = 'http://127.0.0.1:9/events.json'));
    expect(detail.message).to.contain('http://127.0.0.1:9/events.json').and.to.contain('request failed');
    expect(alertText(el)).to.contain('Check the address');
  });

  it('says where invalid JSON is broken', async () => {
    const el = await mount('en');
    const detail = await whenError(el, () => (el.src = '/test/fixtures/not-json.json'));
    expect(detail.message).to.match(/not valid JSON \(4:5\)/);
    expect(alertText(el)).to.contain('not valid JSON');
  });

  it('reports an HTML page served as the events file', async () => {
    const el = await mount('en');
    const detail = await whenError(el, () => (el.src = '/test/fixtures/html-page.json'));
    expect(detail.message).to.contain('the server sent HTML, not JSON');
  });

  it('reports a document that is not an events document', async () => {
    const el = await mount('en');
    // Not `{ items: [] }`: that is vis-timeline's data, with no items.
    const detail = await whenError(el, () => (el.events = { things: [] } as never));
    expect(detail.message).to.contain('not an events document');
    expect(shadow(el, 'svg.chart')).to.have.length(0);
  });

  it('skips an event with a missing or impossible date or title, names it, and draws the rest', async () => {
    const el = await mount('en');
    const errors: string[][] = [];
    el.addEventListener('timeline-error', (e) => errors.push(e.detail.messages));
    const detail = await whenLoaded(el, () => {
      el.events = [
        { id: 'good', start: '2017-01-17', title: 'Good' },
        { id: 'no-date', title: 'No date' },
        { id: 'bad-day', start: '2017-02-30', title: 'Bad day' },
        { id: 'no-title', start: '2017-03-01' },
        { id: 'words', start: 'last winter', title: 'Words' },
        { id: 'backwards', start: '2018', end: '2017', title: 'Backwards' },
        { id: 'also-good', start: '2017-05', title: 'Also good' },
      ];
    });
    expect(detail.events.map((e) => e.id)).to.deep.equal(['good', 'also-good']);
    expect(drawnIds(el)).to.deep.equal(['good', 'also-good']);
    const alert = alertText(el);
    expect(alert).to.contain('There are 5 problems with the data');
    expect(alert).to.contain('Event 2 ("no-date") has no start date');
    expect(alert).to.contain('Event 3 ("bad-day"): "2017-02-30" in "start" is not a real date');
    expect(alert).to.contain('Event 4 ("no-title") has no title');
    expect(alert).to.contain('Event 5 ("words"): "last winter" in "start" is not a date');
    expect(alert).to.contain('Event 6 ("backwards"): the end "2017" comes before the start "2018"');
    expect(errors).to.have.length(1);
  });

  it('says the problems in Armenian when lang is hy', async () => {
    const el = await mount('hy');
    await whenLoaded(el, () => (el.events = [{ id: 'a', start: '2017-13', title: 'Ա' }, { id: 'b', start: '2017', title: 'Բ' }]));
    expect(alertText(el)).to.contain('Տվյալներում կա 1 խնդիր');
    expect(alertText(el)).to.contain('Իրադարձություն 1 («a»)՝ "start" դաշտի "2017-13" արժեքը իրական ամսաթիվ չէ');
  });

  it('keeps both events of a duplicate id and names the duplicate', async () => {
    const el = await mount('en');
    const detail = await whenLoaded(el, () => {
      el.events = [
        { id: 'same', start: '2017-01', title: 'First' },
        { id: 'same', start: '2017-02', title: 'Second' },
      ];
    });
    expect(drawnIds(el)).to.deep.equal(['same', 'same-2']);
    expect(detail.problems.map((p) => p.code)).to.deep.equal(['id-duplicate']);
    expect(alertText(el)).to.contain('the id "same" is used more than once; this event is shown as "same-2"');
  });

  it('shows an empty state for zero events, not a blank box', async () => {
    const el = await mount('en');
    await whenLoaded(el, () => (el.events = { title: 'Nothing yet', events: [] }));
    await drawn(el);
    expect(texts(el, '[part="empty"]')).to.deep.equal(['There are no events to show.']);
    expect(texts(el, '[part="title"]')).to.deep.equal(['Nothing yet']);
  });

  it('never throws into the page, whatever it is given', async () => {
    const el = await mount('en');
    const errors: unknown[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.error);
    window.addEventListener('error', onError);
    for (const bad of [42, 'text', null, [null, 1, 'x', [], {}], { events: 'no' }, { events: [{ start: {}, title: [] }] }]) {
      el.events = bad as never;
      await el.updateComplete;
    }
    window.removeEventListener('error', onError);
    expect(errors).to.deep.equal([]);
    expect(alertText(el)).to.contain('problem');
  });

  it('is accessible to axe with an error shown', async () => {
    const el = await mount('en');
    await whenLoaded(el, () => (el.events = [{ id: 'a', start: '2017-13', title: 'A' }, { id: 'b', start: '2017', title: 'B' }]));
    await expect(el).to.be.accessible();
  });
});
