/** What each problem with the data is, where, and how to fix it, in English. */
import type { ProblemTexts, ProblemWords } from '../messages.js';
import { unsuggested } from './unsuggested.js';

/** "\"x\" in \"start\"", or for many events "their \"start\" values (such as \"x\")". */
const inField = (p: ProblemWords) => (p.count ? `their "${p.field}" values (such as "${p.value}")` : `"${p.value}" in "${p.field}"`);
const leftOut = (p: ProblemWords) => (p.count ? 'they are left out' : 'the event is left out');

export const en: ProblemTexts = {
  'json-syntax': (p) => `The file is not valid JSON (${p.detail}). Look for a missing comma, bracket or quote there.`,
  'not-events-document': (p) =>
    `This is not an events document (${p.value}). Expected an object with an "events" list, a list of events, or a GeoJSON FeatureCollection.`,
  'events-not-array': (p) => `"events" must be a list of events, not ${p.value}.`,
  'event-not-object': (p) =>
    p.count
      ? `${p.where} are not events (such as ${p.value}), so they are left out. Write each event as {"start": "2016-12-15", "title": "…"}.`
      : `${p.where} is ${p.value}, not an event. Write each event as {"start": "2016-12-15", "title": "…"}. It is left out.`,
  'title-missing': (p) => `${p.where} ${p.count ? 'have no title, so they are' : 'has no title, so it is'} left out. Add a "title".`,
  'start-missing': (p) =>
    `${p.where} ${p.count ? 'have no start date, so they are' : 'has no start date, so it is'} left out. Add a "start" such as "2016-12-15".`,
  'date-syntax': (p) =>
    `${p.where}: ${inField(p)} ${p.count ? 'are not dates' : 'is not a date'}, so ${leftOut(p)}. Write 2016, 2016-12 or 2016-12-15 (with ~ or ? for approximate or uncertain), or give the date-format the dates are written in, such as date-format="%b %d %Y" for "Jun 12 1998".`,
  'date-impossible': (p) =>
    `${p.where}: ${inField(p)} ${p.count ? 'are not real dates' : 'is not a real date'} (there is no such month or day), so ${leftOut(p)}. Check the month (01 to 12) and the day, such as 2017-02-28.`,
  'date-out-of-range': (p) =>
    `${p.where}: ${inField(p)} ${p.count ? 'are' : 'is'} too far in time to draw, so ${leftOut(p)}. Use a year within 271,821 years of 1970.`,
  'number-not-year': (p) =>
    `${p.where}: ${inField(p)} ${p.count ? 'are numbers, read as years' : 'is a number, read as a year'}, and too far in time to draw, so ${leftOut(p)}. If the numbers count milliseconds since 1970, set date-format="%Q" (or "%s" for seconds).`,
  'end-before-start': (p) =>
    `${p.where}: the end "${p.value}" comes before the start "${p.detail}", so ${leftOut(p)}. Swap them.`,
  'id-duplicate': (p) =>
    p.count
      ? `${p.where} reuse an id already used (such as "${p.id}"); each is shown under a new id such as "${p.detail}". Give each event its own id.`
      : `${p.where}: the id "${p.id}" is used more than once; this event is shown as "${p.detail}". Give each event its own id.`,
  'id-invalid': (p) =>
    `${p.where}: the id ${p.value} is not text; a generated id is used. Write the id as text, such as "arrest-minsk".`,
  'field-type': (p) => `${p.where}: "${p.field}" should be text (a string or a {"en": "…"} map), not ${p.value}; it is left out.`,
  'link-unsafe': (p) =>
    `${p.where}: the link ${p.value} is not an http(s) or mailto address; it is left out. Use a full address such as https://example.org/page.`,
  'media-unsafe': (p) =>
    `${p.where}: the picture ${p.value} is not an https address (or one on this site); it is not shown. Use an address such as https://example.org/picture.jpg.`,
  'media-alt-missing': (p) =>
    `${p.where}: the picture ${p.value} has no "alt" text, so people who cannot see it are not told what it shows. Add "alt" to "media", such as {"src": "…", "alt": "The harbour in 1900"}.`,
  'update-unknown': (p) =>
    `${p.where}: no event has the id "${p.id}", so there is nothing to update. Add it with addEvents, or check the id.`,
  'line-syntax': (p) =>
    p.count
      ? `${p.count} lines are not valid JSON (the first is line ${p.detail}); they are left out. Write one event a line, such as {"start": "2016-12-15", "title": "…"}.`
      : `Line ${p.detail} is not valid JSON, so it is left out. Write one event a line, such as {"start": "2016-12-15", "title": "…"}.`,
  'related-unknown': (p) =>
    p.field.startsWith('story')
      ? `The story names "${p.value}", which is no event's id; it is left out of the story. Check the id in "story".`
      : `${p.where}: "${p.field}" points to "${p.value}", which is no other event's id; that link is not drawn. Check the id, or add the event.`,
  'group-parent-unknown': (p) =>
    p.count
      ? `${p.count} groups name a "parent" that is no group (such as "${p.id}", in "${p.value}"); each is drawn as a group of its own. Check "parent", or add the groups.`
      : `The group "${p.id}" names "${p.value}" as its "parent", which is no group; it is drawn as a group of its own. Check "parent", or add the group.`,
  'group-nesting-deep': (p) =>
    p.count
      ? `${p.count} groups are nested more than one level deep (such as "${p.id}", in "${p.value}"). Groups nest one level only, so each is drawn in the group at the top. Give each a "parent" that has no parent.`
      : `The group "${p.id}" is in "${p.value}", which is itself in a group. Groups nest one level only, so it is drawn ${p.detail ? `in "${p.detail}"` : 'as a group of its own'}. Give it a "parent" that has no parent.`,
  'vis-unsupported': (p) =>
    `The vis-timeline data uses "${p.field}" on ${p.detail} ${p.detail === '1' ? 'item' : 'items'}${p.value ? ` (such as ${p.value})` : ''}, which this timeline cannot show; it is left out. If it matters, say it in the item's content or title.`,
  'fields-missing': (p) => {
    const names = p.value.split(', ').map((name) => `"${name}"`).join(' or ');
    const fix = p.suggestion ? `the fields attribute, such as fields="${p.suggestion}"` : `the fields attribute, such as fields="title:name, start:date"`;
    return `${p.count ? `None of the ${p.count} events has a` : `${p.where} has no`} ${names} field, so nothing can be drawn. Its fields are: ${p.detail}. Say which fields to read with ${fix} (and date-format if the dates are not written as 2016-12-15), or with mapEvent from a script.`;
  },

    'date-format-mismatch': (p) =>
      `${p.where}: ${inField(p)} ${p.count ? 'do' : 'does'} not match the date format "${p.detail}", so ${leftOut(p)}. Check the date, or change the date-format attribute (d3-time-format: %Y year, %m month, %d day, %b month name).`,
    'map-event-failed': (p) => `${p.where}: mapEvent threw "${p.detail}", so ${leftOut(p)}. Fix mapEvent, or return null for records it should leave out.`,
    'map-event-skipped': (p) => `mapEvent left out ${p.count} ${p.count === '1' ? 'record' : 'records'} (it returned null).`,
    'fields-invalid': (p) =>
      `The fields attribute has "${p.value}", which is not "event field:data field"; it is ignored. Write it as fields="title:name, start:date", with the event fields ${p.detail}.`,
    'field-not-found': (p) =>
      `The fields attribute reads "${p.field}" from "${p.value}", but no record has such a field; its fields are: ${p.detail}. Check the name (case and spaces do not matter).`,
    'format-unsupported': (p) =>
      `The TimelineJS data uses "${p.field}" on ${p.detail} ${p.detail === '1' ? 'slide' : 'slides'}${p.value ? ` (such as ${p.value})` : ''}, which this timeline cannot show; it is left out. If it matters, say it in the slide's text.`,
    'columns-missing': (p) => {
      const names = p.detail.split(', ').map((name) => `"${name}"`);
      const rest = unsuggested(p.detail, p.suggestion).map((field) => `"${field}:"`);
      const more = rest.length ? ` and ${rest.join(' and ')} with the name of ${rest.length > 1 ? 'their columns' : 'its column'}` : '';
      return `The table has no ${names.join(' or ')} column${names.length > 1 ? 's' : ''}${p.value ? ` (its columns are ${p.value})` : ''}, so no event can be read. Its first row must name the columns, with at least "start" and "title" (or one title column per language, such as "title:en")${p.suggestion ? `, or the fields attribute must say which columns to read, such as fields="${p.suggestion}"${more}` : ''}.`;
    },
};
