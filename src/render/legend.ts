/**
 * The legend: what each colour and each shape of mark means, and the groups (rows), in the reader's
 * language, and only what the data uses. It stays small: past the categories with colours of their own
 * (and past as many groups), the rest fold into one "N more" entry, a button that opens them.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { cssProps, serverStyle } from './css-props.js';
import type { Messages } from '../i18n/messages.js';
import { NEUTRAL, type CategoryStyle } from '../model/colors.js';
import { categoryLabel } from '../model/categories.js';
import type { Category } from '../model/types.js';

export interface LegendEntry {
  label: string;
  lang?: string;
  /** The swatch's colour; a group has none. */
  color?: string;
  /** What it names: a category's or a group's id; undefined for the events with none. */
  key?: string;
  /** A child group, shown under its parent. */
  nested?: boolean;
}

/** Legend entries as toggle buttons that hide and show their category's or group's events. */
export interface LegendToggles {
  hidden: ReadonlySet<string | undefined>;
  onToggle(category: string | undefined): void;
  hiddenGroups: ReadonlySet<string | undefined>;
  onToggleGroup(group: string | undefined): void;
}

/** The kinds of date the events use, each with its shape in the legend. */
export interface DateKinds {
  point: boolean;
  span: boolean;
  approximate: boolean;
  uncertain: boolean;
}

/** What the legend shows: the categories it names, those it folds, and events with none. */
export interface LegendContent {
  named: LegendEntry[];
  /** The largest of the categories folded into "N more" (at most LEGEND_OPENED), worded for when it opens. */
  folded: LegendEntry[];
  /** How many categories are folded into "N more". */
  foldedCount: number;
  /** Events with no category, when some others have one. */
  other?: LegendEntry;
}

/** At most this many categories are named; the rest fold into "N more". As many as the palette has colours. */
export const LEGEND_NAMED = 12;
/** Opened, "N more" lists this many at most (the largest): a legend is not the place for ten thousand names. */
export const LEGEND_OPENED = 200;

// Through the CSSOM: a fill may be var(--_mark), which a presentation attribute cannot hold.
const swatch = (color: string) =>
  html`<svg width="12" height="12" aria-hidden="true"><rect width="12" height="12" rx="2" ${cssProps({ fill: color })} style=${serverStyle({ fill: color })}></rect></svg>`;

/** The same shapes the chart draws, small. */
const shapes = {
  point: html`<svg width="14" height="14" aria-hidden="true"><circle class="mark point" cx="7" cy="7" r="5"></circle></svg>`,
  span: html`<svg width="24" height="14" aria-hidden="true"><rect class="mark span imprecise" x="1" y="3" width="22" height="8" rx="2"></rect></svg>`,
  approximate: html`<svg width="24" height="14" aria-hidden="true"><rect class="mark span approximate" x="1" y="3" width="22" height="8" rx="2"></rect></svg>`,
  uncertain: html`<svg width="24" height="14" aria-hidden="true"><rect class="mark span uncertain" x="1" y="3" width="22" height="8" rx="2"></rect></svg>`,
};

export interface LegendFold {
  open: boolean;
  toggle: () => void;
  /** A count in the reader's language. */
  count: (n: number) => string;
}

/** One list of the legend (categories or groups): the named entries, "N more" that opens the rest, "Other". */
interface EntryList {
  content: LegendContent;
  label: string;
  /** The id of the list "N more" opens. */
  moreId: string;
  fold: LegendFold;
  hidden?: ReadonlySet<string | undefined>;
  onToggle?: (key: string | undefined) => void;
}

