/** The search field (the `search` attribute): a labelled search box, and how many events match. */
import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Messages } from '../i18n/messages.js';

export interface SearchField {
  query: string;
  /** Where the current match is among the matches ("2/5"), or their count; undefined with no query. */
  status?: string;
  onInput: (e: InputEvent) => void;
  onKeyDown: (e: KeyboardEvent) => void;
}

export function renderSearch(m: Messages, field: SearchField) {
  return html`<div class="search" role="search">
    <input type="search" part="search" aria-label=${m.search} placeholder=${m.search} aria-describedby="search-hint"
      autocomplete="off" spellcheck="false" enterkeyhint="search" .value=${live(field.query)} @input=${field.onInput} @keydown=${field.onKeyDown} />
    ${field.status ? html`<span class="search-status" aria-hidden="true">${field.status}</span>` : nothing}
    <span id="search-hint" class="visually-hidden">${m.searchHint}</span>
  </div>`;
}
