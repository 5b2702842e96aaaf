/**
 * A timeline as a file draws it: the whole data in view, laid out once at a given width by the element's
 * own layout, with the words the element would say in that language. Pure, like the layout it calls: the
 * caller brings the text measurer (font metrics in Node). The SVG and HTML writers work from this.
 */
import { messagesFor, type Messages } from '../i18n/messages.js';
import type { BandLayout, LabelLine, Orientation } from '../layout/geometry.js';
import { layoutTimeline, steadyRoom, useMirrorLayout, useVerticalLayout, type TimelineLayout, type TimelineState } from '../layout/timeline-layout.js';
import { mirrorLayout } from '../layout/mirror.js';
import { wholeView } from '../layout/whole-view.js';
import { layoutVertical } from '../layout/vertical-layout.js';
import { layoutSwimlanes } from '../layout/swimlanes.js';
import { groupRows, type GroupRows } from '../model/groups.js';
import { derive, type DerivedData } from '../model/derive.js';
import { chooseText, type ChosenText } from '../model/text.js';
import type { TimelineDocument, TimelineEvent } from '../model/types.js';
import { legendContent, type LegendEntry } from '../render/legend.js';
import { PALETTE as COLORS, THEME_BACKGROUND } from '../styles/palette.styles.js';
import { calendarFormatter } from '../time/calendar.js';
import { eventDateInWords, formatCount, summaryInWords } from '../time/words.js';

// In Node everything is at hand: the vertical layout and the mirror too, which the browser loads on demand.
useVerticalLayout(layoutVertical);
useMirrorLayout(mirrorLayout);

export type Theme = 'light' | 'dark';

export interface StaticOptions {
  lang: string;
  /** The chart's width, px (a vertical chart takes what it needs of it). */
  width: number;
  /** Without it, vertical below 520 px, as the element decides. */
  orientation?: Orientation;
  theme?: Theme;
  maxLanes?: number;
  /** `linear`: no squeezed breaks, as the element's `axis="linear"`. */
  axis?: 'linear';
  /** A label's width at the label size, px. */
  measure: (text: string) => number;
  labelLine: LabelLine;
}

/** The element's colours, resolved for one theme (a file has no CSS custom properties to resolve them). */
export interface Palette {
  text: string;
  muted: string;
  axis: string;
  grid: string;
  mark: string;
  background: string;
}

export interface StaticTimeline {
  derived: DerivedData;
  lang: string;
  messages: Messages;
  palette: Palette;
  /** Undefined when there is nothing to draw (no events). */
  layout?: TimelineLayout;
  title?: ChosenText;
  description?: ChosenText;
  /** "8 events, from 2016 to 2017", or the words for no events. */
  summary: string;
  legend: (LegendEntry & { color: string })[];
  /** The source's title, and the rest of its line ("publisher, date"). */
  source?: { title?: ChosenText; rest: string; url?: string };
  titleOf(event: TimelineEvent): ChosenText;
  /** A group's band's name ("No group" for the events with none), and its count in words ("3 events"). */
  bandLabelOf(band: BandLayout): { name: ChosenText; count: string };
  dateOf(event: TimelineEvent): string;
  /** The name of the event's group, for grouped data ("Navy"); undefined for an event with none. */
  groupOf(event: TimelineEvent): string | undefined;
  colorOf(event: TimelineEvent): string;
  textOf(value: TimelineEvent['description']): ChosenText | undefined;
}

/** The language tags the element falls back on for text not written in the reader's: the source's, then English. */
function fallbacksOf(document: TimelineDocument): string[] {
  return [document.source?.language ?? '', 'en'];
}

export function paletteFor(theme: Theme = 'light'): Palette {
  const pick = (name: string) => {
    const entry = COLORS.find(([own]) => own === name)!;
    return theme === 'dark' ? entry[3] : entry[2];
  };
  return { text: pick('--_text'), muted: pick('--_muted'), axis: pick('--_axis'), grid: pick('--_grid'), mark: pick('--_mark'), background: THEME_BACKGROUND[theme === 'dark' ? 1 : 0] };
}

