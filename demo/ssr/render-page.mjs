#!/usr/bin/env node
/**
 * Server rendering, the example: a whole page with the article's timeline drawn on the server, readable
 * before any script runs (or with none).
 *
 *   npm run build && node demo/ssr/render-page.mjs --lang hy --width 800 > page.html
 *
 * `--script <url>` adds the element's module to the page (say /dist/event-timeline.js): the element then
 * takes the server's drawing over in the browser. `--data <file>` draws another events file.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { renderTimeline } from 'event-timeline/ssr';

const { values } = parseArgs({
  options: {
    lang: { type: 'string', default: 'en' },
    width: { type: 'string', default: '800' },
    data: { type: 'string', default: new URL('../../data/article-events.json', import.meta.url).pathname },
    script: { type: 'string' },
  },
});
const events = JSON.parse(readFileSync(values.data, 'utf8'));
const timeline = renderTimeline({ events, lang: values.lang, width: Number(values.width) });
const script = values.script ? `<script type="module" src="${values.script.replace(/"/g, '&quot;')}"></script>` : '';
process.stdout.write(`<!doctype html>
<html lang="${values.lang.replace(/"/g, '&quot;')}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>event-timeline, rendered on the server</title>
<style>body { margin: 0; font-family: system-ui, sans-serif; } event-timeline { width: ${Number(values.width)}px; }</style>
${script}
</head>
<body>
${timeline}
</body>
</html>
`);
