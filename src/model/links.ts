/** Which addresses from the data may be followed or loaded. */

const SAFE_LINK_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/** A link to follow: an absolute `http:`, `https:` or `mailto:` URL, nothing else. */
export function isSafeLink(href: string): boolean {
  try {
    return SAFE_LINK_PROTOCOLS.has(new URL(href).protocol);
  } catch {
    return false;
  }
}

/** `https:` anywhere, or a path on the page's own origin. Never `//host` (another origin), `data:`, `javascript:`... */
export function isSafeImageSource(src: string): boolean {
  // A browser drops tabs and line breaks inside a URL ("java\tscript:"), and reads `\` as `/` (`/\host`).
  if (!src || /[\u0000-\u001f\u007f\\]/.test(src) || src.startsWith('//')) return false;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(src);
  if (!scheme) return true;
  try {
    return new URL(src).protocol === 'https:';
  } catch {
    return false;
  }
}

