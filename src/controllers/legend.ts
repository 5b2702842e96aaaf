/**
 * The legend's state and content: whether its "N more" entry is open, and what it shows, made once per
 * data set and language rather than on every zoom frame (a data set may have thousands of categories).
 */
import type { ReactiveControllerHost } from 'lit';
import type { Messages } from '../i18n/messages.js';
import { dateKinds } from '../model/date-kind.js';
import type { DerivedData } from '../model/derive.js';
import { legendContent, renderLegend, type DateKinds, type LegendContent, type LegendToggles } from '../render/legend.js';
import { formatCount } from '../time/words.js';
import type { GroupsModule } from './groups.js';

/** Not a reactive controller: it has nothing to do in the host's lifecycle, only when the legend is drawn. */
export class LegendController {
  /** True while the categories folded into "N more" are shown. */
  open = false;
  /** True while the groups folded into their "N more" are shown. */
  groupsOpen = false;
  private data?: DerivedData;
  private kinds?: DateKinds;
  private content?: LegendContent;
  private groups?: LegendContent;
  private contentFor?: Messages;
  private contentLang = '';

  constructor(private readonly host: ReactiveControllerHost) {}

  /** `derived` is the whole data's, so that a hidden category keeps its entry (`toggles`) to show it again. */
  render(derived: DerivedData, lang: string, m: Messages, toggles?: LegendToggles, grouping?: GroupsModule) {
    if (derived !== this.data) {
      this.data = derived;
      this.open = this.groupsOpen = false;
      this.kinds = derived.dateKinds ??= dateKinds(derived.document.events);
      this.content = this.groups = undefined;
    }
    // The messages are per language (and change when a page defines its own words).
    if (!this.content || m !== this.contentFor || lang !== this.contentLang || (grouping && !this.groups)) {
      const { document } = derived;
      this.content = legendContent(document.categories, derived.colors, derived.usedCategories, lang, m);
      // Every group, as if all were expanded: a collapsed parent's children are still there to hide.
      const rows = grouping?.groupRows(document.groups?.map((group) => ({ ...group, collapsed: false })), document.events)?.rows;
      this.groups = rows && grouping!.groupLegendContent(rows, lang, m);
      this.contentFor = m;
      this.contentLang = lang;
    }
    const count = (n: number) => formatCount(n, lang);
    const groups = this.groups && { content: this.groups, fold: { open: this.groupsOpen, toggle: this.toggleGroups, count } };
    return renderLegend(this.content, this.kinds!, m, { open: this.open, toggle: this.toggle, count }, toggles, groups);
  }

  private toggle = (): void => {
    this.open = !this.open;
    this.host.requestUpdate();
  };

  private toggleGroups = (): void => {
    this.groupsOpen = !this.groupsOpen;
    this.host.requestUpdate();
  };
}
