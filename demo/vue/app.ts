/**
 * `<event-timeline>` in Vue 3: the same example as the React one. The template is compiled in the browser
 * (Vue's full build); scripts/build-demos.mjs bundles it to dist/app.js.
 *
 * In a project that installed the package, the import from ../../src reads:
 *   import { calendarFormatter, chooseText, type EventTimeline, … } from 'event-timeline';
 * With Vue's build tools, tell the compiler about the element there instead:
 *   vue({ template: { compilerOptions: { isCustomElement: (tag) => tag === 'event-timeline' } } })
 */
import { computed, createApp, defineComponent, onBeforeUnmount, ref, shallowRef, watchEffect } from 'vue';
import { calendarFormatter, chooseText, type EventsInput, type EventTimeline, type TimelineEvent, type TimelineView } from '../../src/index.js';

const ARTICLE = '../../data/article-events.json';
/** November 2016 to October 2017: the arrest, the extradition and the sentence. */
const ZOOM: TimelineView = { start: new Date(Date.UTC(2016, 10, 1)), end: new Date(Date.UTC(2017, 9, 31)) };

const WORDS = {
  hy: {
    heading: '<event-timeline>-ը Vue 3-ում',
    selected: 'Ընտրված է',
    nothing: 'ոչինչ',
    showing: 'Երևում է',
    data: 'Տվյալներ',
    loading: 'բեռնվում է…',
    loaded: (count: number) => `${count} իրադարձություն`,
    show: 'Ցույց տալ',
  },
  en: {
    heading: '<event-timeline> in Vue 3',
    selected: 'Selected',
    nothing: 'nothing yet',
    showing: 'Showing',
    data: 'Data',
    loading: 'loading…',
    loaded: (count: number) => `${count} events`,
    show: 'Show',
  },
};
type Lang = keyof typeof WORDS;

/** The element's own calendar words: Armenian dates even where the browser's Intl has none. */
function span(view: TimelineView, lang: string, style: 'day-month-year' | 'month-year'): string {
  const calendar = calendarFormatter(lang);
  return `${calendar.format(+view.start, style)} – ${calendar.format(+view.end, style)}`;
}

const App = defineComponent({
  setup() {
    const timeline = ref<EventTimeline | null>(null);
    const lang = ref<Lang>('hy');
    // Shallow: the element gets the data itself, not a reactive proxy of every event in it.
    const events = shallowRef<EventsInput | null>(null);
    const count = ref<number>();
    const problem = ref<string>();
    const selected = shallowRef<TimelineEvent>();
    const view = shallowRef<TimelineView>();

    const request = new AbortController();
    fetch(ARTICLE, { signal: request.signal })
      .then((response) => {
        if (!response.ok) throw new Error(`${ARTICLE}: ${response.status} ${response.statusText}`);
        return response.json() as Promise<EventsInput>;
      })
      .then((data) => (events.value = data))
      .catch((error: unknown) => {
        if (!request.signal.aborted) problem.value = String(error);
      });
    onBeforeUnmount(() => request.abort());
    watchEffect(() => (document.documentElement.lang = lang.value));

    return {
      timeline,
      lang,
      events,
      count,
      problem,
      view,
      ZOOM,
      span,
      words: computed(() => WORDS[lang.value]),
      title: computed(() => selected.value && chooseText(selected.value.title, lang.value, ['en'])),
      onLoad(event: HTMLElementEventMap['timeline-load']) {
        count.value = event.detail.events.length;
        view.value = timeline.value?.view;
      },
      onError(event: HTMLElementEventMap['timeline-error']) {
        problem.value = event.detail.message;
      },
      onViewChange(event: HTMLElementEventMap['timeline-view-change']) {
        view.value = event.detail;
      },
      onSelect(event: HTMLElementEventMap['event-select']) {
        selected.value = event.detail.event;
      },
      // Setting `view` is not a person's zoom, so the element sends no timeline-view-change for it:
      // the app shows the view it asked for.
      zoom() {
        if (!timeline.value) return;
        timeline.value.view = ZOOM;
        view.value = ZOOM;
      },
    };
  },
  // `:events.prop` sets the property (Vue would also choose it, since the element has one; `.prop` says
  // so whatever the order of definition). `@timeline-load` listens to `timeline-load`.
  template: `
    <header>
      <h1>{{ words.heading }}</h1>
      <div class="switch" role="group" aria-label="Լեզու / Language">
        <button type="button" lang="hy" data-lang="hy" :aria-pressed="lang === 'hy'" @click="lang = 'hy'">Հայերեն</button>
        <button type="button" lang="en" data-lang="en" :aria-pressed="lang === 'en'" @click="lang = 'en'">English</button>
      </div>
    </header>
    <main>
      <event-timeline
        ref="timeline"
        :lang="lang"
        :events.prop="events"
        @timeline-load="onLoad"
        @timeline-error="onError"
        @timeline-view-change="onViewChange"
        @event-select="onSelect"
      ></event-timeline>
      <dl class="readout">
        <dt>{{ words.selected }}</dt>
        <dd id="selected" :lang="title?.lang">{{ title?.text ?? words.nothing }}</dd>
        <dt>{{ words.showing }}</dt>
        <dd id="view">{{ view ? span(view, lang, 'day-month-year') : '—' }}</dd>
        <dt>{{ words.data }}</dt>
        <dd id="status">
          {{ count === undefined ? words.loading : words.loaded(count) }}
          <span v-if="problem" class="problem">{{ problem }}</span>
        </dd>
      </dl>
      <button type="button" id="zoom" @click="zoom">{{ words.show }} {{ span(ZOOM, lang, 'month-year') }}</button>
    </main>
  `,
});

const app = createApp(App);
app.config.compilerOptions.isCustomElement = (tag) => tag === 'event-timeline';
app.mount('#app');
