/**
 * Renders the element's API page (Markdown) from custom-elements.json. A plain module with no Node API,
 * so that the build (scripts/api-docs.mjs) writes docs/api.md with it and a browser test checks that the
 * committed page is what it renders now.
 */
const cell = (text = '') => String(text).replace(/\|/g, '\\|').replace(/\n+/g, ' ');
const code = (text) => (text ? `\`${cell(text)}\`` : '');

function table(headers, rows) {
  if (rows.length === 0) return '_None._\n';
  return [`| ${headers.join(' | ')} |`, `|${headers.map(() => '---').join('|')}|`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n') + '\n';
}

export function elementsOf(manifest) {
  return manifest.modules.flatMap((module) => (module.declarations ?? []).filter((declaration) => declaration.customElement));
}

/** Public fields and methods: what a page may use. */
export function publicMembers(element) {
  return (element.members ?? []).filter((member) => !member.static && !member.privacy && !member.name.startsWith('_'));
}

export function renderApiMarkdown(manifest) {
  const parts = ['# API reference', '', 'Generated from `custom-elements.json` by `npm run docs` (scripts/api-docs.mjs). Do not edit by hand: a test fails when it is out of date.', ''];
  for (const element of elementsOf(manifest)) {
    const members = publicMembers(element);
    const attributeOf = new Map((element.attributes ?? []).map((attribute) => [attribute.fieldName, attribute.name]));
    parts.push(`## \`<${element.tagName}>\``, '', cell(element.description ?? ''), '');
    parts.push('### Attributes and properties', '');
    parts.push(
      table(
        ['property', 'attribute', 'type', 'description'],
        members.filter((m) => m.kind === 'field').map((m) => [code(m.name), code(attributeOf.get(m.name)), code(m.type?.text), cell(m.description)]),
      ),
    );
    parts.push('### Methods', '');
    parts.push(
      table(
        ['method', 'returns', 'description'],
        members
          .filter((m) => m.kind === 'method')
          .map((m) => [
            code(`${m.name}(${(m.parameters ?? []).map((p) => `${p.name}${p.optional ? '?' : ''}: ${p.type?.text ?? 'unknown'}`).join(', ')})`),
            code(m.return?.type?.text),
            cell(m.description),
          ]),
      ),
    );
    parts.push('### Events', '');
    parts.push(table(['event', 'description'], (element.events ?? []).map((e) => [code(e.name), cell(e.description)])));
    parts.push('### CSS custom properties', '');
    parts.push(table(['property', 'description'], (element.cssProperties ?? []).map((p) => [code(p.name), cell(p.description)])));
    parts.push('### Parts', '');
    parts.push(table(['part', 'description'], (element.cssParts ?? []).map((p) => [code(p.name), cell(p.description)])));
    parts.push('### Slots', '');
    parts.push(table(['slot', 'description'], (element.slots ?? []).map((s) => [code(s.name || '(default)'), cell(s.description)])));
  }
  return parts.join('\n');
}
