/**
 * What the chart template needs to know beyond positions, gathered from the element's controllers: colours,
 * names for assistive technology (an event's name says what it leads to), the tab stop, the selection, and
 * the arrows between linked events; and the zoom buttons. Kept out of the element so that it stays a thin composition.
 */
import type { Messages } from '../i18n/messages.js';
import type { TimelineLayout } from '../layout/timeline-layout.js';
import type { DerivedData } from '../model/derive.js';
import type { TimelineEvent } from '../model/types.js';
import type { ChartLook } from '../render/chart.js';
import type { ClusterSlots } from '../render/cluster-slots.js';
import type { SearchLook } from './groups.js';
import type { DetailsContext } from '../render/details.js';
import { categoryLabel } from '../model/categories.js';
import { endSentence } from '../model/text.js';
import { clusterInWords } from '../time/words.js';
import type { ZoomButtons } from '../render/controls.js';
import type { ChartExport } from './export.js';
import type { FocusController } from './focus.js';
import type { GroupsController } from './groups.js';
import type { LocaleController } from './locale.js';
import type { ViewController } from './view.js';

export function chartLook(
  derived: DerivedData,
  layout: TimelineLayout,
  context: {
    locale: LocaleController; focus: FocusController; links?: typeof import('../links.js'); search?: SearchLook;
    groups?: GroupsController; selected?: string; lang: string; m: Messages; clusterSlots?: ClusterSlots;
  },
): ChartLook {
  const { locale, focus, links, groups, lang, m } = context;
  // The group is said with the event; on a vertical chart, whose labels begin with it, first.
  const groupOf = (event: TimelineEvent) => groups?.groupName(event, lang);
  const vertical = layout.orientation === 'vertical';
  return {
    colorOf: (event) => (event.category ? derived.colors.get(event.category)?.color : undefined) ?? 'var(--_mark)',
    langOf: (event) => locale.titleOf(event).lang,
    nameOf: (event) => {
      const name = nameWithLinks(event, derived, locale, m);
      const group = groupOf(event);
      return !group ? name : vertical ? `${group} · ${name}` : `${endSentence(name)} ${m.inGroup(group)}`;
    },
    chipOf: vertical ? groupOf : undefined,
    tabStopId: focus.tabStop(),
    selectedId: context.selected,
    total: derived.document.events.length,
    positionOf: (event) => (derived.positions.get(event.id) ?? 0) + 1,
    // Named at the data's precision: "6 events, 1900" for data in years, not "January 1, 1900".
    clusterName: (cluster) => clusterInWords(cluster, lang, derived.finest),
    clusterOrder: context.clusterSlots && ((clusters) => context.clusterSlots!.order(clusters, (item) => item.cluster.id)),
    listLabel: m.eventList,
    hintId: 'keyboard-hint',
    search: context.search && groups ? groups.searchLook(context.search) : context.search,
    underMarks: links?.renderConnections(layout.connections, [focus.tabStop(), context.selected]),
    bands: groups?.backgrounds(layout),
  };
}

/** The zoom and export buttons: whether they can act, and what they do (zooming about the focused event). */
export function zoomButtons(viewer: ViewController, focus: FocusController, files: ChartExport): ZoomButtons {
  return {
    canZoomIn: viewer.canZoomIn,
    canZoomOut: viewer.canZoomOut,
    onZoomIn: () => viewer.zoomBy(2, focus.focusedInstant()),
    onZoomOut: () => viewer.zoomBy(0.5, focus.focusedInstant()),
    onFit: () => viewer.fit(),
    onExport: (type) => void files.save(type),
  };
}

/** What the details panel (or the story card) of the selected event needs. */
export function detailsContext(
  derived: DerivedData,
  selected: TimelineEvent,
  context: { locale: LocaleController; focus: FocusController; lang: string; m: Messages; root: Node },
): DetailsContext {
  const { locale, focus, lang, m, root } = context;
  const data = derived.document;
  return {
    root,
    lang,
    fallbacks: locale.fallbacks,
    sourceLanguage: data.source?.language,
    categoryLabel: categoryLabel(data.categories, selected.category, lang),
    m,
    related: derived.related.get(selected.id),
    titleOf: (event) => locale.titleOf(event),
    onGo: (event) => focus.follow(event),
  };
}

/** Title and date in words, then what the event leads to: "…, 17 January 2017. Leads to: Lapshin handed over to Baku." */
function nameWithLinks(event: TimelineEvent, derived: DerivedData, locale: LocaleController, m: Messages): string {
  const name = locale.nameOf(event);
  const next = derived.related.get(event.id)?.filter((item) => item.direction === 'next');
  return next?.length ? `${name}. ${m.leadsTo(next.map((item) => locale.titleOf(item.event).text).join('; '))}` : name;
}
