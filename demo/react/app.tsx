/**
 * `<event-timeline>` in React 19: data from state as the `events` property, a language switch, and the
 * element's events read back into the app's own markup. scripts/build-demos.mjs bundles it to dist/app.js.
 *
 * In a project that installed the package, the two imports from ../../src read:
 *   import { calendarFormatter, chooseText, type EventTimeline, … } from 'event-timeline';
 *   import type {} from 'event-timeline/react';  // the JSX typings below
 */
import { StrictMode, useEffect, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { calendarFormatter, chooseText, type EventsInput, type EventTimeline, type TimelineEvent, type TimelineView } from '../../src/index.js';
import type {} from '../../src/react.js';

const ARTICLE = '../../data/article-events.json';
/** November 2016 to October 2017: the arrest, the extradition and the sentence. */
const ZOOM: TimelineView = { start: new Date(Date.UTC(2016, 10, 1)), end: new Date(Date.UTC(2017, 9, 31)) };

const WORDS = {
  hy: {
    heading: '<event-timeline>-ը React 19-ում',
    language: 'Լեզու',
    selected: 'Ընտրված է',
    nothing: 'ոչինչ',
    showing: 'Երևում է',
    data: 'Տվյալներ',
    loading: 'բեռնվում է…',
    loaded: (count: number) => `${count} իրադարձություն`,
    show: 'Ցույց տալ',
  },
  en: {
    heading: '<event-timeline> in React 19',
    language: 'Language',
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

function App() {
  const timeline = useRef<EventTimeline>(null);
  const [lang, setLang] = useState<Lang>('hy');
  const [events, setEvents] = useState<EventsInput | null>(null);
  const [status, setStatus] = useState<{ count?: number; problem?: string }>({});
  const [selected, setSelected] = useState<TimelineEvent>();
  const [view, setView] = useState<TimelineView>();
  const words = WORDS[lang];

  useEffect(() => {
    const request = new AbortController();
    fetch(ARTICLE, { signal: request.signal })
      .then((response) => {
        if (!response.ok) throw new Error(`${ARTICLE}: ${response.status} ${response.statusText}`);
        return response.json() as Promise<EventsInput>;
      })
      .then(setEvents)
      .catch((error: unknown) => {
        if (!request.signal.aborted) setStatus({ problem: String(error) });
      });
    return () => request.abort();
  }, []);

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  // Setting `view` is not a person's zoom, so the element sends no timeline-view-change for it:
  // the app shows the view it asked for.
  const zoom = () => {
    if (!timeline.current) return;
    timeline.current.view = ZOOM;
    setView(ZOOM);
  };

  const title = selected && chooseText(selected.title, lang, ['en']);
  return (
    <>
      <header>
        <h1>{words.heading}</h1>
        <div className="switch" role="group" aria-label={`${WORDS.hy.language} / ${WORDS.en.language}`}>
          <button type="button" lang="hy" data-lang="hy" aria-pressed={lang === 'hy'} onClick={() => setLang('hy')}>
            Հայերեն
          </button>
          <button type="button" lang="en" data-lang="en" aria-pressed={lang === 'en'} onClick={() => setLang('en')}>
            English
          </button>
        </div>
      </header>
      <main>
        {/* React 19 sets `events` and `lang` as properties (the element has them) and adds a listener
            for each `on` + event name prop. */}
        <event-timeline
          ref={timeline}
          lang={lang}
          events={events}
          ontimeline-load={(event) => {
            setStatus({ count: event.detail.events.length });
            setView(timeline.current?.view);
          }}
          ontimeline-error={(event) => setStatus((was) => ({ ...was, problem: event.detail.message }))}
          ontimeline-view-change={(event) => setView(event.detail)}
          onevent-select={(event) => setSelected(event.detail.event)}
        />
        <dl className="readout">
          <dt>{words.selected}</dt>
          <dd id="selected" lang={title?.lang}>
            {title?.text ?? words.nothing}
          </dd>
          <dt>{words.showing}</dt>
          <dd id="view">{view ? span(view, lang, 'day-month-year') : '—'}</dd>
          <dt>{words.data}</dt>
          <dd id="status">
            {status.count === undefined ? words.loading : words.loaded(status.count)}
            {status.problem && <span className="problem"> {status.problem}</span>}
          </dd>
        </dl>
        <button type="button" id="zoom" onClick={zoom}>
          {words.show} {span(ZOOM, lang, 'month-year')}
        </button>
      </main>
    </>
  );
}

createRoot(document.getElementById('app')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
