/**
 * Fetches an events file. The only module that does I/O. Failures come back as values a person can act
 * on, never as exceptions: a network failure, an HTTP error, no answer in time, an answer too large, an
 * answer that is not JSON (an HTML error page served with 200, say).
 */
import type { LoadErrorCode } from './i18n/messages.js';

export interface LoadOptions {
  /** Give up after this many ms. */
  timeoutMs: number;
  /** Refuse an answer larger than this many bytes, without reading the rest of it. */
  maxBytes: number;
  /** Told how many bytes have arrived, and how many the server declared, as they arrive. */
  onProgress?: (bytes: number, total: number | undefined) => void;
  /**
   * Asked once the answer's headers are in: a function to hand the text to piece by piece as it arrives
   * (JSON Lines, drawn as they come), or undefined to have it whole.
   */
  streamTo?: (contentType: string | null) => ((text: string) => void) | undefined;
}

export type LoadResult =
  | { ok: true; text: string; url: string; contentType: string | null }
  /** `aborted`: the request was abandoned (a newer `src`, or the element left the page); nothing to report. */
  | { ok: false; code: LoadErrorCode | 'aborted'; url: string; detail?: string };

/**
 * Content types that may carry events: JSON (application/json, anything +json), CSV and TSV, and plain
 * text or bytes (what raw file hosts send).
 */
const DATA_TYPES = /^(application\/([\w.-]+\+)?json|application\/(x-)?(nd)?json(l|lines)?|text\/(plain|json|csv|tab-separated-values)|application\/(octet-stream|csv))\b/i;

export async function loadText(url: string, signal: AbortSignal, options: LoadOptions): Promise<LoadResult> {
  const timeout = AbortSignal.timeout(options.timeoutMs);
  const both = AbortSignal.any([signal, timeout]);
  const failed = (code: LoadErrorCode, detail?: string): LoadResult =>
    signal.aborted ? { ok: false, code: 'aborted', url } : timeout.aborted ? { ok: false, code: 'load-timeout', url } : { ok: false, code, url, detail };

  let response: Response;
  try {
    response = await fetch(url, {
      signal: both,
      headers: { Accept: 'application/json, text/csv;q=0.9, text/tab-separated-values;q=0.9, */*;q=0.1' },
    });
  } catch {
    return failed('load-network');
  }
  if (!response.ok) {
    void response.body?.cancel().catch(() => {});
    return failed('load-http', `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
  }
  const type = response.headers.get('content-type');
  if (type && !DATA_TYPES.test(type)) {
    void response.body?.cancel().catch(() => {});
    return failed('load-not-json', type.split(';')[0]);
  }
  const declared = Number(response.headers.get('content-length'));
  if (declared > options.maxBytes) {
    void response.body?.cancel().catch(() => {});
    return failed('load-too-large', String(options.maxBytes));
  }

  const sink = options.streamTo?.(type);
  let text: string;
  try {
    const read = await readLimited(response, options.maxBytes, (bytes) => options.onProgress?.(bytes, declared || undefined), sink);
    if (read === undefined) return failed('load-too-large', String(options.maxBytes));
    text = read;
  } catch {
    return failed('load-network');
  }
  if (signal.aborted) return { ok: false, code: 'aborted', url };
  if (sink) return { ok: true, text: '', url, contentType: type };
  if (!text.trim()) return failed('load-empty');
  // An HTML page where JSON was expected: a login page or an error page served with 200.
  if (/^\s*</.test(text)) return failed('load-not-json', 'HTML');
  return { ok: true, text, url, contentType: type };
}

/**
 * The body as text, or undefined as soon as it passes `maxBytes` (the rest is never downloaded). With a
 * `sink`, each piece goes there as it arrives (what came before a failure has been handed over).
 */
async function readLimited(response: Response, maxBytes: number, progress: (bytes: number) => void, sink?: (text: string) => void): Promise<string | undefined> {
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let received = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > maxBytes) {
      await reader.cancel().catch(() => {});
      return undefined;
    }
    progress(received);
    if (sink) sink(decoder.decode(value, { stream: true }));
    else text += decoder.decode(value, { stream: true });
  }
  if (sink) sink(decoder.decode());
  return text + decoder.decode();
}
