import { expect } from '@open-wc/testing';
import type { EventTimelineProps } from '../../src/react.js';
import { EventTimeline } from '../../src/timeline-element.js';

/**
 * One value for every attribute the element declares, checked against the React typings by the type
 * checker (`npm test` runs it first): `<event-timeline format="csv">` once failed with TS2322.
 */
const everyAttribute = {
  src: 'events.json',
  format: 'csv',
  fields: 'title:name, start:properties.time',
  'date-format': '%b %d %Y',
  lang: 'hy',
  orientation: 'vertical',
  theme: 'dark',
  'vertical-below': '600',
  timeout: 5000,
  'max-bytes': 1_000_000,
  'max-lanes': '4',
  'server-width': 800,
  axis: 'linear',
  selected: 'arrest-minsk',
  mode: 'story',
  search: true,
  history: 'hash',
  overview: true,
} satisfies EventTimelineProps;

// Each attribute keeps its own type: a wrong value does not type-check.
// @ts-expect-error `xml` is not a format the element reads
const wrongFormat: EventTimelineProps = { format: 'xml' };
// @ts-expect-error `diagonal` is not an orientation
const wrongOrientation: EventTimelineProps = { orientation: 'diagonal' };
// @ts-expect-error a number of lanes is a number
const wrongLanes: EventTimelineProps = { 'max-lanes': 'many' };
// Properties and listeners too.
const withProperties: EventTimelineProps = {
  events: [{ start: '2016', title: 'A' }],
  view: { start: new Date(0), end: new Date(1) },
  maxLanes: 3,
  'ontimeline-load': (event) => event.detail.events.length,
  'onevent-select': (event) => event.detail.id,
  filter: (event) => event.category === 'legal',
  'ontimeline-filter-change': (event) => event.detail.hiddenCategories.length,
};

describe('React typings (event-timeline/react)', () => {
  it('name every attribute the element declares, so each is accepted in JSX with its own type', () => {
    const declared = [...EventTimeline.elementProperties]
      .map(([name, options]) => (options.attribute === false ? undefined : typeof options.attribute === 'string' ? options.attribute : String(name).toLowerCase()))
      .filter((name): name is string => !!name);
    expect(Object.keys(everyAttribute).sort()).to.deep.equal(declared.sort());
    expect([wrongFormat, wrongOrientation, wrongLanes].map((props) => Object.keys(props))).to.deep.equal([['format'], ['orientation'], ['max-lanes']]);
    expect(Object.keys(withProperties)).to.include('ontimeline-load');
  });
});
