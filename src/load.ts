/**
 * Fetches an events file. The only module that does I/O. Failures come back as values a person can act
 * on, never as exceptions.
 */
import type { LoadErrorCode } from './i18n/messages.js';

export type LoadResult =
  | { ok: true; text: string; url: string }
  /** `aborted`: the request was abandoned (a newer `src`, or the element left the page); nothing to report. */
  | { ok: false; code: LoadErrorCode | 'aborted'; url: string; status?: string };

export async function loadText(url: string, signal: AbortSignal): Promise<LoadResult> {
  let response: Response;
  try {
    response = await fetch(url, { signal, headers: { Accept: 'application/json' } });
  } catch {
    return signal.aborted ? { ok: false, code: 'aborted', url } : { ok: false, code: 'load-network', url };
  }
  if (!response.ok) {
    const status = `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
    return { ok: false, code: 'load-http', url, status };
  }
  let text: string;
  try {
    text = await response.text();
  } catch {
    return signal.aborted ? { ok: false, code: 'aborted', url } : { ok: false, code: 'load-network', url };
  }
  if (signal.aborted) return { ok: false, code: 'aborted', url };
  if (!text.trim()) return { ok: false, code: 'load-empty', url };
  return { ok: true, text, url };
}
