/**
 * Four real public files, each of a shape a new user brings, shown through attributes only (and mapEvent
 * where a rename cannot say it). The files are vega-datasets' (a devDependency), read as a page would.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { EventTimeline } from '../../src/timeline-element.js';
import type { TimelineLoadDetail } from '../../src/events.js';
import { drawn } from '../helpers/element.js';
import { alertText, drawnIds, texts } from '../helpers/shadow.js';

const DATA = '/node_modules/vega-datasets/data';

async function load(template: ReturnType<typeof html>): Promise<{ el: EventTimeline; detail: TimelineLoadDetail }> {
  const el = await fixture<EventTimeline>(template);
  const { detail } = (await oneEvent(el, 'timeline-load')) as CustomEvent<TimelineLoadDetail>;
  await drawn(el);
  return { el, detail };
}

const summary = (el: EventTimeline) => texts(el, '[part="summary"]')[0];

describe('<event-timeline> with real data of other shapes', () => {
  it('monarchs.json (numeric years, "name"): fields="title:name" draws all 12 reigns', async () => {
    const { el, detail } = await load(html`<event-timeline lang="en" style="width:1000px" src=${`${DATA}/monarchs.json`} fields="title:name"></event-timeline>`);
    expect(alertText(el)).to.equal('');
    expect(detail.problems).to.deep.equal([]);
    expect(drawnIds(el)).to.have.length(12);
    expect(summary(el)).to.equal('12 events, from 1565 to 1820');
    const elizabeth = detail.events.find((event) => event.title['*'] === 'Elizabeth')!;
    expect([elizabeth.start.precision, elizabeth.from, elizabeth.to]).to.deep.equal(['year', Date.UTC(1565, 0, 1), Date.UTC(1604, 0, 1)]);
    expect(elizabeth.extra).to.deep.equal({ index: 0 });
    expect(texts(el, 'ol li').join(' ')).to.contain('Cromwell').and.contain('1649 – 1660');
  });

  it('la-riots.csv (death_date, first_name, last_name, type): fields and mapEvent draw all 63 deaths in their categories', async () => {
    const joinNames = (record: Record<string, string>) => ({ ...record, title: `${record.first_name} ${record.last_name}`.trim() });
    const { el, detail } = await load(html`<event-timeline lang="en" style="width:1000px" src=${`${DATA}/la-riots.csv`}
      fields="start:death_date, category:type" .mapEvent=${joinNames}></event-timeline>`);
    expect(alertText(el)).to.equal('');
    expect(detail.problems).to.deep.equal([]);
    expect(detail.events).to.have.length(63);
    expect(summary(el)).to.equal('63 events, Apr 1992 – Nov 1993');
    const aguilar = detail.events.find((event) => event.title['*'] === 'Cesar A. Aguilar')!;
    expect([aguilar.start.text, aguilar.category, aguilar.extra?.neighborhood]).to.deep.equal(['1992-04-30', 'Officer-involved shooting', 'Westlake']);
    expect(texts(el, '[part="legend"] li').join(' ')).to.contain('Homicide').and.contain('Officer-involved shooting');
  });

  it('movies.json without options: one message that names the fields it has and the fields attribute to use', async () => {
    const el = await fixture<EventTimeline>(html`<event-timeline lang="en" style="width:1000px" src=${`${DATA}/movies.json`}></event-timeline>`);
    const { detail } = await oneEvent(el, 'timeline-error');
    await el.updateComplete;
    expect(detail.problems.map((problem: { code: string; count?: number }) => [problem.code, problem.count])).to.deep.equal([['fields-missing', 3201]]);
    const alert = alertText(el);
    expect(alert).to.contain('There is 1 problem with the data');
    expect(alert).to.contain('None of the 3,201 events has a "title" or "start" field');
    expect(alert).to.contain('Release Date').and.contain('fields="title:Title, start:Release Date"');
  });

  it('movies.json with fields and date-format="%b %d %Y" draws 3,200 films on the day they came out, and names the one with no title', async () => {
    const { el, detail } = await load(html`<event-timeline lang="en" style="width:1000px" src=${`${DATA}/movies.json`}
      fields="title:Title, start:Release Date" date-format="%b %d %Y"></event-timeline>`);
    expect(detail.events).to.have.length(3200);
    expect(detail.problems.map((problem) => [problem.code, problem.index])).to.deep.equal([['title-missing', 3053]]);
    expect(alertText(el)).to.contain('Event 3,054 has no title');
    const landGirls = detail.events.find((event) => event.title['*'] === 'The Land Girls')!;
    expect([landGirls.start.precision, landGirls.from]).to.deep.equal(['day', Date.UTC(1998, 5, 12)]);
    // Films called by a number keep it as their title.
    expect(detail.events.some((event) => event.title['*'] === '1776')).to.equal(true);
    expect(summary(el)).to.match(/^3,200 events, from \d{4} to \d{4}$/);
  });

  it('earthquakes.json (GeoJSON, properties.time in ms) with no options draws every quake at its millisecond', async () => {
    const { el, detail } = await load(html`<event-timeline lang="en" style="width:1000px" src=${`${DATA}/earthquakes.json`}></event-timeline>`);
    const source = await (await fetch(`${DATA}/earthquakes.json`)).json();
    expect(alertText(el)).to.equal('');
    expect(detail.problems).to.deep.equal([]);
    expect(detail.events).to.have.length(source.features.length);
    const first = source.features[0];
    const quake = detail.events.find((event) => event.id === first.id)!;
    expect([quake.title['*'], quake.from, quake.start.precision]).to.deep.equal([first.properties.title, first.properties.time, 'millisecond']);
    expect(quake.extra?.geometry).to.deep.equal(first.geometry);
    expect(summary(el)).to.equal(`${source.features.length.toLocaleString('en')} events, Jan 31 – Feb 7, 2018`);
  });
});
