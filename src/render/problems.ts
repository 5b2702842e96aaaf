/** What went wrong with the data or its loading, as an alert a person can read and act on. */
import { html, nothing, type TemplateResult } from 'lit';
import type { Messages } from '../i18n/messages.js';
import type { Problem } from '../model/types.js';
import { describeProblem, formatCount } from '../time/words.js';

/** More than this many problems are counted, not listed, so that a bad file does not bury the chart. */
export const MAX_LISTED_PROBLEMS = 8;

/** Problems of the data, and loading failures already in words. `retry`: offered when a load failed and may work a second time. */
export function renderProblems(problems: readonly (Problem | string)[], lang: string, m: Messages, retry?: () => void): TemplateResult {
  if (problems.length === 0) return html``;
  const messages = problems.map((problem) => (typeof problem === 'string' ? problem : describeProblem(problem, lang)));
  const listed = messages.slice(0, MAX_LISTED_PROBLEMS);
  const rest = messages.length - listed.length;
  return html`<div part="problems" role="alert">
    <p>${m.problemsTitle(formatCount(messages.length, lang))}</p>
    <ul>
      ${listed.map((message) => html`<li>${message}</li>`)}
    </ul>
    ${rest > 0 ? html`<p>${m.moreProblems(formatCount(rest, lang))}</p>` : nothing}
    ${retry ? html`<button type="button" part="button retry" @click=${retry}>${m.retry}</button>` : nothing}
  </div>`;
}
