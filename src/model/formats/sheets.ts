/**
 * TimelineJS's Google Sheets template, exported as CSV (`Year, Month, Day, Time, End Year, …, Headline,
 * Text, Media, Media Credit, Media Caption, Media Thumbnail, Type, Group, Background`): each row is a slide,
 * turned into TimelineJS3 JSON for its reader, as TimelineJS itself does with the sheet.
 */
import type { RawObject } from '../guards.js';
import { normalizeName } from '../mapping/field-map.js';

/** The template's header: a `Year` and a `Headline` column, and no `start`. */
export function isSheetTemplate(header: readonly string[]): boolean {
  const names = header.map(normalizeName);
  return names.includes('year') && names.includes('headline') && !names.includes('start');
}

export function sheetToTimelineJs(rows: readonly string[][]): RawObject {
  const names = rows[0].map(normalizeName);
  const events: RawObject[] = [];
  const eras: RawObject[] = [];
  let title: RawObject | undefined;
  for (const row of rows.slice(1)) {
    const cell = (...candidates: string[]) => {
      for (const name of candidates) {
        const value = row[names.indexOf(name)]?.trim();
        if (value) return value;
      }
      return undefined;
    };
    if (!row.some((value) => value.trim())) continue;
    const background = cell('background');
    const slide: RawObject = {
      start_date: dateOf(cell('year'), cell('month'), cell('day'), cell('time')),
      end_date: dateOf(cell('endyear'), cell('endmonth'), cell('endday'), cell('endtime')),
      display_date: cell('displaydate'),
      text: { headline: cell('headline'), text: cell('text') },
      media: { url: cell('media'), credit: cell('mediacredit'), caption: cell('mediacaption'), thumbnail: cell('mediathumbnail'), alt: cell('mediaalt', 'alttext', 'alt') },
      group: cell('group'),
      background: background && (/^(https?:)?\/\//i.test(background) ? { url: background } : { color: background }),
    };
    const type = cell('type')?.toLowerCase();
    if (type === 'title') title = slide;
    else if (type === 'era') eras.push(slide);
    else events.push(slide);
  }
  return { title, events, eras: eras.length ? eras : undefined };
}

/** `Time` as the template takes it: `14:30`, `14:30:15`, `2:30 PM`. */
function dateOf(year?: string, month?: string, day?: string, time?: string): RawObject | undefined {
  if (!year) return undefined;
  const clock = /^(\d{1,2})(?::(\d{2}))?(?::(\d{2}))?\s*([ap]\.?m\.?)?$/i.exec(time ?? '');
  let hour = clock ? Number(clock[1]) : undefined;
  if (clock?.[4] && hour !== undefined) hour = (hour % 12) + (/^p/i.test(clock[4]) ? 12 : 0);
  return { year, month, day, hour: hour === undefined ? undefined : String(hour), minute: clock?.[2], second: clock?.[3] };
}
