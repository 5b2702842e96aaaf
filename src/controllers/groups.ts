/**
 * Groups (swimlanes): loads what only grouped data needs (groups.ts, a chunk of its own) the first time the
 * data has groups, and keeps the reader's choice of collapsed and expanded groups. With it, the horizontal
 * chart is laid out in bands, the bands' labels and buttons drawn, the keys move within and between groups,
 * and an event's name says its group. Data without groups never loads it; the element's updateComplete waits
 * for it (`pending`), so that what a page awaits is drawn.
 */
import { nothing, type ReactiveControllerHost } from 'lit';
import type { Messages } from '../i18n/messages.js';
import type { ChartLayout } from '../layout/geometry.js';
import type { ChartLook } from '../render/chart.js';
import type { TimelineLayout, TimelineState } from '../layout/timeline-layout.js';
import type { DerivedData } from '../model/derive.js';
import type { GroupRows, GroupSlots, RowIndex } from '../model/groups.js';
import { chooseText } from '../model/text.js';
import type { LocalizedText, TimelineDocument, TimelineEvent } from '../model/types.js';
import { formatCount } from '../time/words.js';
import type { GroupSteps } from './focus-host.js';
import type { BandWindow } from './band-window.js';
import { LazyModule } from './lazy-module.js';

export type GroupsModule = typeof import('../groups.js');

/** The groups' code when a server provided it (ssr/index.ts): a server renders in one pass, as with the readers. */
let provided: GroupsModule | undefined;
export function provideGroups(module: GroupsModule): void {
  provided = module;
}

interface Rows extends GroupRows {
  /** Each row's events, made the first time a key asks. */
  readonly byRow: TimelineEvent[][];
  /** The row of the event at each position in time order, and each row's positions. */
  index: RowIndex;
}

/** What a search gives the chart: matching events and clusters, and whether the event at a position matches. */
export type SearchLook = NonNullable<ChartLook['search']> & { matchAt(position: number): boolean };

export class GroupsController {
  /** The groups a reader collapsed (true) or expanded (false), over the data's own `collapsed`. */
  collapsed = new Map<string, boolean>();
  private readonly file: LazyModule<GroupsModule>;
  private seen?: DerivedData;
  private made?: { data: DerivedData; collapsed: Map<string, boolean>; rows: Rows };
  /** The groups of the data shown, and the group of each event: made once per data, whatever is collapsed. */
  private slots?: { data: DerivedData; slots: GroupSlots | undefined };
  private readonly groupLabels = new WeakMap<TimelineDocument, Map<string, LocalizedText>>();
  /** Which bands are near the screen: only theirs are put in the page (in the groups chunk, made once it is here). */
  private window?: BandWindow;

