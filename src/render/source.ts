/** The cited source under the chart: its title (linked only over http(s)), publisher and date. */
import { html, nothing } from 'lit';
import type { Messages } from '../i18n/messages.js';
import { chooseText } from '../model/text.js';
import type { SourceInfo } from '../model/types.js';
import { calendarFormatter } from '../time/calendar.js';

export function renderSource(source: SourceInfo | undefined, lang: string, m: Messages) {
  if (!source) return nothing;
  const title = chooseText(source.title, lang, [source.language ?? '', 'en']);
  const cite = title ? html`<cite lang=${title.lang ?? nothing}>${title.text}</cite>` : nothing;
  const date =
    source.date && /^\d{4}-\d{2}-\d{2}$/.test(source.date)
      ? calendarFormatter(lang).format(Date.parse(source.date), 'day-month-year')
      : source.date;
  const parts = [source.publisher, date].filter(Boolean);
  return html`<p part="source">
    ${m.source}: ${source.url ? html`<a href=${source.url} rel="noopener noreferrer">${cite}</a>` : cite}${parts.length ? `, ${parts.join(', ')}` : ''}
  </p>`;
}
