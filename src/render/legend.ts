/** The legend: what each colour and each shape of mark means, in the reader's language. */
import { html, nothing, type TemplateResult } from 'lit';
import { cssProps, serverStyle } from './css-props.js';
import type { Messages } from '../i18n/messages.js';
import type { CategoryStyle } from '../model/colors.js';
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

export function renderLegend(entries: readonly LegendEntry[], m: Messages, toggles?: LegendToggles): TemplateResult {
  return html`<div class="legend-group">
    ${entries.length
      ? html`<ul part="legend" aria-label=${m.legend}>
          ${entries.map((entry) => {
            const content = html`${swatch(entry.color)}<span lang=${entry.lang ?? nothing}>${entry.label}</span>`;
            return html`<li>${toggles
              ? html`<button type="button" part="button legend-toggle" aria-pressed=${String(!toggles.hidden.has(entry.category))}
                  @click=${() => toggles.onToggle(entry.category)}>${content}</button>`
              : content}</li>`;
          })}
        </ul>`
      : nothing}
    <ul part="legend" aria-label=${m.legendShapes}>
      <li>${shapes.point}<span>${m.legendPoint}</span></li>
      <li>${shapes.span}<span>${m.legendSpan}</span></li>
      <li>${shapes.approximate}<span>${m.legendApproximate}</span></li>
      <li>${shapes.uncertain}<span>${m.legendUncertain}</span></li>
    </ul>
  </div>`;
}

/** The categories the events use, in the legend's order, each with its colour and label. */
export function legendEntries(
  categories: readonly Category[],
  colors: ReadonlyMap<string, CategoryStyle>,
  used: ReadonlySet<string | undefined>,
  lang: string,
  m: Messages,
): LegendEntry[] {
  const entries: LegendEntry[] = [...colors.values()]
    .filter((style) => used.has(style.id))
    .map((style) => {
      const label = categoryLabel(categories, style.id, lang);
      return { label: label?.text ?? style.id, lang: label?.lang, color: style.color, category: style.id };
    });
  if (used.has(undefined)) entries.push({ label: m.otherCategory, color: 'var(--_mark)' });
  return entries;
}
