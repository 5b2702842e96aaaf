/** What went wrong with the data or its loading, as an alert a person can read and act on. */
import { html, nothing, type TemplateResult } from 'lit';
import type { Messages } from '../i18n/messages.js';

/** More than this many problems are counted, not listed, so that a bad file does not bury the chart. */
export const MAX_LISTED_PROBLEMS = 8;

/** `retry`: offered when a load failed and may work a second time. */
export function renderProblems(
  messages: readonly string[],
  m: Messages,
  formatCount: (n: number) => string,
  retry?: () => void,
): TemplateResult {
  if (messages.length === 0) return html``;
  const listed = messages.slice(0, MAX_LISTED_PROBLEMS);
  const rest = messages.length - listed.length;
  return html`<div part="problems" role="alert">
    <p>${m.problemsTitle(formatCount(messages.length))}</p>
    <ul>
      ${listed.map((message) => html`<li>${message}</li>`)}
    </ul>
    ${rest > 0 ? html`<p>${m.moreProblems(formatCount(rest))}</p>` : nothing}
    ${retry ? html`<button type="button" part="button retry" @click=${retry}>${m.retry}</button>` : nothing}
  </div>`;
}
