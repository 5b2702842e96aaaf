import type { Messages } from './messages.js';

const rules = new Intl.PluralRules('ru');

/** Russian nouns agree with the number: 1 событие, 2 события, 5 событий. Counts arrive formatted ("1 234"). */
function events(count: string): string {
  const form = rules.select(Number(count.replace(/\D/g, '')));
  return `${count} ${form === 'one' ? 'событие' : form === 'few' ? 'события' : 'событий'}`;
}

/** A sentence's full stop, but not a second one after a date that ends in "г.". */
const stop = (text: string) => (text.endsWith('.') ? text : `${text}.`);

export const ru: Messages = {
  timeline: 'Хронология',
  loading: 'События загружаются…',
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
  problemsTitle: (count) => `Проблем в данных: ${count}`,
  moreProblems: (count) => `…и ещё ${count}.`,
  problem: {
    'json-syntax': (p) => `Файл не является корректным JSON (${p.detail}). Проверьте, нет ли там пропущенной запятой, скобки или кавычки.`,
    'not-events-document': (p) =>
      `Это не документ с событиями (${p.value}). Ожидается объект со списком "events" или список событий.`,
    'events-not-array': (p) => `"events" должен быть списком событий, а не ${p.value}.`,
    'event-not-object': (p) =>
      `${p.where}: ${p.value} — не событие, оно пропущено. Запишите каждое событие так: {"start": "2016-12-15", "title": "…"}.`,
    'title-missing': (p) => `${p.where}: нет заголовка, событие пропущено. Добавьте "title".`,
    'start-missing': (p) => `${p.where}: нет даты начала, событие пропущено. Добавьте "start", например "2016-12-15".`,
    'date-syntax': (p) =>
      `${p.where}: "${p.value}" в поле "${p.field}" — не дата, событие пропущено. Пишите 2016, 2016-12 или 2016-12-15 (с ~ или ? для приблизительной или неточной даты).`,
    'date-impossible': (p) =>
      `${p.where}: "${p.value}" в поле "${p.field}" — несуществующая дата (нет такого месяца или дня), событие пропущено. Проверьте месяц (01–12) и день, например 2017-02-28.`,
    'date-out-of-range': (p) =>
      `${p.where}: дата "${p.value}" в поле "${p.field}" слишком далека во времени, событие пропущено. Используйте год в пределах 271 821 года от 1970-го.`,
    'end-before-start': (p) =>
      `${p.where}: конец "${p.value}" раньше начала "${p.detail}", событие пропущено. Поменяйте их местами.`,
    'id-duplicate': (p) =>
      `${p.where}: идентификатор "${p.id}" встречается больше одного раза; это событие показано как "${p.detail}". Дайте каждому событию свой идентификатор.`,
    'id-invalid': (p) => `${p.where}: идентификатор ${p.value} — не текст; используется созданный автоматически. Запишите идентификатор текстом, например "arrest-minsk".`,
    'field-type': (p) => `${p.where}: поле "${p.field}" должно быть текстом (строкой или картой {"ru": "…"}), а не ${p.value}; оно пропущено.`,
    'link-unsafe': (p) => `${p.where}: ссылка ${p.value} — не адрес http(s) или mailto; она пропущена. Укажите полный адрес, например https://example.org/page.`,
    'format-unsupported': (p) =>
      `В данных TimelineJS поле "${p.field}" использовано на ${p.detail} ${rules.select(Number(p.detail)) === 'one' ? 'слайде' : 'слайдах'}${p.value ? ` (например, ${p.value})` : ''}; эта хронология не может его показать, и оно пропущено. Если оно важно, напишите это в тексте слайда.`,
    'columns-missing': (p) => {
      const names = p.detail.split(', ').map((name) => `"${name}"`);
      return `В таблице нет ${names.length > 1 ? 'столбцов' : 'столбца'} ${names.join(' и ')}${p.value ? ` (её столбцы: ${p.value})` : ''}, поэтому ни одно событие не прочитано. В первой строке должны быть названия столбцов, как минимум "start" и "title" (или столбец заголовка для каждого языка, например "title:ru").`;
    },
  },
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
  keyboardHint:
    'Стрелки переходят между событиями, Home и End — к первому и последнему, Enter открывает событие, плюс и минус меняют масштаб, 0 показывает всё.',
  selectedAnnouncement: (title, date) => `Открыто: ${title}, ${date}.`,
  // A range with a dash, not "с … по …": after "с" a month must be "марта", and Intl writes "март 2016 г.".
  viewAnnouncement: (from, to, count) => `Показано: ${from} – ${to}, ${events(count)}.`,
  closedAnnouncement: 'Подробности закрыты.',
  clusterName: (count, from, to) => `${events(count)}, ${from} – ${stop(to)} Enter или щелчок приближает.`,
  listPart: (shown, total) => `События в поле зрения: ${shown} из ${total}. Приблизьте, чтобы увидеть остальные.`,
};
