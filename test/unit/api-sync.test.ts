import { expect } from '@open-wc/testing';

interface Named {
  name: string;
}
interface Renderer {
  renderApiMarkdown(manifest: unknown): string;
  elementsOf(manifest: unknown): { attributes?: Named[]; events?: Named[]; cssProperties?: Named[]; cssParts?: Named[] }[];
  publicMembers(element: unknown): (Named & { kind: string })[];
}

/** The README's API and docs/api.md are checked against the manifest the analyzer writes from the code. */
describe('the API documentation', () => {
  let manifest: unknown;
  let readme: string;
  let renderer: Renderer;
  before(async () => {
    manifest = await (await fetch('/custom-elements.json')).json();
    readme = await (await fetch('/README.md')).text();
    const path = '/scripts/api-docs-render.mjs';
    renderer = (await import(path)) as Renderer;
  });

  it('docs/api.md is what the manifest renders (run npm run docs to refresh it)', async () => {
    const committed = await (await fetch('/docs/api.md')).text();
    expect(committed).to.equal(renderer.renderApiMarkdown(manifest));
  });

  it('the README names every attribute, property, method, event, custom property and part', () => {
    const [element] = renderer.elementsOf(manifest);
    const names = [
      ...(element.attributes ?? []).map((a) => a.name),
      ...renderer.publicMembers(element).map((m) => m.name),
      ...(element.events ?? []).map((e) => e.name),
      ...(element.cssProperties ?? []).map((p) => p.name),
      ...(element.cssParts ?? []).map((p) => p.name),
    ];
    expect(names.length).to.be.greaterThan(40);
    const missing = names.filter((name) => !readme.includes(`\`${name}`));
    expect(missing, 'named in the code but not in the README').to.deep.equal([]);
  });
});
