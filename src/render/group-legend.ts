/** The legend's list of groups, made in the groups chunk (src/groups.ts): data without groups never loads it. */
import type { Messages } from '../i18n/messages.js';
import type { GroupRow } from '../model/groups.js';
import { chooseText } from '../model/text.js';
import { LEGEND_NAMED, LEGEND_OPENED, type LegendContent, type LegendEntry } from './legend.js';

/**
 * The groups, in the order of their rows (children under their parents), each a toggle: the first
 * LEGEND_NAMED named, the rest folded. "No group" when some events have none.
 */
export function groupLegendContent(rows: readonly GroupRow[], lang: string, m: Messages): LegendContent {
  const entries = rows.filter((row) => row.id !== undefined).map((row): LegendEntry => {
    const label = chooseText(row.label, lang, ['en']);
    return { label: label?.text ?? row.id!, lang: label?.lang, key: row.id, nested: row.depth === 1 };
  });
  return {
    named: entries.slice(0, LEGEND_NAMED),
    folded: entries.slice(LEGEND_NAMED, LEGEND_NAMED + LEGEND_OPENED),
    foldedCount: Math.max(0, entries.length - LEGEND_NAMED),
    other: rows.some((row) => row.id === undefined) ? { label: m.ungrouped } : undefined,
  };
}
