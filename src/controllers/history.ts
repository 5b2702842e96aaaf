/**
 * Deep links (`history="hash"`): loads history.ts, a chunk of its own, the first time a timeline asks for
 * them, and hands it the element's lifecycle. A page that does not ask never loads it.
 */
import type { ReactiveController } from 'lit';
import type { HashHistory, HistoryHost, HistoryOptions } from '../history.js';

let loading: Promise<typeof import('../history.js')> | undefined;

export class HistoryController implements ReactiveController {
  private sync?: HashHistory;
  /** The chunk's load under way: the element's updateComplete waits for it, so what an address asks for is drawn. */
  pending?: Promise<void>;

  constructor(
    private readonly host: HistoryHost,
    private readonly options: HistoryOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.sync?.connect();
  }

  hostDisconnected(): void {
    this.sync?.disconnect();
  }

  hostUpdated(): void {
    if (this.host.history !== 'hash') {
      this.sync?.disconnect();
      this.sync = undefined;
    } else if (this.sync) this.sync.updated();
    else {
      loading ??= import('../history.js');
      this.pending ??= loading.then(({ HashHistory }) => {
        this.pending = undefined;
        if (this.sync || this.host.history !== 'hash' || !this.host.isConnected) return;
        this.sync = new HashHistory(this.host, this.options);
        this.sync.connect();
      });
    }
  }
}
