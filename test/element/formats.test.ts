import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { EventTimeline } from '../../src/timeline-element.js';
import { mount, whenLoaded } from '../helpers/element.js';
import { alertText, drawnIds, texts } from '../helpers/shadow.js';

describe('<event-timeline> with other formats', () => {
  it('reads a CSV file by its extension, with a column per language', async () => {
    const el = await mount('hy');
    const detail = await whenLoaded(el, () => (el.src = '/data/example.csv'));
    expect(detail.events.length).to.be.greaterThan(5);
    expect(detail.problems.filter((p) => p.severity === 'error')).to.deep.equal([]);
    expect(texts(el, 'ol li[data-id="arrest-minsk"]')[0]).to.contain('Լապշինը ձերբակալվում է Մինսկում');
  });

  it('reads a TSV file, and a CSV forced by the format attribute', async () => {
    const tsv = await mount('en');
    const fromTsv = await whenLoaded(tsv, () => (tsv.src = '/data/example.tsv'));
    const csv = await mount('en');
    csv.format = 'csv';
    const text = await (await fetch('/data/example.csv')).text();
    const fromCsv = await whenLoaded(csv, () => (csv.src = `data:text/plain;charset=utf-8,${encodeURIComponent(text)}`));
    expect(fromCsv.events.map((e) => e.id)).to.deep.equal(fromTsv.events.map((e) => e.id));
  });

  it('reads a TimelineJS3 file as it is, eras included, warning about what it cannot show', async () => {
    const el = await mount('en');
    const detail = await whenLoaded(el, () => (el.src = '/data/example-timelinejs.json'));
    expect(detail.events.length).to.be.greaterThan(5);
    expect(detail.events.some((event) => event.category === 'era')).to.equal(true);
    expect(detail.problems.every((p) => p.severity === 'warning')).to.equal(true);
    expect(drawnIds(el).length).to.be.greaterThan(0);
  });

  it('takes TimelineJS3 data set as the events property', async () => {
    const el = await mount('en');
    const timelinejs = await (await fetch('/data/example-timelinejs.json')).json();
    const detail = await whenLoaded(el, () => (el.events = timelinejs));
    expect(detail.events.length).to.be.greaterThan(5);
  });

  it('reads CSV from a child script, and names missing columns', async () => {
    const el = await fixture<EventTimeline>(html`<event-timeline lang="en" style="width:800px">
      <script type="text/csv">
date,name
2017-01-01,No start or title column here
      </script>
    </event-timeline>`);
    await waitUntil(() => alertText(el), 'no alert');
    expect(alertText(el)).to.contain('The table has no "start" or "title" columns');
  });
});
