/// <reference types="node" />
/**
 * Server rendering with Lit's SSR (`@lit-labs/ssr`): `<event-timeline>` as declarative shadow DOM, with its
 * events drawn, so that readers see the timeline before any script runs, or with none. The events go with
 * it in a child `<script type="application/json">`, which the element reads in the browser: there it
 * draws the timeline again over the server's drawing, in one step, at the same width (`server-width`) and
 * in the same words, so the reader sees no change (see the README, "Server rendering").
 *
 * On a server the labels are measured with the metrics of the Noto fonts the element names first (no page
 * to measure them in), and every language's words are registered at once.
 */
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html, nothing, type LitElement, type TemplateResult } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { loadFonts } from '../cli/fonts.js';
import '../languages.js';
import '../i18n/problems/index.js';
import type { Orientation } from '../layout/geometry.js';
import { LABEL_FONT_SIZE, measureOnServer } from '../measure.js';
import '../event-timeline.js';
import { provideReaders } from '../model/read-core.js';
import * as readers from '../model/read.js';
import { useVerticalLayout } from '../layout/timeline-layout.js';
import { layoutVertical } from '../layout/vertical-layout.js';
import { provideGroups } from '../controllers/groups.js';
import * as groups from '../groups.js';

// A server renders in one pass: the readers, the vertical layout and the groups' code are at hand, not
// loaded on demand; the groups' styles join the element's, which the server writes into each shadow root
// (in the browser they are adopted when the groups' code loads).
provideReaders(readers);
useVerticalLayout(layoutVertical);
provideGroups(groups);
(customElements.get('event-timeline') as unknown as typeof LitElement).elementStyles.push(groups.groupStyles);

const fonts = loadFonts();
measureOnServer(Object.assign((text: string) => fonts.measurer.width(text, LABEL_FONT_SIZE), { line: () => fonts.measurer.line(LABEL_FONT_SIZE) }));

export interface ServerTimelineOptions {
  /** The events: a list, or a document `{title?, source?, categories?, events}` in the element's own JSON. */
  events: unknown;
  lang?: string;
  /** The width to lay the timeline out at, px (the element's `server-width`, default 800). */
  width?: number;
  orientation?: Orientation;
  theme?: 'light' | 'dark';
}

/** JSON that can sit inside a `<script>`: no `<` that could close it early. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

/** The element as a Lit template, for a page that renders its own templates with `@lit-labs/ssr`. */
export function timelineTemplate(options: ServerTimelineOptions): TemplateResult {
  const { lang, width = 800, orientation, theme, events } = options;
  // Lit binds nothing inside a <script>, so the data script is written whole. The data in it is JSON with every
  // `<` escaped: it stays text and cannot end the script (test/element/ssr.test.ts tries with hostile data).
  const script = `<script type="application/json">${scriptJson(events)}</script>`;
  return html`<event-timeline lang=${lang ?? nothing} server-width=${width} orientation=${orientation ?? nothing} theme=${theme ?? nothing} .events=${events}
    >${unsafeHTML(script)}</event-timeline
  >`;
}

/** The element as HTML: `<event-timeline>` with its declarative shadow root and its data. */
export function renderTimeline(options: ServerTimelineOptions): string {
  return collectResultSync(render(timelineTemplate(options)));
}
