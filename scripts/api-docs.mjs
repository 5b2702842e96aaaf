/** Writes docs/api.md from custom-elements.json (run by `npm run build`, after the analyzer). */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { renderApiMarkdown } from './api-docs-render.mjs';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
mkdirSync('docs', { recursive: true });
writeFileSync('docs/api.md', renderApiMarkdown(manifest));
console.log('wrote docs/api.md');
