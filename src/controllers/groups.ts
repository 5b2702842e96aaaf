/**
 * Groups (swimlanes): loads what only grouped data needs (groups.ts, a chunk of its own) the first time the
 * data has groups, and keeps the reader's choice of collapsed and expanded groups. Data without groups never
 * loads it; the element's updateComplete waits for it (`pending`), so that what a page awaits is drawn.
 */
import type { ReactiveControllerHost } from 'lit';
import type { DerivedData } from '../model/derive.js';
import type { TimelineDocument } from '../model/types.js';
import { LazyModule } from './lazy-module.js';

export type GroupsModule = typeof import('../groups.js');

/** True when the document declares groups or an event is in one. */
const grouped = new WeakMap<TimelineDocument, boolean>();
export function hasGroups(document: TimelineDocument): boolean {
  let known = grouped.get(document);
  if (known === undefined) {
    known = !!document.groups?.length || document.events.some((event) => event.group !== undefined);
    grouped.set(document, known);
  }
  return known;
}

export class GroupsController {
  /** The groups a reader collapsed (true) or expanded (false), over the data's own `collapsed`. */
  collapsed = new Map<string, boolean>();
  private readonly file: LazyModule<GroupsModule>;
  private seen?: DerivedData;

  constructor(
    host: ReactiveControllerHost,
    private readonly data: () => DerivedData | undefined,
  ) {
    this.file = new LazyModule(host, () => import('../groups.js'));
  }

  /** The groups chunk, once loaded, while the (whole) data has groups; asking starts the load. */
  get module(): GroupsModule | undefined {
    const data = this.data();
    const whole = data?.all ?? data;
    if (!whole || !hasGroups(whole.document)) return undefined;
    // New data: the reader's choices were about other groups.
    if (whole !== this.seen) {
      this.seen = whole;
      this.collapsed = new Map();
    }
    return this.file.get();
  }

  /** The chunk's load under way, if grouped data asked for it. */
  get pending(): Promise<unknown> | undefined {
    return this.file.pending;
  }
}
