/**
 * The zoom buttons: in, out, and back to the whole data. At a limit a button says so (aria-disabled) but
 * keeps its focus, so a keyboard user is not thrown out of the toolbar.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Messages } from '../i18n/messages.js';

export interface ZoomButtons {
  canZoomIn: boolean;
  canZoomOut: boolean;
  onZoomIn: () => void;
  onZoomOut: () => void;
  onFit: () => void;
  onExport: (type: 'svg' | 'png') => void;
}

/** `search`, the search field, goes before the zoom buttons, in the same row. */
export function renderControls(m: Messages, z: ZoomButtons, search?: TemplateResult) {
  return html`<div class="controls">${search ?? nothing}<div class="zoom-buttons" role="toolbar" aria-label=${m.zoomControls}>
    <button type="button" part="button zoom-in" aria-label=${m.zoomIn} title=${m.zoomIn} aria-disabled=${String(!z.canZoomIn)} @click=${z.onZoomIn}>+</button>
    <button type="button" part="button zoom-out" aria-label=${m.zoomOut} title=${m.zoomOut} aria-disabled=${String(!z.canZoomOut)} @click=${z.onZoomOut}>−</button>
    <button type="button" part="button zoom-fit" aria-disabled=${String(!z.canZoomOut)} @click=${z.onFit}>${m.zoomFit}</button>
    <button type="button" part="button export-svg" aria-label=${m.exportSvg} title=${m.exportSvg} @click=${() => z.onExport('svg')}>SVG</button>
    <button type="button" part="button export-png" aria-label=${m.exportPng} title=${m.exportPng} @click=${() => z.onExport('png')}>PNG</button>
  </div></div>`;
}
