import type { Messages } from './messages.js';

export const en: Messages = {
  timeline: 'Timeline',
  loading: 'Loading events…',
  empty: 'There are no events to show.',
  legend: 'Categories',
  eventList: 'Events in time order',
  summary: (count, from, to) => `${count === '1' ? '1 event' : `${count} events`}, from ${from} to ${to}`,
  approximately: (date) => `approximately ${date}`,
  uncertain: (date) => `possibly ${date} (uncertain)`,
  approximatelyUncertain: (date) => `possibly approximately ${date} (uncertain)`,
  disputed: (alternatives) => `disputed: ${alternatives}`,
  or: 'or',
  range: (from, to) => `${from} – ${to}`,
  openRange: (from) => `from ${from} on`,
  yearsFrom: (year) => `the ${year}s`,
  seasons: ['spring', 'summer', 'autumn', 'winter'],
  seasonYear: (season, year) => `${season} ${year}`,
  eventAt: (position, id) => (id ? `Event ${position} ("${id}")` : `Event ${position}`),
  problemsTitle: (count) => (count === '1' ? 'There is 1 problem with the data' : `There are ${count} problems with the data`),
  moreProblems: (count) => `…and ${count} more.`,
  problem: {
    'json-syntax': (p) => `The file is not valid JSON (${p.detail}). Look for a missing comma, bracket or quote there.`,
    'not-events-document': (p) =>
      `This is not an events document (${p.value}). Expected an object with an "events" list, or a list of events.`,
    'events-not-array': (p) => `"events" must be a list of events, not ${p.value}.`,
    'event-not-object': (p) => `${p.where} is ${p.value}, not an event. Write each event as {"start": "2016-12-15", "title": "…"}. It is left out.`,
    'title-missing': (p) => `${p.where} has no title, so it is left out. Add a "title".`,
    'start-missing': (p) => `${p.where} has no start date, so it is left out. Add a "start" such as "2016-12-15".`,
    'date-syntax': (p) =>
      `${p.where}: "${p.value}" in "${p.field}" is not a date, so the event is left out. Write 2016, 2016-12 or 2016-12-15 (with ~ or ? for approximate or uncertain).`,
    'date-impossible': (p) =>
      `${p.where}: "${p.value}" in "${p.field}" is not a real date (there is no such month or day), so the event is left out. Check the month (01 to 12) and the day, such as 2017-02-28.`,
    'date-out-of-range': (p) =>
      `${p.where}: "${p.value}" in "${p.field}" is too far in time to draw, so the event is left out. Use a year within 271,821 years of 1970.`,
    'end-before-start': (p) =>
      `${p.where}: the end "${p.value}" comes before the start "${p.detail}", so the event is left out. Swap them.`,
    'id-duplicate': (p) =>
      `${p.where}: the id "${p.id}" is used more than once; this event is shown as "${p.detail}". Give each event its own id.`,
    'id-invalid': (p) => `${p.where}: the id ${p.value} is not text; a generated id is used. Write the id as text, such as "arrest-minsk".`,
    'field-type': (p) => `${p.where}: "${p.field}" should be text (a string or a {"en": "…"} map), not ${p.value}; it is left out.`,
    'link-unsafe': (p) =>
      `${p.where}: the link ${p.value} is not an http(s) or mailto address; it is left out. Use a full address such as https://example.org/page.`,
    'format-unsupported': (p) =>
      `The TimelineJS data uses "${p.field}" on ${p.detail} ${p.detail === '1' ? 'slide' : 'slides'}${p.value ? ` (such as ${p.value})` : ''}, which this timeline cannot show; it is left out. If it matters, say it in the slide's text.`,
    'columns-missing': (p) => {
      const names = p.detail.split(', ').map((name) => `"${name}"`);
      return `The table has no ${names.join(' or ')} column${names.length > 1 ? 's' : ''}${p.value ? ` (its columns are ${p.value})` : ''}, so no event can be read. Its first row must name the columns, with at least "start" and "title" (or one title column per language, such as "title:en").`;
    },
  },
  load: {
    'load-network': (url) => `Could not load ${url}: the request failed. Check the address and the connection.`,
    'load-http': (url, status) => `Could not load ${url}: the server answered ${status}.`,
    'load-empty': (url) => `Could not load ${url}: the answer was empty.`,
    'load-timeout': (url) => `Could not load ${url}: no answer in time. Try again, or raise the element's timeout.`,
    'load-too-large': (url, limit) => `Did not load ${url}: it is larger than ${limit} bytes. Raise max-bytes if it should load.`,
    'load-not-json': (url, type) => `Could not load ${url}: the server sent ${type}, not JSON. Check the address.`,
  },
  retry: 'Try again',
  stale: 'Showing the data that last loaded; it may be out of date.',
  source: 'Source',
  quote: 'In the source',
  dateInSource: 'The source says',
  place: 'Place',
  otherCategory: 'Other',
  legendPoint: 'A day or a moment',
  legendSpan: 'A period, or a month or year',
  legendApproximate: 'Approximate date',
  legendUncertain: 'Uncertain or disputed date',
  legendMore: (count) => `${count} more`,
  legendShapes: 'Marks',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  zoomFit: 'Show all',
  exportSvg: 'Download as SVG',
  exportPng: 'Download as PNG',
  zoomControls: 'Zoom',
  close: 'Close',
  category: 'Category',
  links: 'Links',
  original: 'Original',
  keyboardHint: 'Arrow keys move between events, Home and End go to the first and last, Enter opens an event, plus and minus zoom, 0 shows all.',
  selectedAnnouncement: (title, date) => `Opened: ${title}, ${date}.`,
  viewAnnouncement: (from, to, count) => `Showing ${from} to ${to}: ${count === '1' ? '1 event' : `${count} events`}.`,
  closedAnnouncement: 'Details closed.',
  clusterName: (count, from, to) => `${count} events, ${from} – ${to}. Enter or a click zooms in.`,
  listPart: (shown, total) => `The ${shown} events in view, of ${total}. Zoom in to list others.`,
};
