/** Which language an element speaks: its own `lang`, the nearest ancestor's (across shadow roots), the page's. */
import { isServer } from 'lit';

export function resolveLang(element: HTMLElement): string {
  if (element.lang) return element.lang;
  // A server renders the element alone, with no ancestors or document: its own lang, else English.
  if (isServer) return 'en';
  let node: Node | null = element.parentNode;
  while (node) {
    if (node instanceof Element) {
      const lang = node.getAttribute('lang');
      if (lang) return lang;
    }
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return document.documentElement.lang || navigator.language || 'en';
}

/** Calls `onChange` when any `lang` or `dir` attribute in the document changes; returns the function that stops it. */
export function watchLang(element: HTMLElement, onChange: () => void): () => void {
  const observer = new MutationObserver(onChange);
  observer.observe(element.ownerDocument.documentElement, { attributes: true, attributeFilter: ['lang', 'dir'], subtree: true });
  return () => observer.disconnect();
}