export function staticTimeline(document: TimelineDocument, options: StaticOptions): StaticTimeline {
  const { lang } = options;
  const derived = derive(document);
  const m = messagesFor(lang);
  const fallbacks = fallbacksOf(document);
  const palette = paletteFor(options.theme);
  const { events } = document;
  const titleOf = (event: TimelineEvent) => chooseText(event.title, lang, fallbacks)!;
  // Groups, when the data has them: the rows in their order (as controllers/groups.ts makes them).
  const rows: GroupRows | undefined = document.groups?.length || events.some((event) => event.group !== undefined) ? groupRows(document.groups, events) : undefined;
  const groupLabels = new Map(document.groups?.map((group) => [group.id, group.label]));
  const groupName = (id: string | undefined) => (id === undefined ? undefined : (chooseText(groupLabels.get(id), lang, fallbacks)?.text ?? id));
  // The whole data, squeezed where the element would squeeze it, in the room the element keeps for it.
  const whole = wholeView(derived, options.axis === 'linear');
  const state: TimelineState = {
    data: derived,
    view: whole.view,
    warp: whole.warp,
    width: options.width,
    orientation: options.orientation,
    verticalBelow: 520,
    rtl: false,
    lang,
    // As the element labels an event: its title, marked when its date is uncertain.
    labelOf: (event) => titleOf(event).text,
    measure: options.measure,
    labelLine: options.labelLine,
    maxLanes: options.maxLanes ?? 16,
    pinned: [],
    // Grouped data: a band a group, horizontally (a chip on each label, vertically), as the element draws it.
    ...(rows && {
      groupOf: (event: TimelineEvent) => groupName(event.group),
      swimlanes: (input) => layoutSwimlanes({ ...input, rows }),
    }),
  };
  const layout = events.length ? layoutTimeline({ ...state, room: steadyRoom(state, whole.view) }) : undefined;
  const lastEnd = events.length ? derived.index.latestTo - 1 : 0;
  const summary = events.length ? summaryInWords(events.length, events[0].from, lastEnd, derived.finest, lang) : m.empty;
  const content = legendContent(document.categories, derived.colors, derived.usedCategories, lang, m);
  const legend = [...content.named, ...(content.other ? [content.other] : [])].map((entry) => ({
    ...entry,
    // The entry for events with no category names the element's custom property: a file gets the colour.
    color: !entry.color || entry.color.startsWith('var(') ? palette.mark : entry.color,
  }));
  return {
    derived,
    lang,
    messages: m,
    palette,
    layout,
    title: chooseText(document.title, lang, fallbacks),
    description: chooseText(document.description, lang, fallbacks),
    summary,
    legend,
    source: sourceLine(document, lang),
    titleOf,
    bandLabelOf: (band) => {
      const row = rows?.rows[band.row];
      const name = row?.id === undefined ? { text: m.ungrouped } : (chooseText(row.label, lang, fallbacks) ?? { text: row.id });
      return { name, count: m.groupCount(formatCount(band.count, lang)) };
    },
    dateOf: (event) => eventDateInWords(event, lang),
    groupOf: (event) => groupName(event.group),
    colorOf: (event) => (event.category ? derived.colors.get(event.category)?.color : undefined) ?? palette.mark,
    textOf: (value) => chooseText(value, lang, fallbacks),
  };
}

/** The source as the element cites it: its title, then publisher and date (a full date in the reader's words). */
function sourceLine(document: TimelineDocument, lang: string): StaticTimeline['source'] {
  const { source } = document;
  if (!source) return undefined;
  const date = source.date && /^\d{4}-\d{2}-\d{2}$/.test(source.date) ? calendarFormatter(lang).format(Date.parse(source.date), 'day-month-year') : source.date;
  return {
    title: chooseText(source.title, lang, [source.language ?? '', 'en']),
    rest: [source.publisher, date].filter(Boolean).join(', '),
    url: source.url && /^https?:\/\//i.test(source.url) ? source.url : undefined,
  };
}
