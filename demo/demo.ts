/**
 * The demo page: the article's events as a story (Armenian when the page is, else English), with a
 * switch to the chart, a language switch, and a place to draw your own data. The page's language is
 * `?lang=`, else Armenian for a reader whose browser prefers it, else English; the timelines inherit it.
 */
import type { EventTimeline } from '../src/timeline-element.js';

const WORDS: Record<string, Record<string, string>> = {
  hy: {
    heading: 'Ժամանակագրություն՝ Լապշինի գործը',
    article: 'Հոդվածի իրադարձությունները',
    mode: 'Ցույց տալ հոդվածը որպես',
    story: 'Պատմություն',
    chart: 'Գծապատկեր',
    own: 'Ձեր տվյալները',
    narrow: 'Նեղ էկրանին՝ ուղղահայաց',
    'narrow-help': 'Նույն տարրը 520 պիքսելից նեղ տեղում ինքն իրեն դասավորում է ուղղահայաց, ինչպես հեռախոսում։',
    theme: 'Ձևավորում',
    'theme-help': 'Գույները, տառատեսակը և մասերը փոխվում են --event-timeline-* հատկություններով և ::part-ով։',
    'own-help': 'Տեղադրեք իրադարձությունները JSON, TimelineJS3 JSON, CSV կամ TSV ձևաչափով կամ ընտրեք ֆայլ՝ սխալները կցուցադրվեն, իսկ ճիշտ մասը կպատկերվի։',
    paste: 'Իրադարձություններ (JSON, TimelineJS3, CSV կամ TSV)',
    draw: 'Պատկերել',
    file: 'Կամ ընտրեք ֆայլ՝',
  },
  en: {
    heading: 'A timeline: the Lapshin case',
    article: 'The events of the article',
    mode: 'Show the article as',
    story: 'Story',
    chart: 'Chart',
    own: 'Your own data',
    narrow: 'On a narrow screen: vertical',
    'narrow-help': 'The same element, narrower than 520 px, lays itself out vertically, as on a phone.',
    theme: 'Theming',
    'theme-help': 'Colours, font and parts change through --event-timeline-* custom properties and ::part.',
    'own-help': 'Paste events as JSON, TimelineJS3 JSON, CSV or TSV, or pick a file: problems are listed, and the valid part is drawn.',
    paste: 'Events (JSON, TimelineJS3, CSV or TSV)',
    draw: 'Draw',
    file: 'Or pick a file:',
  },
};

const SAMPLE = JSON.stringify(
  {
    title: 'My events',
    events: [
      { id: 'a', start: '2016-12', title: 'A month-long event' },
      { id: 'b', start: '2017-02-07', title: 'An exact day', category: 'work' },
      { id: 'c', start: '2017-05~', end: '2017-08', title: 'An approximate start', category: 'work' },
      { id: 'd', start: '2017-02-30', title: 'An impossible date: reported, not drawn' },
    ],
  },
  null,
  2,
);

function setLanguage(lang: string) {
  document.documentElement.lang = lang;
  for (const node of document.querySelectorAll<HTMLElement>('[data-words]')) {
    node.textContent = WORDS[lang][node.dataset.words!] ?? node.textContent;
  }
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-lang]')) {
    button.setAttribute('aria-pressed', String(button.dataset.lang === lang));
  }
}

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-lang]')) {
  button.addEventListener('click', () => setLanguage(button.dataset.lang!));
}
const params = new URLSearchParams(location.search);
const asked = params.get('lang');
const prefersArmenian = navigator.languages.some((tag) => tag.toLowerCase().split('-')[0] === 'hy');
setLanguage(asked && WORDS[asked] ? asked : prefersArmenian ? 'hy' : 'en');

// The article opens as a story; the switch shows it as a chart (its events' details open on a click).
const article = document.querySelector<EventTimeline>('#article')!;
function setMode(mode: 'story' | 'chart') {
  article.mode = mode;
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-mode]')) {
    button.setAttribute('aria-pressed', String(button.dataset.mode === mode));
  }
}
for (const button of document.querySelectorAll<HTMLButtonElement>('[data-mode]')) {
  button.addEventListener('click', () => setMode(button.dataset.mode as 'story' | 'chart'));
}
if (params.get('mode') === 'chart') setMode('chart');
// ?selected=arrest-minsk opens an event's details (or its card), as #article=arrest-minsk does.
const selected = params.get('selected');
if (selected) article.selected = selected;

const own = document.querySelector<EventTimeline>('#own')!;
const textarea = document.querySelector<HTMLTextAreaElement>('#own-json')!;
textarea.value = SAMPLE;

/** JSON (this element's or TimelineJS3's) goes in as the events property; anything else as a child script. */
function draw(text: string, fileName = '') {
  try {
    own.events = JSON.parse(text);
    return;
  } catch {
    // Not JSON: CSV or TSV, or broken JSON whose problem the element will point at.
  }
  own.events = null;
  own.querySelector('script')?.remove();
  const script = document.createElement('script');
  const firstLine = text.trimStart().split('\n')[0];
  script.type = /^\s*[[{]/.test(text)
    ? 'application/json'
    : /\.tsv$/i.test(fileName) || firstLine.includes('\t')
      ? 'text/tab-separated-values'
      : 'text/csv';
  script.textContent = text;
  own.append(script);
  own.reload();
}

document.querySelector('#own-form')!.addEventListener('submit', (event) => {
  event.preventDefault();
  draw(textarea.value);
});
document.querySelector<HTMLInputElement>('#own-file')!.addEventListener('change', async (event) => {
  const file = (event.target as HTMLInputElement).files?.[0];
  if (!file) return;
  textarea.value = await file.text();
  draw(textarea.value, file.name);
});
draw(SAMPLE);
