/**
 * The language and writing direction the element speaks, and the words it says about events in that
 * language (titles, dates), kept per language: Intl is too slow to ask for every event every frame.
 * Follows `lang` and `dir` attributes anywhere in the document, since an ancestor's may decide.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { defineMessages, hasMessages, loadMessages, messagesFor, type Messages } from '../i18n/messages.js';
import { resolveLang, watchLang } from '../lang.js';
import { chooseText, type ChosenText } from '../model/text.js';
import type { TimelineDocument, TimelineEvent } from '../model/types.js';
import { hasCalendarWords, loadCalendarWords } from '../time/calendar.js';
import { whenIdle } from '../idle.js';
import { eventDateInWords, readyWords } from '../time/words.js';

export class LocaleController implements ReactiveController {
  /** True when the element is laid out right to left. */
  rtl = false;
  private titles = new Map<string, ChosenText>();
  private dateWords = new Map<string, string>();
  /** The language and data the words were made for. */
  private wordsLang = '';
  private wordsData?: TimelineDocument;
  private stopWatching?: () => void;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly data: () => TimelineDocument | undefined,
  ) {
    host.addController(this);
  }

  /** The element's `lang`, else the nearest ancestor's, else the document's. */
  get language(): string {
    return resolveLang(this.host);
  }

  /**
   * The language the element speaks now: `language` once its words have loaded (Armenian and Russian
   * load on demand); until then the one it spoke before, so that a switch does not flash English.
   * Undefined before the first words arrive: then nothing is drawn yet.
   */
  get spoken(): string | undefined {
    const lang = this.language;
    if (this.wordsAtHand(lang)) this.lastSpoken = lang;
    return this.lastSpoken;
  }
  private lastSpoken?: string;

  get messages(): Messages {
    return messagesFor(this.spoken ?? this.language);
  }

  /** True when the words of a language, and its calendar words where the browser lacks them, are here. */
  wordsAtHand(lang = this.language): boolean {
    return hasMessages(lang) && hasCalendarWords(lang);
  }

  /** Resolves once the words of the element's language are at hand (and asks for a redraw then). */
  wordsReady(): Promise<void> {
    const lang = this.language;
    if (this.wordsAtHand(lang)) return Promise.resolve();
    return Promise.all([loadMessages(lang), loadCalendarWords(lang)]).then(() => this.host.requestUpdate());
  }

  hostUpdate(): void {
    void this.wordsReady();
    // The formatters of a language the element now speaks, made while the page is idle (before data comes).
    const spoken = this.spoken;
    if (spoken && spoken !== this.readied) {
      this.readied = spoken;
      whenIdle(() => readyWords(spoken));
    }
  }
  private readied?: string;

  /** Languages to fall back on for text not written in the reader's: the source's, then English. */
  get fallbacks(): string[] {
    return [this.data()?.source?.language ?? '', 'en'];
  }

  hostConnected(): void {
    // Read when connected and when a lang or dir attribute changes, not every zoom frame.
    this.rtl = getComputedStyle(this.host).direction === 'rtl';
    this.stopWatching = watchLang(this.host, () => {
      this.rtl = getComputedStyle(this.host).direction === 'rtl';
      this.host.requestUpdate();
    });
  }

  hostDisconnected(): void {
    this.stopWatching?.();
  }

  /** Words a page gives for languages (see the element's `messages`): shared by the whole page. */
  define(messages: Record<string, Partial<Messages>> | undefined): void {
    for (const [lang, words] of Object.entries(messages ?? {})) defineMessages(lang, words);
    this.forget();
  }

  /** Words change: new messages for a language. */
  forget(): void {
    this.titles.clear();
    this.dateWords.clear();
  }

  /** The title to show for an event, chosen once per language and data set. */
  titleOf(event: TimelineEvent): ChosenText {
    this.keepFresh();
    let title = this.titles.get(event.id);
    if (!title) {
      title = chooseText(event.title, this.wordsLang, this.fallbacks)!;
      this.titles.set(event.id, title);
    }
    return title;
  }

  /** The event's date in words. */
  dateOf(event: TimelineEvent): string {
    this.keepFresh();
    let words = this.dateWords.get(event.id);
    if (words === undefined) {
      words = eventDateInWords(event, this.wordsLang);
      this.dateWords.set(event.id, words);
    }
    return words;
  }

  /**
   * An event's label on the chart: its title. An uncertain or disputed date is shown by the mark's dotted
   * outline (which the legend explains) and said in the event's name, not by a "?" that reads as a typo.
   */
  labelOf(event: TimelineEvent): string {
    return this.titleOf(event).text;
  }

  /** What a screen reader says for an event: its title and date. */
  nameOf(event: TimelineEvent): string {
    return `${this.titleOf(event).text}, ${this.dateOf(event)}`;
  }

  private keepFresh(): void {
    const lang = this.spoken ?? this.language;
    const data = this.data();
    if (lang !== this.wordsLang || data !== this.wordsData) {
      this.forget();
      this.wordsLang = lang;
      this.wordsData = data;
    }
  }
}