function entryList({ content, label, moreId, fold, hidden, onToggle }: EntryList) {
  const { named, folded, foldedCount, other } = content;
  const item = (entry: LegendEntry) => {
    const inner = html`${entry.color ? swatch(entry.color) : nothing}<span lang=${entry.lang ?? nothing}>${entry.label}</span>`;
    return html`<li class=${entry.nested ? 'nested' : nothing}>${onToggle
      ? html`<button type="button" part="button legend-toggle" aria-pressed=${String(!hidden?.has(entry.key))}
          @click=${() => onToggle(entry.key)}>${inner}</button>`
      : inner}</li>`;
  };
  return html`${named.length || foldedCount
      ? html`<ul part="legend" aria-label=${label}>
          ${named.map(item)}
          ${foldedCount
            ? html`<li>
                <button type="button" part="button legend-more" class="legend-more" aria-expanded=${String(fold.open)} aria-controls=${moreId} @click=${fold.toggle}>
                  ${swatch(NEUTRAL)}<span>${fold.count(foldedCount)}</span>
                </button>
              </li>`
            : nothing}
          ${other ? item(other) : nothing}
        </ul>`
      : nothing}
    ${foldedCount
      ? html`<ul part="legend" class="legend-folded" id=${moreId} aria-label=${label} tabindex=${fold.open ? 0 : nothing} ?hidden=${!fold.open}>
          ${fold.open ? folded.map(item) : nothing}
          ${fold.open && foldedCount > folded.length ? html`<li>${fold.count(foldedCount - folded.length)}</li>` : nothing}
        </ul>`
      : nothing}`;
}

/** The groups' list: its entries and its own "N more". */
export interface GroupLegend {
  content: LegendContent;
  fold: LegendFold;
}

export function renderLegend(content: LegendContent, kinds: DateKinds, m: Messages, fold: LegendFold, toggles?: LegendToggles, groups?: GroupLegend): TemplateResult {
  const words: Record<keyof DateKinds, string> = {
    point: m.legendPoint,
    span: m.legendSpan,
    approximate: m.legendApproximate,
    uncertain: m.legendUncertain,
  };
  const used = (Object.keys(shapes) as (keyof DateKinds)[]).filter((kind) => kinds[kind]);
  const more = (list: LegendFold): LegendFold => ({ ...list, count: (n) => m.legendMore(list.count(n)) });
  return html`<div class="legend-group">
    ${entryList({ content, label: m.legend, moreId: 'legend-more', fold: more(fold), hidden: toggles?.hidden, onToggle: toggles?.onToggle })}
    ${groups ? entryList({ content: groups.content, label: m.legendGroups, moreId: 'legend-more-groups', fold: more(groups.fold), hidden: toggles?.hiddenGroups, onToggle: toggles?.onToggleGroup }) : nothing}
    <ul part="legend" aria-label=${m.legendShapes}>
      ${used.map((kind) => html`<li>${shapes[kind]}<span>${words[kind]}</span></li>`)}
    </ul>
  </div>`;
}

/**
 * The categories the events use, in the legend's order, each with its colour and label: the first
 * LEGEND_NAMED with colours of their own are named, the rest folded. "Other" only when some events have no
 * category and others have one (all without one: no category legend at all).
 */
export function legendContent(
  categories: readonly Category[],
  colors: ReadonlyMap<string, CategoryStyle>,
  used: ReadonlySet<string | undefined>,
  lang: string,
  m: Messages,
): LegendContent {
  const entries = [...colors.values()].filter((style) => used.has(style.id));
  const entry = (style: CategoryStyle): LegendEntry => {
    const label = categoryLabel(categories, style.id, lang);
    return { label: label?.text ?? style.id, lang: label?.lang, color: style.color, key: style.id };
  };
  const neutral = entries.findIndex((style) => style.color === NEUTRAL);
  const cut = Math.min(LEGEND_NAMED, neutral === -1 ? entries.length : neutral);
  return {
    named: entries.slice(0, cut).map(entry),
    // Only those a reader may open are worded: the rest are counted.
    folded: entries.slice(cut, cut + LEGEND_OPENED).map(entry),
    foldedCount: entries.length - cut,
    other: used.has(undefined) && entries.length ? { label: m.otherCategory, color: NEUTRAL } : undefined,
  };
}

