/** What each problem with the data is, where, and how to fix it, in Russian. */
import type { ProblemTexts, ProblemWords } from '../messages.js';
import { unsuggested } from './unsuggested.js';

const rules = new Intl.PluralRules('ru');
/** The field's value, or for many events the field's values with the first as an example. */
const inField = (p: ProblemWords) => (p.count ? `значения поля "${p.field}" (например, "${p.value}")` : `"${p.value}" в поле "${p.field}"`);
const leftOut = (p: ProblemWords) => (p.count ? 'события пропущены' : 'событие пропущено');

export const ru: ProblemTexts = {
  'json-syntax': (p) => `Файл не является корректным JSON (${p.detail}). Проверьте, нет ли там пропущенной запятой, скобки или кавычки.`,
  'not-events-document': (p) =>
    `Это не документ с событиями (${p.value}). Ожидается объект со списком "events", список событий или GeoJSON FeatureCollection.`,
  'events-not-array': (p) => `"events" должен быть списком событий, а не ${p.value}.`,
  'event-not-object': (p) =>
    p.count
      ? `${p.where} — не события (например, ${p.value}), они пропущены. Запишите каждое событие так: {"start": "2016-12-15", "title": "…"}.`
      : `${p.where}: ${p.value} — не событие, оно пропущено. Запишите каждое событие так: {"start": "2016-12-15", "title": "…"}.`,
  'title-missing': (p) => `${p.where}: нет заголовка, ${leftOut(p)}. Добавьте "title".`,
  'start-missing': (p) => `${p.where}: нет даты начала, ${leftOut(p)}. Добавьте "start", например "2016-12-15".`,
  'date-syntax': (p) =>
    `${p.where}: ${inField(p)} — не дата, ${leftOut(p)}. Пишите 2016, 2016-12 или 2016-12-15 (с ~ или ? для приблизительной или неточной даты) или укажите формат дат в date-format, например date-format="%b %d %Y" для "Jun 12 1998".`,
  'date-impossible': (p) =>
    `${p.where}: ${inField(p)} — несуществующая дата (нет такого месяца или дня), ${leftOut(p)}. Проверьте месяц (01–12) и день, например 2017-02-28.`,
  'date-out-of-range': (p) =>
    `${p.where}: ${inField(p)} — слишком далеко во времени, ${leftOut(p)}. Используйте год в пределах 271 821 года от 1970-го.`,
  'number-not-year': (p) =>
    `${p.where}: ${inField(p)} — число, которое читается как год и слишком далеко во времени, ${leftOut(p)}. Если это миллисекунды с 1970 года, укажите date-format="%Q" (или "%s" для секунд).`,
  'end-before-start': (p) =>
    `${p.where}: конец "${p.value}" раньше начала "${p.detail}", ${leftOut(p)}. Поменяйте их местами.`,
  'id-duplicate': (p) =>
    p.count
      ? `${p.where}: идентификатор уже использован (например, "${p.id}"); события показаны под новыми идентификаторами, например "${p.detail}". Дайте каждому событию свой идентификатор.`
      : `${p.where}: идентификатор "${p.id}" встречается больше одного раза; это событие показано как "${p.detail}". Дайте каждому событию свой идентификатор.`,
  'id-invalid': (p) => `${p.where}: идентификатор ${p.value} — не текст; используется созданный автоматически. Запишите идентификатор текстом, например "arrest-minsk".`,
  'field-type': (p) => `${p.where}: поле "${p.field}" должно быть текстом (строкой или картой {"ru": "…"}), а не ${p.value}; оно пропущено.`,
  'link-unsafe': (p) => `${p.where}: ссылка ${p.value} — не адрес http(s) или mailto; она пропущена. Укажите полный адрес, например https://example.org/page.`,
  'media-unsafe': (p) =>
    `${p.where}: изображение ${p.value} — не адрес https (и не адрес этого сайта); оно не показано. Укажите адрес вроде https://example.org/picture.jpg.`,
  'media-alt-missing': (p) =>
    `${p.where}: у изображения ${p.value} нет текста "alt", и тем, кто его не видит, не сказано, что на нём. Добавьте "alt" в "media", например {"src": "…", "alt": "Гавань в 1900 году"}.`,
  'update-unknown': (p) =>
    `${p.where}: события с идентификатором "${p.id}" нет, обновлять нечего. Добавьте его через addEvents или проверьте идентификатор.`,
  'line-syntax': (p) =>
    p.count
      ? `Строк, которые не являются JSON: ${p.count} (первая — строка ${p.detail}); они пропущены. Пишите по одному событию в строке, например {"start": "2016-12-15", "title": "…"}.`
      : `Строка ${p.detail} не является JSON, поэтому она пропущена. Пишите по одному событию в строке, например {"start": "2016-12-15", "title": "…"}.`,
  'related-unknown': (p) =>
    p.field.startsWith('story')
      ? `В истории указан "${p.value}", но такого идентификатора нет ни у одного события; он пропущен. Проверьте идентификатор в "story".`
      : `${p.where}: "${p.field}" указывает на "${p.value}", но такого идентификатора нет у других событий; эта связь не нарисована. Проверьте идентификатор или добавьте событие.`,
  'group-parent-unknown': (p) =>
    p.count
      ? `Групп с несуществующим родителем ("parent"): ${p.count} (например, "${p.id}" в "${p.value}"); каждая показана как отдельная группа. Проверьте "parent" или добавьте группы.`
      : `Группа "${p.id}" указывает родителем ("parent") "${p.value}", но такой группы нет; она показана как отдельная группа. Проверьте "parent" или добавьте группу.`,
  'group-nesting-deep': (p) =>
    p.count
      ? `Групп, вложенных глубже одного уровня: ${p.count} (например, "${p.id}" в "${p.value}"). Группы вкладываются только на один уровень, поэтому каждая показана в группе верхнего уровня. Укажите родителем группу, у которой нет родителя.`
      : `Группа "${p.id}" вложена в "${p.value}", которая сама вложена в другую группу. Группы вкладываются только на один уровень, поэтому она показана ${p.detail ? `в группе "${p.detail}"` : 'как отдельная группа'}. Укажите родителем группу, у которой нет родителя.`,
  'vis-unsupported': (p) =>
    `В данных vis-timeline поле "${p.field}" использовано в ${p.detail} ${rules.select(Number(p.detail)) === 'one' ? 'элементе' : 'элементах'}${p.value ? ` (например, ${p.value})` : ''}; эта хронология не может его показать, и оно пропущено. Если оно важно, напишите это в content или title элемента.`,
  'fields-missing': (p) => {
    const names = p.value.split(', ').map((name) => `"${name}"`).join(' и ');
    const fix = `атрибутом fields, например fields="${p.suggestion ?? 'title:name, start:date'}"`;
    return `${p.count ? `Ни у одного из событий (${p.count})` : `${p.where}:`} нет полей ${names}, поэтому нечего показать. Поля данных: ${p.detail}. Укажите, какие поля читать, ${fix} (и date-format, если даты записаны не как 2016-12-15), или функцией mapEvent из скрипта.`;
  },

    'date-format-mismatch': (p) =>
      `${p.where}: ${inField(p)} не соответствует формату дат "${p.detail}", ${leftOut(p)}. Проверьте дату или измените атрибут date-format (d3-time-format: %Y год, %m месяц, %d день, %b название месяца).`,
    'map-event-failed': (p) => `${p.where}: mapEvent выбросила ошибку "${p.detail}", ${leftOut(p)}. Исправьте mapEvent или возвращайте null для записей, которые нужно пропустить.`,
    'map-event-skipped': (p) => `mapEvent пропустила записи (вернула null): ${p.count}.`,
    'fields-invalid': (p) =>
      `В атрибуте fields есть "${p.value}" — это не «поле события:поле данных»; оно не учтено. Пишите fields="title:name, start:date"; поля события: ${p.detail}.`,
    'field-not-found': (p) =>
      `Атрибут fields берёт "${p.field}" из "${p.value}", но такого поля нет ни в одной записи; поля данных: ${p.detail}. Проверьте название (регистр и пробелы не важны).`,
    'format-unsupported': (p) =>
      `В данных TimelineJS поле "${p.field}" использовано на ${p.detail} ${rules.select(Number(p.detail)) === 'one' ? 'слайде' : 'слайдах'}${p.value ? ` (например, ${p.value})` : ''}; эта хронология не может его показать, и оно пропущено. Если оно важно, напишите это в тексте слайда.`,
    'columns-missing': (p) => {
      const names = p.detail.split(', ').map((name) => `"${name}"`);
      const rest = unsuggested(p.detail, p.suggestion).map((field) => `"${field}:"`);
      const more = rest.length ? ` и ${rest.join(' и ')} с ${rest.length > 1 ? 'названиями столбцов' : 'названием столбца'}` : '';
      return `В таблице нет ${names.length > 1 ? 'столбцов' : 'столбца'} ${names.join(' и ')}${p.value ? ` (её столбцы: ${p.value})` : ''}, поэтому ни одно событие не прочитано. В первой строке должны быть названия столбцов, как минимум "start" и "title" (или столбец заголовка для каждого языка, например "title:ru")${p.suggestion ? `, или атрибут fields должен указать, какие столбцы читать, например fields="${p.suggestion}"${more}` : ''}.`;
    },
};
