/**
 * Styles that a chunk loaded on demand brings with it (the overview's): added to the element's shadow
 * root after its own, once, so that a page without the feature never loads them. Through an adopted
 * stylesheet, as Lit adds the element's own, which a strict Content-Security-Policy allows.
 */
import type { CSSResult } from 'lit';

const added = new WeakMap<ShadowRoot, Set<CSSResult>>();

export function addStyles(root: Node, styles: CSSResult): void {
  if (!(root instanceof ShadowRoot)) return;
  const done = added.get(root) ?? new Set<CSSResult>();
  if (done.has(styles)) return;
  added.set(root, done.add(styles));
  const sheet = styles.styleSheet;
  if (sheet) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  else {
    // A browser without adopted stylesheets, where Lit gives the element's own styles as <style> elements too.
    const style = document.createElement('style');
    style.textContent = styles.cssText;
    root.append(style);
  }
}
