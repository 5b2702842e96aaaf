/**
 * What a document says besides its events (title, description, source, categories, groups and the story),
 * read and checked. Pure: no DOM.
 */
import { isObject, type RawObject } from './guards.js';
import { isSafeLink } from './links.js';
import { readGroups } from './read-groups.js';
import { readStory } from './related-read.js';
import { readLocalizedText } from './text.js';
import type { Category, Problem, SourceInfo, TimelineDocument } from './types.js';

/** Hex, a colour keyword or a colour function: no `url()`, no `;`, nothing that can reach outside a colour. */
const CSS_COLOR = /^(#[0-9a-f]{3,8}|[a-z]{3,30}|(rgb|rgba|hsl|hsla|hwb|lab|lch|oklab|oklch)\([0-9a-z.,%/\s+-]*\))$/i;

/**
 * What a document says besides its events: title, description, source, categories, groups and the story
 * (checked against the ids read, `ids`). Its problems are added to `problems`, after the events'.
 */
export function documentAround(value: RawObject, ids: { has(id: string): boolean }, problems: Problem[]): Omit<TimelineDocument, 'events' | 'problems' | 'notices'> {
  const story = readStory(value.story, ids, problems);
  const groups = readGroups(value.groups, problems);
  return {
    title: readLocalizedText(value.title),
    description: readLocalizedText(value.description),
    source: readSource(value.source),
    categories: readCategories(value.categories),
    ...(groups ? { groups } : {}),
    ...(story ? { story } : {}),
  };
}

function readSource(value: unknown): SourceInfo | undefined {
  if (!isObject(value)) return undefined;
  const url = typeof value.url === 'string' && isSafeLink(value.url) ? value.url : undefined;
  const string = (field: unknown) => (typeof field === 'string' && field.trim() ? field : undefined);
  return {
    title: readLocalizedText(value.title),
    publisher: string(value.publisher),
    date: string(value.date),
    language: string(value.language),
    url,
  };
}

/** Categories as a map `{id: {label, color}}` or a list `[{id, label, color}]`. */
function readCategories(value: unknown): Category[] {
  const entries: [string, unknown][] = Array.isArray(value)
    ? // An object is no id: String() would name it "[object Object]", and throws on one with no prototype.
      value.filter(isObject).map((item) => [typeof item.id === 'object' ? '' : String(item.id ?? ''), item])
    : isObject(value)
      ? Object.entries(value)
      : [];
  return entries
    .filter(([id]) => id !== '')
    .map(([id, item]) => {
      const raw = isObject(item) ? item : { label: item };
      const color = typeof raw.color === 'string' && CSS_COLOR.test(raw.color.trim()) ? raw.color.trim() : undefined;
      return { id, label: readLocalizedText(raw.label) ?? { '*': id }, color };
    });
}
