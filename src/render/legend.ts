/**
 * The legend: what each colour and each shape of mark means, in the reader's language, and only what the
 * data uses. It stays small: past the categories with colours of their own, the rest fold into one
 * "N more" entry, a button that opens them.
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
  color: string;
  /** The category it names; undefined for the events with none. */
  category?: string;
}

/** Legend entries as toggle buttons that hide and show their category's events. */
export interface LegendToggles {
  hidden: ReadonlySet<string | undefined>;
  onToggle(category: string | undefined): void;
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

export function renderLegend(content: LegendContent, kinds: DateKinds, m: Messages, fold: LegendFold, toggles?: LegendToggles): TemplateResult {
  const { named, folded, foldedCount, other } = content;
  const words: Record<keyof DateKinds, string> = {
    point: m.legendPoint,
    span: m.legendSpan,
    approximate: m.legendApproximate,
    uncertain: m.legendUncertain,
  };
  const used = (Object.keys(shapes) as (keyof DateKinds)[]).filter((kind) => kinds[kind]);
  const item = (entry: LegendEntry) => {
    const content = html`${swatch(entry.color)}<span lang=${entry.lang ?? nothing}>${entry.label}</span>`;
    return html`<li>${toggles
      ? html`<button type="button" part="button legend-toggle" aria-pressed=${String(!toggles.hidden.has(entry.category))}
          @click=${() => toggles.onToggle(entry.category)}>${content}</button>`
      : content}</li>`;
  };
  return html`<div class="legend-group">
    ${named.length || foldedCount
      ? html`<ul part="legend" aria-label=${m.legend}>
          ${named.map(item)}
          ${foldedCount
            ? html`<li>
                <button type="button" part="button legend-more" class="legend-more" aria-expanded=${String(fold.open)} aria-controls="legend-more" @click=${fold.toggle}>
                  ${swatch(NEUTRAL)}<span>${m.legendMore(fold.count(foldedCount))}</span>
                </button>
              </li>`
            : nothing}
          ${other ? item(other) : nothing}
        </ul>`
      : nothing}
    ${foldedCount
      ? html`<ul part="legend" class="legend-folded" id="legend-more" aria-label=${m.legend} tabindex=${fold.open ? 0 : nothing} ?hidden=${!fold.open}>
          ${fold.open ? folded.map(item) : nothing}
          ${fold.open && foldedCount > folded.length ? html`<li>${m.legendMore(fold.count(foldedCount - folded.length))}</li>` : nothing}
        </ul>`
      : nothing}
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
    return { label: label?.text ?? style.id, lang: label?.lang, color: style.color, category: style.id };
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
