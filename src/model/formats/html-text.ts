/**
 * HTML in data (TimelineJS's slide text, vis-timeline's item content) read as plain text, never inserted
 * as HTML: what the reader sees is the text, and the links are links.
 */
export type Link = { href: string; label?: string };

const BLOCK_TAGS = new Set(['br', 'p', 'div', 'li', 'ul', 'ol', 'tr', 'table', 'blockquote', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const RAW_TEXT_TAGS = new Set(['script', 'style', 'template', 'textarea', 'title']);
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', ndash: '–', mdash: '—',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', hellip: '…', laquo: '«', raquo: '»' };

/**
 * Plain text from HTML, without a DOM: tags are skipped (`<script>` and `<style>` with their content),
 * block tags become line breaks, entities are decoded, and `<a href>` addresses are returned as links. Every step moves forward with indexOf or a single scan, so the cost is linear on any input.
 */
export function htmlToText(html: unknown): { text: string; links: Link[] } {
  const source = typeof html === 'string' ? html : '';
  const links: Link[] = [];
  let text = '';
  let anchor: Link & { from: number } | undefined;
  let i = 0;
  while (i < source.length) {
    const open = source.indexOf('<', i);
    text += decode(source.slice(i, open < 0 ? source.length : open).replace(/[ \t\n\r\f]+/g, ' '));
    if (open < 0) break;
    if (source.startsWith('<!--', open)) {
      const end = source.indexOf('-->', open + 4);
      i = end < 0 ? source.length : end + 3;
      continue;
    }
    if (!/[a-z/!?]/i.test(source[open + 1] ?? '')) {
      text += '<'; // "a < b": a `<` that opens no tag is text
      i = open + 1;
      continue;
    }
    const close = tagEnd(source, open);
    const tag = source.slice(open + 1, close);
    const name = /^\/?([a-z][a-z0-9-]*)/i.exec(tag)?.[1].toLowerCase() ?? '';
    i = close + 1;
    if (BLOCK_TAGS.has(name)) text += '\n';
    if (RAW_TEXT_TAGS.has(name) && !tag.startsWith('/')) {
      const closing = new RegExp(`</${name}`, 'ig');
      closing.lastIndex = i;
      const end = closing.exec(source)?.index;
      i = end === undefined ? source.length : tagEnd(source, end) + 1;
    } else if (name === 'a') {
      if (anchor) links.push({ href: anchor.href, label: text.slice(anchor.from).trim() || undefined });
      const href = tag.startsWith('/') ? null : /\shref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/i.exec(tag);
      anchor = href ? { href: decode(href[1] ?? href[2] ?? href[3]).trim(), from: text.length } : undefined;
    }
  }
  if (anchor) links.push({ href: anchor.href, label: text.slice(anchor.from).trim() || undefined });
  return { text: text.replace(/ *\n */g, '\n').replace(/\n{3,}/g, '\n\n').trim(), links };
}

/** The `>` that ends the tag opened at `open`, passing over any in a quoted attribute value (`title="a>b"`). */
function tagEnd(source: string, open: number): number {
  let quote = '';
  let previous = '';
  for (let i = open + 1; i < source.length; i++) {
    const char = source[i];
    if (quote) quote = char === quote ? '' : quote;
    else if ((char === '"' || char === "'") && previous === '=') quote = char;
    else if (char === '>') return i;
    if (char !== ' ' && char !== '\t' && char !== '\n') previous = char;
  }
  return source.length;
}

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,6});/gi, (entity, name: string) => {
    if (name[0] !== '#') return ENTITIES[name.toLowerCase()] ?? entity;
    const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
    return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : '\ufffd';
  });
}
