/**
 * A timeline's part of the address's fragment (`history="hash"`): `#tl1=arrest-minsk&tl2=pardon-decree`.
 * The fragment is read as `&`-separated parts; a part `key=value` whose key is the timeline's belongs to it,
 * and every other part (`#intro`, another timeline's, a router's) is kept as it is, in its place. Keys and
 * values are percent-encoded, so an id may hold any character. Pure: strings in, strings out.
 */

function split(hash: string): string[] {
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  return body ? body.split('&') : [];
}

function keyOf(part: string): string | undefined {
  const at = part.indexOf('=');
  return at < 0 ? undefined : decode(part.slice(0, at));
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    // A stray % that is no escape: read as written.
    return text;
  }
}

/** The value of `key`'s part of the fragment `hash` ("#a=1&b=2"), or undefined when it has none. */
export function fragmentPart(hash: string, key: string): string | undefined {
  const part = split(hash).find((item) => keyOf(item) === key);
  return part === undefined ? undefined : decode(part.slice(part.indexOf('=') + 1));
}

/**
 * The fragment with `key`'s part set to `value` (in its place, else at the end), or taken out when `value`
 * is undefined; '' when nothing is left, else starting with '#'.
 */
export function withFragmentPart(hash: string, key: string, value: string | undefined): string {
  const parts = split(hash);
  const mine = value === undefined ? undefined : `${encodeURIComponent(key)}=${encodeURIComponent(value)}`;
  const at = parts.findIndex((item) => keyOf(item) === key);
  if (at >= 0) parts.splice(at, 1, ...(mine ? [mine] : []));
  else if (mine) parts.push(mine);
  // A part of some other kind that became empty ("#&tl1=a" after the timeline's part left) is not kept.
  const kept = parts.filter(Boolean);
  return kept.length ? `#${kept.join('&')}` : '';
}
