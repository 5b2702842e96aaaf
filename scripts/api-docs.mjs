/** Writes docs/api.md from custom-elements.json (`npm run docs`; a test fails when the committed page is out of date). */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { renderApiMarkdown } from './api-docs-render.mjs';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
mkdirSync('docs', { recursive: true });
writeFileSync('docs/api.md', renderApiMarkdown(manifest));
console.log('wrote docs/api.md');
