/**
 * Where the element's data comes from, and what became of it: the `events` property, else `src`, else a
 * child script; loading, failures, and the `timeline-load` and `timeline-error` events. A Lit reactive
 * controller, so that the element itself only wires.
 */
import { isServer, type ReactiveController } from 'lit';
import { emit, type TimelineEventDetails } from '../events.js';
import { loadProblemWords, messagesFor } from '../i18n/messages.js';
import { loadText } from '../load.js';
import { chooseFormat, type ReadHints } from '../model/choose-format.js';
import { derive, type DerivedData } from '../model/derive.js';
import { LARGE_TEXT, manyEvents, readFirst, readFirstValue, readersAtHand, type FirstRead } from '../model/read-core.js';
import type { TimelineDocument } from '../model/types.js';
import { unreadable } from '../model/unreadable.js';
import { describeProblem } from '../time/words.js';
import { ProgressTracker } from './load-progress.js';
import { loadLargeRead, loadOwnReader, preloadReaders } from './reader-modules.js';
import type { StreamRead } from './stream-read.js';
import type { LargeInput } from '../model/read-large.js';
import type { LargeRead } from './large-read.js';
import type { DataSourceHost, LoadFailure } from './data-source-host.js';

type ChangeKind = 'addEvents' | 'updateEvents' | 'removeEvents';
let changes: typeof import('../model/changes.js') | undefined;

/**
 * What the data is read from, and with: a change to any of these reads it again (or to the value of `events`,
 * told by its version: its value may be gone, see held-value.ts).
 */
const READ_FROM = ['src', 'format', 'fields', 'dateFormat', 'mapEvent'] as const;

const DATA_SCRIPTS =
  ':scope > script[type="application/json"], :scope > script[type="text/csv"], :scope > script[type="text/tab-separated-values"]';

export class DataSource implements ReactiveController {
  /** The data as read, with its problems; undefined until data arrives. */
  data?: TimelineDocument;
  /** What the element works from, made once for each `data`: positions, index, colours. */
  derived?: DerivedData;
  loading = false;
  /** How far a load under way has come, once it has taken longer than a moment. */
  readonly progress: ProgressTracker;
  /** The last load that failed; the data before it stays, marked stale. */
  failure?: LoadFailure;

  private request?: AbortController;
  /** The sources, and how to read them, as they were when the data was last read. */
  private readFrom: Partial<Pick<DataSourceHost, (typeof READ_FROM)[number]>> & { events?: number } = {};
  /** Counts reads, so that a reader that loads late cannot bring back data a newer read replaced. */
  private token = 0;
  /** Re-reads a child script when a page changes it. Made when connected: a server has no MutationObserver. */
  private children?: MutationObserver;
  /** A large read under way, stopped when another read begins or the element leaves the page. */
  private large?: LargeRead;

  constructor(private readonly host: DataSourceHost) {
    host.addController(this);
    this.progress = new ProgressTracker(host);
  }

  hostConnected(): void {
    this.children ??= new MutationObserver(() => {
      if (!this.host.heldEvents.given && !this.host.src) this.read();
    });
    this.children.observe(this.host, { childList: true, subtree: true, characterData: true });
    if (!this.data && !this.loading) this.read();
    if (!readersAtHand()) preloadReaders();
  }

  hostDisconnected(): void {
    this.progress.stop();
    this.large?.cancel();
    this.children?.disconnect();
    this.request?.abort();
    this.request = undefined;
    this.loading = false;
  }

  /**
   * Reads again when a source changed since the last read; before every update, the first included:
   * properties set before the element was defined, or before it rendered, arrive there.
   */
  hostUpdate(): void {
    if (this.host.heldEvents.version !== this.readFrom.events || READ_FROM.some((name) => this.host[name] !== this.readFrom[name])) this.read();
  }

  /** Reads from whichever source wins, and reports the outcome. */
  read(): void {
    const { src, format, heldEvents } = this.host;
    const events = heldEvents.get();
    this.readFrom = { ...Object.fromEntries(READ_FROM.map((name) => [name, this.host[name]])), events: heldEvents.version };
    this.token++;
    this.large?.cancel();
    this.request?.abort();
    this.request = undefined;
    if (events !== undefined && events !== null) {
      this.acceptValue(events);
    } else if (isServer) {
      // A server renders the data it was given as `events`: it neither fetches nor sees the element's children.
      return;
    } else if (src) {
      void this.fetch(src);
    } else {
      const script = this.host.querySelector<HTMLScriptElement>(DATA_SCRIPTS);
      if (script) this.acceptText(script.textContent ?? '', { ...this.hints(), format: format ?? script.dataset.format, contentType: script.type });
    }
  }

