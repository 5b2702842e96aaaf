/** What the data source (data-source.ts) reads from its element, and what it says of a load that failed. */
import type { ReactiveControllerHost } from 'lit';
import type { LoadErrorCode } from '../i18n/messages.js';
import type { EventsFormat } from '../model/choose-format.js';
import type { HeldValue } from '../model/held-value.js';
import type { MapEvent } from '../model/types.js';

export interface LoadFailure {
  code: LoadErrorCode;
  url: string;
  detail?: string;
}

/** What the controller reads from its element. */
export interface DataSourceHost extends ReactiveControllerHost, HTMLElement {
  /** The `events` property's value (a large list is held weakly once read: held-value.ts). */
  readonly heldEvents: HeldValue<unknown>;
  src?: string;
  format?: EventsFormat;
  fields?: string;
  dateFormat?: string;
  mapEvent?: MapEvent;
  timeout: number;
  maxBytes: number;
  readonly language: string;
  selected?: string;
}
