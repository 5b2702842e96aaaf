/**
 * What is shown: the legend's categories and groups a reader hid and the page's `filter`. It hands every other
 * controller the derived data of the shown events (model/filter.ts), made once per filter state, and tells
 * the page with `timeline-filter-change` when what is shown changes.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { emit } from '../events.js';
import type { DerivedData } from '../model/derive.js';
import { deriveShown, type EventFilter } from '../model/filter.js';
import type { LegendToggles } from '../render/legend.js';

export interface FilterHost extends ReactiveControllerHost, HTMLElement {
  filter?: EventFilter | null;
  readonly renderRoot: ParentNode;
}

export class FilterController implements ReactiveController, LegendToggles {
  /** The categories hidden in the legend; undefined stands for the events with no category. */
  hidden = new Set<string | undefined>();
  /** The groups hidden in the legend (a parent with its children); undefined stands for the events with no group. */
  hiddenGroups = new Set<string | undefined>();
  private made?: { all: DerivedData; hidden: Set<string | undefined>; hiddenGroups: Set<string | undefined>; filter?: EventFilter | null; shown: DerivedData };
  private lastFilter?: EventFilter | null;

  constructor(
    private readonly host: FilterHost,
    private readonly data: () => DerivedData | undefined,
    /** Says something to a screen reader: the new summary, "5 of 12 events". */
    private readonly announce: (text: string) => void,
  ) {
    host.addController(this);
  }

  /** The derived data of the shown events (the whole data's when nothing is hidden). */
  get derived(): DerivedData | undefined {
    const all = this.data();
    if (!all) return undefined;
    const { hidden, hiddenGroups } = this;
    const filter = this.host.filter;
    const made = this.made;
    if (made && made.all === all && made.hidden === hidden && made.hiddenGroups === hiddenGroups && made.filter === filter) return made.shown;
    this.made = { all, hidden, hiddenGroups, filter, shown: deriveShown(all, { hidden, hiddenGroups, filter }) };
    return this.made.shown;
  }

  hostUpdate(): void {
    // Loosely: undefined and null both show all.
    if (this.host.filter != this.lastFilter) {
      this.lastFilter = this.host.filter;
      this.report();
    }
  }

  /** Hides a category's events, or shows them again (the legend's buttons). */
  onToggle = (category: string | undefined): void => {
    this.hidden = toggled(this.hidden, category);
    this.host.requestUpdate();
    this.report(true);
  };

  /** Hides a group's events (and its children's), or shows them again. */
  onToggleGroup = (group: string | undefined): void => {
    this.hiddenGroups = toggled(this.hiddenGroups, group);
    this.host.requestUpdate();
    this.report(true);
  };

  /** After the render, so that a listener sees the element as it now is. */
  private report(toggled = false): void {
    void this.host.updateComplete.then(() => {
      // The summary as drawn, in the reader's language: what the legend's buttons changed.
      if (toggled) this.announce(this.host.renderRoot.querySelector('#summary')?.textContent ?? '');
      const all = this.data();
      const shown = this.derived;
      if (!all || !shown) return;
      emit(this.host, 'timeline-filter-change', {
        events: shown.document.events,
        total: all.document.events.length,
        hiddenCategories: [...this.hidden].map((category) => category ?? null),
        hiddenGroups: [...this.hiddenGroups].map((group) => group ?? null),
      });
    });
  }
}

/** A new set, not the same one changed: the memo of `derived` sees the change by identity. */
function toggled<T>(set: ReadonlySet<T>, item: T): Set<T> {
  const copy = new Set(set);
  if (!copy.delete(item)) copy.add(item);
  return copy;
}
