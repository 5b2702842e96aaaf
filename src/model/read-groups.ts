/**
 * Reads the document's `groups` (the rows of a swimlane timeline) and each event's `group`. Groups nest one
 * level: a group names a `parent` that is itself no child. A parent that does not exist, or nesting deeper,
 * is named as a problem (counted when several groups share it), and the group is still drawn: without its
 * parent, or under its parent's own parent.
 */
import { isObject } from './guards.js';
import { readLocalizedText } from './text.js';
import type { Group, Problem } from './types.js';

/** As many groups with the same problem are named one by one; more are counted. */
const NAMED = 3;

/** Groups as a map `{id: {label, order, parent, collapsed}}` or a list `[{id, …}]`; a bare string is a label. */
export function readGroups(value: unknown, problems: Problem[]): Group[] | undefined {
  if (value === undefined || value === null) return undefined;
  const entries: [string, unknown][] = Array.isArray(value)
    ? value.filter(isObject).map((item) => [idOf(item.id) ?? '', item])
    : isObject(value)
      ? Object.entries(value)
      : [];
  const groups: Group[] = [];
  const seen = new Set<string>();
  for (const [rawId, item] of entries) {
    const id = rawId.trim();
    if (!id || seen.has(id)) continue;
    seen.add(id);
    const raw = isObject(item) ? item : { label: item };
    const order = typeof raw.order === 'number' && Number.isFinite(raw.order) ? raw.order : undefined;
    groups.push({
      id,
      label: readLocalizedText(raw.label) ?? { '*': id },
      ...(order === undefined ? {} : { order }),
      ...(idOf(raw.parent) ? { parent: idOf(raw.parent) } : {}),
      ...(raw.collapsed === true ? { collapsed: true } : {}),
    });
  }
  checkNesting(groups, problems);
  return groups;
}

/** An event's `group`: an id as text or a number; anything else is not one (undefined, and `bad` is told). */
export function readEventGroup(value: unknown, bad: () => void): string | undefined {
  if (value === undefined || value === null) return undefined;
  const id = idOf(value);
  if (id === undefined) bad();
  return id;
}

function idOf(value: unknown): string | undefined {
  const text = typeof value === 'string' ? value.trim() : typeof value === 'number' && Number.isFinite(value) ? String(value) : '';
  return text || undefined;
}

/**
 * One level of nesting. In source order, so that a cycle (a in b, b in a) is broken at its first group,
 * which becomes a group of its own, and the next one is then its child.
 */
function checkNesting(groups: Group[], problems: Problem[]): void {
  const byId = new Map(groups.map((group) => [group.id, group]));
  const unknown: Problem[] = [];
  const deep: Problem[] = [];
  for (const group of groups) {
    if (group.parent !== undefined && !byId.has(group.parent)) {
      unknown.push({ code: 'group-parent-unknown', severity: 'warning', id: group.id, field: `groups.${group.id}.parent`, value: group.parent });
      delete group.parent;
    }
  }
  for (const group of groups) {
    const parent = group.parent === undefined ? undefined : byId.get(group.parent)!;
    if (!parent?.parent) continue;
    // Up to the group at the top, unless the way up comes back to this group.
    const passed = new Set([group.id]);
    let top: Group = parent;
    while (top.parent !== undefined && !passed.has(top.id)) {
      passed.add(top.id);
      top = byId.get(top.parent)!;
    }
    const cycle = passed.has(top.id);
    deep.push({ code: 'group-nesting-deep', severity: 'warning', id: group.id, field: `groups.${group.id}.parent`, value: parent.id, detail: cycle ? '' : top.id });
    if (cycle) delete group.parent;
    else group.parent = top.id;
  }
  for (const list of [unknown, deep]) {
    problems.push(...(list.length > NAMED ? [{ ...list[0], count: list.length }] : list));
  }
}