  private async fetch(src: string): Promise<void> {
    const request = (this.request = new AbortController());
    this.setLoading(true);
    if (!readersAtHand()) void loadOwnReader().catch(() => undefined);
    let stream: Promise<StreamRead> | undefined;
    const result = await loadText(src, request.signal, {
      timeoutMs: this.host.timeout,
      maxBytes: this.host.maxBytes,
      onProgress: (bytes, total) => this.progress.update({ bytes, total }),
      // JSON Lines are drawn as they arrive (stream-read.ts, loaded then); what comes meanwhile waits for it.
      streamTo: (contentType) => {
        if (chooseFormat('', { ...this.hints(), contentType, url: src }) !== 'ndjson') return undefined;
        const pieces: string[] = [];
        let reader: StreamRead | undefined;
        stream = import('./stream-read.js').then(({ StreamRead }) => {
          reader = new StreamRead((derived) => this.request === request && this.show(derived));
          for (const piece of pieces) reader.push(piece);
          return reader;
        });
        return (text) => (reader ? reader.push(text) : pieces.push(text));
      },
    });
    const streamed = await stream?.then((reader) => (this.request === request ? reader.end(result.ok) : reader.cancel()));
    if (this.request !== request) return;
    if (result.ok) {
      if (streamed) this.accept(streamed.document, streamed);
      else if (result.text.length > LARGE_TEXT && this.offThread()) this.readLarge({ text: result.text, hints: { ...this.hints(), contentType: result.contentType, url: result.url } });
      else this.acceptText(result.text, { ...this.hints(), contentType: result.contentType, url: result.url });
    } else if (result.code !== 'aborted') {
      // The data already shown stays, marked stale, rather than a blank box (with a stream, what arrived).
      const failure: LoadFailure = { code: result.code, url: result.url, detail: result.detail };
      this.failure = failure;
      this.setLoading(false);
      this.emit('timeline-error', (lang) => {
        const message = messagesFor(lang).load[failure.code](failure.url, failure.detail);
        return { message, messages: [message], problems: [] };
      });
    }
  }

  /** How the element's attributes say to read the data. */
  private hints(): ReadHints {
    const { format, fields, dateFormat, mapEvent } = this.host;
    return { format, fields, dateFormat, mapEvent };
  }

  private acceptText(text: string, hints: ReadHints): void {
    this.acceptFirst(readFirst(text, hints));
  }

  private acceptValue(value: unknown): void {
    if (manyEvents(value) && this.offThread()) return this.readLarge({ value, hints: this.hints() });
    this.acceptFirst(readFirstValue(value, this.hints()));
  }

  /**
   * The readers are files of their own, loaded with the first data that needs them: this element's own
   * JSON (a small one), or TimelineJS3, CSV, TSV, GeoJSON and field mapping (most pages never need these).
   * Where a page or a server provided them, reading is synchronous.
   */
  private acceptFirst(first: FirstRead): void {
    const now = readersAtHand();
    if (now) {
      this.accept(now.readRest(first));
      return;
    }
    const token = this.token;
    // Other formats take long enough to say so; this element's own JSON comes in a moment.
    if (first.kind !== 'own') this.setLoading(true);
    const read = first.kind === 'own'
      ? loadOwnReader().then((reader) => reader.readOwn(first))
      : import('../model/read.js').then((readers) => readers.readRest(first));
    const reading = read.then((data) => {
      if (token === this.token) this.accept(data);
      if (this.reading === reading) this.reading = undefined;
    });
    this.reading = reading;
  }
  /** Large data is read off the main thread unless reading must be synchronous (provided readers) or `mapEvent` runs on each event. */
  private offThread(): boolean {
    return !readersAtHand() && typeof this.host.mapEvent !== 'function';
  }

