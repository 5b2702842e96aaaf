/**
 * Reads vis-timeline's data as an events document, so that a vis-timeline user can point `src` at the same
 * data: `{ items, groups }`, or a bare list of items. An item's `content` (HTML in vis) becomes the title as
 * plain text, its `title` (vis's tooltip) the description, its `className` the category (vis pages colour
 * items by class), its `group` the group; groups' `content` becomes their label, `nestedGroups` their
 * children, and `showNested: false` or `visible: false` a collapsed group (still there to open). Dates are
 * ISO strings (read in UTC, as the element reads every date), ms numbers or ASP.NET `/Date(ms)/`. What has
 * no place here (an item's `style`, a `subgroup`, a background item with no content) is named in one notice
 * a field, with how many items use it.
 */
import { isObject, type RawObject } from '../guards.js';
import { isSafeLink } from '../links.js';
import { shorten } from '../text.js';
import type { Problem } from '../types.js';
import { htmlToText } from './html-text.js';

type Counts = Map<string, { count: number; example?: string }>;

/** Fields of vis about editing and interaction: they say nothing about the events, so their loss is no news. */
const SILENT = new Set(['editable', 'selectable', 'limitSize', 'align', 'visible', 'showNested', 'treeLevel', 'options', 'subgroupOrder', 'subgroupStack', 'subgroupVisibility']);
const ITEM_FIELDS = new Set(['id', 'content', 'start', 'end', 'group', 'type', 'className', 'title']);
const GROUP_FIELDS = new Set(['id', 'content', 'nestedGroups', 'order', 'title', 'className']);

const DAY = 86_400_000;

export { isVisTimeline } from '../choose-format.js';

export function fromVis(value: unknown): { document: unknown; warnings: Problem[]; notices: Problem[] } {
  const items = Array.isArray(value) ? value : isObject(value) && Array.isArray(value.items) ? value.items : [];
  const rawGroups = isObject(value) && Array.isArray(value.groups) ? value.groups.filter(isObject) : [];
  const unused: Counts = new Map();
  const note = (field: string, example: unknown) => {
    const seen = unused.get(field);
    const shown = typeof example === 'string' && example ? shorten(example, 40) : undefined;
    unused.set(field, { count: (seen?.count ?? 0) + 1, example: seen ? seen.example : shown });
  };
  // vis's background items shade a period behind the others; one with no words is no event, and is left out.
  const events: unknown[] = [];
  for (const item of items) {
    if (isObject(item) && item.type === 'background' && !htmlToText(textOf(item.content)).text) note('type: background', undefined);
    else events.push(isObject(item) ? fromItem(item, note) : item);
  }
  const groups = rawGroups.length ? fromGroups(rawGroups, note) : undefined;
  const notices: Problem[] = [...unused].map(([field, { count, example }]) => ({ code: 'vis-unsupported', severity: 'warning', field, value: example, detail: String(count) }));
  return { document: { ...(groups ? { groups } : {}), events }, warnings: [], notices };
}

function fromItem(item: RawObject, note: (field: string, example: unknown) => void): RawObject {
  const content = htmlToText(textOf(item.content));
  const tooltip = htmlToText(textOf(item.title)).text;
  for (const [field, raw] of Object.entries(item)) {
    if (!ITEM_FIELDS.has(field) && !SILENT.has(field) && raw !== undefined && raw !== null && raw !== '') note(field, raw);
  }
  // A box or a point is a moment in vis, whatever its end says.
  const moment = item.type === 'box' || item.type === 'point';
  const className = textOf(item.className)?.trim();
  return {
    id: item.id,
    start: visDate(item.start),
    end: moment ? undefined : visDate(item.end),
    title: content.text || tooltip || undefined,
    description: content.text && tooltip !== content.text ? tooltip || undefined : undefined,
    category: className || undefined,
    group: item.group,
    links: content.links.filter((link) => isSafeLink(link.href)),
  };
}

/** Groups by id, each child under the group that lists it in `nestedGroups` (the first that does). */
function fromGroups(groups: RawObject[], note: (field: string, example: unknown) => void): RawObject[] {
  const parentOf = new Map<string, string>();
  for (const group of groups) {
    const id = textOf(group.id);
    if (id === undefined || !Array.isArray(group.nestedGroups)) continue;
    for (const child of group.nestedGroups) {
      const childId = textOf(child);
      if (childId !== undefined && !parentOf.has(childId)) parentOf.set(childId, id);
    }
  }
  return groups.map((group) => {
    for (const [field, raw] of Object.entries(group)) {
      if (!GROUP_FIELDS.has(field) && !SILENT.has(field) && raw !== undefined && raw !== null && raw !== '') note(`groups.${field}`, raw);
    }
    const id = textOf(group.id);
    const label = htmlToText(textOf(group.content)).text || htmlToText(textOf(group.title)).text || id;
    return {
      id,
      label,
      order: typeof group.order === 'number' ? group.order : undefined,
      parent: id === undefined ? undefined : parentOf.get(id),
      collapsed: group.showNested === false || group.visible === false || undefined,
    };
  });
}

function textOf(value: unknown): string | undefined {
  return typeof value === 'string' ? value : typeof value === 'number' && Number.isFinite(value) ? String(value) : undefined;
}

/**
 * A vis date as this element's date text: a number (ms since 1970) or `/Date(ms)/` at the precision it
 * shows (midnight UTC is a day, whole seconds are seconds); "2014-04-20 10:00" with a space as ISO, and
 * ".000" milliseconds dropped; anything else as it is, for the parser to read or to name.
 */
export function visDate(value: unknown): unknown {
  const asp = typeof value === 'string' ? /^\/Date\((-?\d+)\)\/$/.exec(value.trim()) : null;
  const ms = asp ? Number(asp[1]) : typeof value === 'number' ? value : undefined;
  // vis's own ISO dates always write the milliseconds: ".000" is no precision of the data.
  if (ms === undefined) return typeof value === 'string' ? value.trim().replace(/^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2})/, '$1T$2').replace(/(T[\d:]+)\.000(?=Z|[+-]\d|$)/, '$1') : value;
  const date = new Date(ms);
  if (!Number.isFinite(date.getTime())) return String(value);
  const iso = date.toISOString();
  if (ms % DAY === 0) return iso.slice(0, 10);
  return ms % 1000 === 0 ? iso.replace(/(:00)?\.000Z$/, 'Z') : iso;
}
