/** The progress bar of a load that takes longer than a moment: bytes read (of how many, when known), and events read from a stream. */
import { html, nothing, svg } from 'lit';
import type { LoadProgress } from '../controllers/load-progress.js';
import type { Messages } from '../i18n/messages.js';
import { formatCount } from '../time/words.js';

export function renderProgress(progress: LoadProgress | undefined, lang: string, m: Messages, inline = false) {
  if (!progress) return nothing;
  const { bytes, total, events } = progress;
  // Events given as a list come with no bytes to count.
  const kb = bytes || events === undefined ? formatCount(Math.ceil(bytes / 1024), lang) : undefined;
  const text = m.progress(kb, events === undefined ? undefined : formatCount(events, lang));
  const percent = total ? Math.min(100, Math.round((bytes / total) * 100)) : undefined;
  // Widths as SVG attributes, not inline styles, which the strict CSP the README documents forbids.
  const bar = svg`<rect class=${percent === undefined ? 'indeterminate' : ''} width="${percent ?? 100}%" height="4"></rect>`;
  // Inline: in the summary's line, while the events read so far are drawn (see renderCaption).
  return inline
    ? html`<span part="progress" class="progress inline" role="progressbar" aria-label=${m.loading} aria-valuemin="0" aria-valuemax="100"
        aria-valuenow=${percent ?? nothing} aria-valuetext=${text}><svg aria-hidden="true" width="80" height="4">${bar}</svg>
        <span aria-hidden="true">${text}</span></span>`
    : html`<div part="progress" class="progress" role="progressbar" aria-label=${m.loading} aria-valuemin="0" aria-valuemax="100"
        aria-valuenow=${percent ?? nothing} aria-valuetext=${text}>
        <svg aria-hidden="true" width="100%" height="4">${bar}</svg>
        <span aria-hidden="true">${text}</span>
      </div>`;
}