  constructor(
    private readonly host: ReactiveControllerHost & { readonly renderRoot: ParentNode },
    /** The whole data (the legend's), and the data shown (a filter may hide some). */
    private readonly whole: () => DerivedData | undefined,
    private readonly shown: () => DerivedData | undefined,
  ) {
    this.file = new LazyModule(host, () =>
      import('../groups.js').then((module) => {
        // Its styles join the element's (a constructed sheet, as the search field's).
        const root = host.renderRoot;
        const sheet = module.groupStyles.styleSheet;
        if (root instanceof ShadowRoot && sheet && !root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
        return module;
      }),
    );
  }

  /** The groups chunk, once loaded, while the (whole) data has groups; asking starts the load. */
  get module(): GroupsModule | undefined {
    const whole = this.whole();
    if (!whole?.grouped) return undefined;
    // New data: the reader's choices were about other groups.
    if (whole !== this.seen) {
      this.seen = whole;
      this.collapsed = new Map();
    }
    return provided ?? this.file.get();
  }

  /** The chunk's load under way, if grouped data asked for it. */
  get pending(): Promise<unknown> | undefined {
    return this.file.pending;
  }

  /**
   * The rows of the data shown and where their events are, made once per data and choice of collapsed
   * groups: a collapse costs O(groups) and two passes over typed arrays, never a walk over the events' groups.
   */
  rows(): Rows | undefined {
    const module = this.module;
    const data = this.shown();
    if (!module || !data) return undefined;
    const made = this.made;
    if (made && made.data === data && made.collapsed === this.collapsed) return made.rows;
    if (this.slots?.data !== data) this.slots = { data, slots: module.groupSlots(data.document.groups, data.document.events) };
    const slots = this.slots.slots;
    if (!slots) return undefined;
    const { rows, rowOf, rowOfSlot } = module.rowsFromSlots(slots, this.collapsed);
    const index = module.indexRows(module.rowsAt(slots, rowOfSlot), rows.length);
    const events = data.document.events;
    let byRow: TimelineEvent[][] | undefined;
    this.made = {
      data,
      collapsed: this.collapsed,
      rows: { rows, rowOf, index, get byRow() { return (byRow ??= index.places.map((places) => Array.from(places, (i) => events[i]))); } },
    };
    return this.made.rows;
  }

  /** For the layout: the horizontal chart in bands. */
  swimlanes(): TimelineState['swimlanes'] {
    const module = this.module;
    const rows = this.rows();
    return module && rows && ((input) => module.layoutSwimlanes({ ...input, rows, rowIndex: rows.index }));
  }

  /** For the keys (see FocusController). */
  steps = (): GroupSteps | undefined => {
    const module = this.module;
    const rows = this.rows();
    return module && rows && {
      inRow: (event, by) => module.stepInRow(rows, rows.byRow, event, by),
      toRow: (event, by) => module.stepRow(rows, rows.byRow, event, by),
    };
  };

  /** An event's own group's name in the reader's language (a child's, even folded into its parent), for its name and chip. */
  groupName(event: TimelineEvent, lang: string): string | undefined {
    const id = event.group;
    if (id === undefined) return undefined;
    const document = (this.whole() ?? this.shown())?.document;
    let labels = document && this.groupLabels.get(document);
    if (document && !labels) this.groupLabels.set(document, (labels = new Map(document.groups?.map((group) => [group.id, group.label]))));
    return chooseText(labels?.get(id), lang, ['en'])?.text ?? id;
  }

  /** The chart as put in the page: the marks and clusters of the bands near the screen, and those of `keep` (ids). */
  drawn(chart: ChartLayout, keep: readonly (string | undefined)[]): ChartLayout {
    const module = this.module;
    if (!module || !chart.bands) return chart;
    this.window ??= new module.BandWindow(this.host);
    return this.window.drawn(chart, keep);
  }

  /** Runs `read` (an export) with every band's marks and clusters in the page; `update` draws at once. */
  drawingAll<T>(update: () => void, read: () => T): T {
    return this.window ? this.window.whole(update, read) : read();
  }

  /**
   * While a search is typed: a band's cluster matches when one of its own row's events in its slice does,
   * not another group's that shares the slice (found among the row's places, not the slice's events).
   */
  searchLook(search: SearchLook): SearchLook {
    const module = this.module;
    const rows = this.rows();
    return module && rows ? module.matchInRows(search, rows.index) : search;
  }

  /** The bands under the chart (SVG), for the chart's look. */
  backgrounds(layout: TimelineLayout | undefined) {
    return layout?.chart.bands ? this.module?.renderBandBackgrounds(layout.chart) ?? nothing : nothing;
  }

  /** The bands' labels and buttons, over the chart. */
  labels(layout: TimelineLayout | undefined, lang: string, m: Messages) {
    const module = this.module;
    const rows = this.rows();
    const bands = layout?.chart.bands;
    if (!module || !rows || !bands) return nothing;
    return module.renderBandLabels(bands, (band) => this.bandLabel(rows.rows[band.row], lang, m), m, (n) => formatCount(n, lang), (band) => {
      if (band.id === undefined) return;
      // A new map: the rows' memo sees the change by identity.
      this.collapsed = new Map(this.collapsed).set(band.id, !band.collapsed);
      this.host.requestUpdate();
    });
  }

  private bandLabel(row: { id?: string; label?: LocalizedText } | undefined, lang: string, m: Messages) {
    if (!row || row.id === undefined) return { text: m.ungrouped };
    return chooseText(row.label, lang, ['en']) ?? { text: row.id };
  }
}
