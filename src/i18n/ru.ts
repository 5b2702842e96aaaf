import type { Messages } from './messages.js';

const rules = new Intl.PluralRules('ru');

/** Russian nouns agree with the number: 1 событие, 2 события, 5 событий. Counts arrive formatted ("1 234"). */
function events(count: string): string {
  const form = rules.select(Number(count.replace(/\D/g, '')));
  return `${count} ${form === 'one' ? 'событие' : form === 'few' ? 'события' : 'событий'}`;
}

/** After "из" the noun is genitive: из 1 события, из 21 события, из 5 событий. */
const ofEvents = (count: string) => `${count} ${rules.select(Number(count.replace(/\D/g, ''))) === 'one' ? 'события' : 'событий'}`;

/** A sentence's full stop, but not a second one after a date that ends in "г.". */
const stop = (text: string) => (text.endsWith('.') ? text : `${text}.`);

export const ru: Messages = {
  timeline: 'Хронология',
  loading: 'События загружаются…',
  progress: (kb, events) => (events === undefined ? `Прочитано ${kb} КБ` : `Прочитано событий: ${events}${kb === undefined ? '' : ` (${kb} КБ)`}`),
  empty: 'Нет событий для показа.',
  legend: 'Категории',
  eventList: 'События по времени',
  summary: (count, from, to) => `${events(count)}, ${from} – ${to}`,
  summarySpan: (count, span) => `${events(count)}, ${span}`,
  approximately: (date) => `приблизительно ${date}`,
  uncertain: (date) => `возможно, ${date} (не точно)`,
  approximatelyUncertain: (date) => `возможно, приблизительно ${date} (не точно)`,
  disputed: (alternatives) => `по разным источникам: ${alternatives}`,
  or: 'или',
  range: (from, to) => `${from} – ${to}`,
  openRange: (from) => `с ${from} и далее`,
  yearsFrom: (year) => `${year}-е годы`,
  seasons: ['весна', 'лето', 'осень', 'зима'],
  seasonYear: (season, year) => `${season} ${year}`,
  eventAt: (position, id) => (id ? `Событие ${position} («${id}»)` : `Событие ${position}`),
  eventsAt: (position, first, id) => `${events(position)} (первое — событие ${first}${id ? ` «${id}»` : ''})`,
  problemsTitle: (count) => `Проблем в данных: ${count}`,
  moreProblems: (count) => `…и ещё ${count}.`,
  load: {
    'load-network': (url) => `Не удалось загрузить ${url}: запрос не прошёл. Проверьте адрес и соединение.`,
    'load-http': (url, status) => `Не удалось загрузить ${url}: сервер ответил ${status}.`,
    'load-empty': (url) => `Не удалось загрузить ${url}: ответ пуст.`,
    'load-timeout': (url) => `Не удалось загрузить ${url}: нет ответа вовремя. Попробуйте ещё раз или увеличьте timeout.`,
    'load-too-large': (url, limit) => `${url} не загружен: он больше ${limit} байт. Увеличьте max-bytes, если он должен загружаться.`,
    'load-not-json': (url, type) => `Не удалось загрузить ${url}: сервер прислал ${type}, а не JSON. Проверьте адрес.`,
  },
  retry: 'Повторить',
  stale: 'Показаны данные последней удачной загрузки; они могут быть устаревшими.',
  source: 'Источник',
  quote: 'В источнике',
  dateInSource: 'В источнике сказано',
  place: 'Место',
  otherCategory: 'Другое',
  legendGroups: 'Группы',
  ungrouped: 'Без группы',
  groupCount: (count) => events(count),
  inGroup: (group) => `Группа: ${group}.`,
  groupKeys: ' Стрелки вверх и вниз переходят к группе выше или ниже, влево и вправо — внутри группы.',
  legendPoint: 'День или момент',
  legendSpan: 'Период, месяц или год',
  legendApproximate: 'Приблизительная дата',
  legendUncertain: 'Неточная или спорная дата',
  legendMore: (count) => `ещё ${count}`,
  legendShapes: 'Обозначения',
  zoomIn: 'Приблизить',
  zoomOut: 'Отдалить',
  zoomFit: 'Показать всё',
  exportSvg: 'Скачать SVG',
  exportPng: 'Скачать PNG',
  zoomControls: 'Масштаб',
  close: 'Закрыть',
  category: 'Категория',
  links: 'Ссылки',
  original: 'Оригинал',
  credit: 'Автор изображения',
  related: 'Связанные события',
  ledTo: 'привело к',
  followsFrom: 'следует из',
  leadsTo: (titles) => `Привело к: ${titles}.`,
  noLink: 'В эту сторону связанных событий нет.',
  story: 'История',
  previous: 'Назад',
  next: 'Далее',
  storyPosition: (position, total) => `${position} из ${total}`,
  overview: 'Обзор: видимая часть хронологии',
  keyboardHint:
    'Стрелки переходят между событиями, Home и End — к первому и последнему, ] и [ — по связям события вперёд и назад, Enter открывает событие, плюс и минус меняют масштаб, 0 показывает всё.',
  selectedAnnouncement: (title, date) => `Открыто: ${title}, ${date}.`,
  // A range with a dash, not "с … по …": after "с" a month must be "марта", and Intl writes "март 2016 г.".
  viewAnnouncement: (from, to, count) => `Показано: ${from} – ${to}, ${events(count)}.`,
  viewAnnouncementSpan: (span, count) => `Показано: ${span}, ${events(count)}.`,
  closedAnnouncement: 'Подробности закрыты.',
  clusterName: (count, from, to) => `${events(count)}, ${from} – ${stop(to)} Enter или щелчок приближает.`,
  clusterNameSpan: (count, span) => `${events(count)}, ${stop(span)} Enter или щелчок приближает.`,
  emptyStretch: (span) => `${span}: событий нет`,
  listPart: (shown, total) => `События в поле зрения: ${shown} из ${total}. Приблизьте, чтобы увидеть остальные.`,
  summaryFiltered: (shown, total, from, to) => `${shown} из ${ofEvents(total)}, ${from} – ${to}`,
  summaryFilteredSpan: (shown, total, span) => `${shown} из ${ofEvents(total)}, ${span}`,
  search: 'Поиск событий',
  searchHint: 'Enter — к следующему найденному, Shift+Enter — к предыдущему, Escape очищает.',
  searchKey: ' Косая черта (/) переводит к полю поиска.',
  searchMatches: (count, formatted) => (count === 0 ? 'Ничего не найдено.' : `Найдено ${events(formatted)}.`),
  searchAt: (position, total, name) => `${position} из ${total}: ${stop(name)}`,
};
