/**
 * A timeline as a web page that needs no script: its title and description, the chart as inline SVG,
 * the legend, then every event in time order with its date in words, title, description, quote, group,
 * place and links, and the source. What the element keeps for screen readers (the list) is here for everyone,
 * so every title can be read whatever the chart had room to label. Pure; every text from the data is escaped.
 */
import type { TimelineEvent } from '../model/types.js';
import type { ChosenText } from '../model/text.js';
import { attribute, escapeMarkup } from './escape.js';
import type { StaticTimeline } from './static-timeline.js';
import { chartSvg } from './svg-chart.js';

export interface PageOptions {
  /** The CSS `font-family` the chart's labels were measured with. */
  fontFamily: string;
  /** `@font-face` rules that bring those fonts with the page, so that it draws as measured anywhere. */
  fontFaces?: string;
}

const para = (text: ChosenText | undefined, className: string, tag = 'p') =>
  text ? `<${tag} class="${className}"${attribute('lang', text.lang)}>${escapeMarkup(text.text)}</${tag}>` : '';

function eventItem(event: TimelineEvent, timeline: StaticTimeline): string {
  const title = timeline.titleOf(event);
  const links = event.links
    .map((link) => {
      const label = timeline.textOf(link.label);
      return `<li><a href="${escapeMarkup(link.href)}" rel="noopener noreferrer"${attribute('lang', label?.lang)}>${escapeMarkup(label?.text ?? link.href)}</a></li>`;
    })
    .join('');
  const place = timeline.textOf(event.place);
  const group = timeline.groupOf(event);
  return `<li class="event"${attribute('data-id', event.id)}>
  <p class="date"><span class="swatch" style="background:${escapeMarkup(timeline.colorOf(event))}"></span>${escapeMarkup(timeline.dateOf(event))}</p>
  <h3 class="title"${attribute('lang', title.lang)}>${escapeMarkup(title.text)}</h3>
  ${para(timeline.textOf(event.description), 'description')}
  ${para(timeline.textOf(event.quote), 'quote', 'blockquote')}
  ${group === undefined ? '' : `<p class="group">${escapeMarkup(timeline.messages.inGroup(group))}</p>`}
  ${place ? `<p class="place"><span${attribute('lang', place.lang)}>${escapeMarkup(place.text)}</span></p>` : ''}
  ${links ? `<ul class="links">${links}</ul>` : ''}
</li>`;
}

function styles(timeline: StaticTimeline, options: PageOptions): string {
  const { palette } = timeline;
  return `${options.fontFaces ?? ''}
body { margin: 0; background: ${palette.background}; color: ${palette.text}; font-family: ${options.fontFamily}; line-height: 1.45; }
main { max-width: ${Math.max(1152, (timeline.layout?.chart.width ?? 0) + 32)}px; margin: 0 auto; padding: 1.5rem 1rem 3rem; }
h1 { font-size: 1.5rem; margin: 0 0 0.25rem; }
h2 { font-size: 1.2rem; margin: 0 0 0.75rem; }
.muted, .summary, .source, .date, .place, .group { color: ${palette.muted}; }
.chart-box { overflow-x: auto; margin: 1rem 0; }
.chart-box svg { display: block; max-width: 100%; height: auto; }
.legend { display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; list-style: none; padding: 0; margin: 0 0 1.5rem; }
.swatch { display: inline-block; width: 0.75rem; height: 0.75rem; border-radius: 2px; margin-inline-end: 0.4rem; vertical-align: -0.05rem; }
.events { list-style: none; padding: 0; margin: 0; border-inline-start: 2px solid ${palette.grid}; }
.event { padding: 0 0 1.25rem 1rem; }
.event .date { margin: 0; font-size: 0.9rem; }
.event .title { margin: 0.1rem 0 0.25rem; font-size: 1.1rem; }
.event p, .event blockquote { margin: 0.25rem 0; }
.event blockquote { font-style: italic; border-inline-start: 3px solid ${palette.grid}; padding-inline-start: 0.75rem; margin-inline: 0; }
.links { padding-inline-start: 1.25rem; margin: 0.25rem 0; }
a { color: inherit; }`;
}

export function htmlPage(timeline: StaticTimeline, options: PageOptions): string {
  const { messages: m, layout, derived } = timeline;
  const name = timeline.title?.text ?? m.timeline;
  const legend = timeline.legend.length
    ? `<ul class="legend" aria-label="${escapeMarkup(m.legend)}">${timeline.legend
        .map((entry) => `<li><span class="swatch" style="background:${escapeMarkup(entry.color)}"></span><span${attribute('lang', entry.lang)}>${escapeMarkup(entry.label)}</span></li>`)
        .join('')}</ul>`
    : '';
  // The drawing says again what the list says: it is one picture to assistive technology, named by the summary.
  const chart = layout ? `<div class="chart-box" role="img" aria-label="${escapeMarkup(timeline.summary)}">${chartSvg(layout.chart, timeline)}</div>` : '';
  const { source } = timeline;
  const cited = source?.title ? `<cite${attribute('lang', source.title.lang)}>${escapeMarkup(source.title.text)}</cite>` : '';
  const sourceLine = source
    ? `<p class="source">${escapeMarkup(m.source)}: ${source.url && cited ? `<a href="${escapeMarkup(source.url)}" rel="noopener noreferrer">${cited}</a>` : cited}${source.rest ? escapeMarkup(`${cited ? ', ' : ''}${source.rest}`) : ''}</p>`
    : '';
  return `<!doctype html>
<html lang="${escapeMarkup(timeline.lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeMarkup(name)}</title>
<style>${styles(timeline, options)}</style>
</head>
<body>
<main>
<h1${attribute('lang', timeline.title?.lang)}>${escapeMarkup(name)}</h1>
${para(timeline.description, 'description')}
<p class="summary">${escapeMarkup(timeline.summary)}</p>
${chart}
${legend}
<h2>${escapeMarkup(m.eventList)}</h2>
<ol class="events">
${derived.document.events.map((event) => eventItem(event, timeline)).join('\n')}
</ol>
${sourceLine}
</main>
</body>
</html>
`;
}
