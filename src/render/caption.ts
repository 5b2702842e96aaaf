/** The timeline's caption: its title, its description, and how many events over what span ("12 events, from 2009 to 2027"). */
import { html, nothing } from 'lit';
import type { Messages } from '../i18n/messages.js';
import type { DerivedData } from '../model/derive.js';
import type { ChosenText } from '../model/text.js';
import { chooseText } from '../model/text.js';
import { summaryInWords } from '../time/words.js';

const lang = (chosen: ChosenText) => chosen.lang ?? nothing;

/**
 * `loading`: while the rest of the data is still being read, what the summary's line says instead (that
 * it is loading, and how far): in the same one line, so the chart under it does not move when it ends.
 */
export function renderCaption(derived: DerivedData, language: string, fallbacks: readonly string[], m: Messages, loading?: unknown) {
  const { document: data } = derived;
  const { events } = data;
  const title = chooseText(data.title, language, fallbacks);
  const about = chooseText(data.description, language, fallbacks);
  // While a filter hides some events (derived.all), the summary counts both, over the whole data's span.
  const whole = derived.all ?? derived;
  // From the index, which is this data's: the events list is changed in place by later batches of a large
  // read, and may already be longer than an earlier data's index (the end read past it was NaN).
  const { froms, latestTo } = whole.index;
  const count = froms.length;
  const [from, to] = count ? [froms[0], latestTo - 1] : [0, 0];
  const summary = summaryInWords(count, from, to, whole.finest, language, derived.all ? events.length : undefined);
  return html`<figcaption>
    ${title ? html`<p part="title" lang=${lang(title)}>${title.text}</p>` : nothing}
    ${about ? html`<p part="description" lang=${lang(about)}>${about.text}</p>` : nothing}
    ${loading
      ? html`<p part="summary" id="summary" class="loading">${loading}</p>`
      : count ? html`<p part="summary" id="summary">${summary}</p>` : html`<p part="empty" id="summary">${m.empty}</p>`}
  </figcaption>`;
}