  /** Reads a large input in a worker, or in slices; each batch is drawn as it comes, and updateComplete waits for the end. */
  private readLarge(input: LargeInput): void {
    const token = this.token;
    if (!this.loading) this.setLoading(true);
    const reading: Promise<void> = loadLargeRead().then(async ({ LargeRead, letGo }) => {
      const large = token === this.token ? (this.large = new LargeRead((data) => token === this.token && this.show(data), (events) => this.progress.update({ events }))) : undefined;
      const derived = await large?.read(input);
      // Not kept once done: its callbacks' scope holds the input, which a page may want to let go of (letGo).
      if (this.large === large) this.large = undefined;
      if (token === this.token && derived) {
        this.accept(derived.document, derived);
        // The page's records, now a second copy of the data, are held only while the page holds them. Given
        // this controller, not a function made here: one would hold this scope, and the input with it.
        if (input.value !== undefined) letGo(this.host.heldEvents, input.value, derived.document, this.hints(), this);
      }
      if (this.reading === reading) this.reading = undefined;
    });
    this.reading = reading;
  }

  /** A read whose reader is still loading: the element's updateComplete waits for it (not for the network). */
  reading?: Promise<void>;

  private accept(data: TimelineDocument, derived = derive(data)): void {
    this.setLoading(false);
    this.failure = undefined;
    this.data = data;
    this.derived = derived;
    this.host.requestUpdate();
    const notices = data.notices ?? [];
    // The words for problems load only when there is one to say; the events are drawn meanwhile.
    const token = this.token;
    void (data.problems.length || notices.length ? loadProblemWords() : Promise.resolve()).then(() => {
      if (token !== this.token) return;
      this.host.requestUpdate();
      if (data.problems.length) {
        this.emit('timeline-error', (lang) => {
          const messages = data.problems.map((problem) => describeProblem(problem, lang));
          return { message: messages[0], messages, problems: data.problems };
        });
      }
      // Once a read, in the console too: a page's author sees there what a reader is not bothered with.
      if (notices.length) console.info(`<event-timeline>: ${notices.map((notice) => describeProblem(notice, 'en')).join('\n')}`);
      if (!unreadable(data)) this.emit('timeline-load', () => ({ events: data.events, problems: data.problems, notices }));
    });
  }

  /**
   * Applies a change to the data shown (see changes.ts, loaded with the first change), after any read or
   * change still waiting for its module. A removed selected event clears the selection.
   */
  change(kind: ChangeKind, list: readonly unknown[]): void {
    const run = () => {
      const result = changes![kind](this.derived ?? derive({ categories: [], events: [], problems: [] }), Array.from(list ?? []));
      this.show(result.derived);
      const { added, updated, removed, problems } = result;
      const deselect = this.host.selected !== undefined && removed.includes(this.host.selected);
      if (deselect) this.host.selected = undefined;
      void (problems.length ? loadProblemWords() : Promise.resolve()).then(() => {
        this.host.requestUpdate();
        this.emit('timeline-change', () => ({ added, updated, removed, problems }));
        if (deselect) this.emit('event-select', () => ({}));
      });
    };
    if (changes && !this.reading) return run();
    const before = this.reading;
    const after: Promise<void> = Promise.all([before, import('../model/changes.js')]).then(([, module]) => {
      changes = module;
      run();
      if (this.reading === after) this.reading = undefined;
    });
    this.reading = after;
  }

  /** Data changed or read in part: drawn, and counted in the progress of a load under way. */
  private show(derived: DerivedData): void {
    this.data = derived.document;
    this.derived = derived;
    this.progress.update({ events: derived.document.events.length });
    this.host.requestUpdate();
  }

  private setLoading(loading: boolean): void {
    this.loading = loading;
    if (loading) {
      this.failure = undefined;
      this.progress.start();
    } else this.progress.stop();
    this.host.requestUpdate();
  }

  /**
   * After the render, so that a listener sees the element as it now is, in its own language (whose words
   * may first have to load: the element's updateComplete waits for them). The detail is made then.
   */
  private emit<Name extends 'timeline-load' | 'timeline-error' | 'timeline-change' | 'event-select'>(name: Name, detail: (lang: string) => TimelineEventDetails[Name]): void {
    void this.host.updateComplete.then(() => emit(this.host, name, detail(this.host.language)));
  }
}

