import type { Messages } from './messages.js';

export const hy: Messages = {
  timeline: 'Ժամանակագրություն',
  loading: 'Իրադարձությունները բեռնվում են…',
  empty: 'Ցուցադրելու իրադարձություններ չկան։',
  legend: 'Կատեգորիաներ',
  eventList: 'Իրադարձություններն ըստ ժամանակի',
  summary: (count, from, to) => `${count} իրադարձություն, ${from} – ${to}`,
  summarySpan: (count, span) => `${count} իրադարձություն, ${span}`,
  approximately: (date) => `մոտավորապես ${date}`,
  uncertain: (date) => `հավանաբար ${date} (ստույգ չէ)`,
  approximatelyUncertain: (date) => `հավանաբար մոտավորապես ${date} (ստույգ չէ)`,
  disputed: (alternatives) => `ըստ տարբեր աղբյուրների՝ ${alternatives}`,
  or: 'կամ',
  range: (from, to) => `${from} – ${to}`,
  openRange: (from) => `սկսած ${from}`,
  yearsFrom: (year) => `${year}-ական թթ.`,
  seasons: ['գարուն', 'ամառ', 'աշուն', 'ձմեռ'],
  // A year before 1 arrives as "մ.թ.ա. 500 թ.", already with its "թ.".
  seasonYear: (season, year) => (year.endsWith('թ.') ? `${year} ${season}` : `${year} թ. ${season}`),
  eventAt: (position, id) => (id ? `Իրադարձություն ${position} («${id}»)` : `Իրադարձություն ${position}`),
  problemsTitle: (count) => `Տվյալներում կա ${count} խնդիր`,
  moreProblems: (count) => `…և ևս ${count}։`,
  problem: {
    'json-syntax': (p) =>
      `Ֆայլը վավեր JSON չէ (${p.detail})։ Ստուգեք՝ արդյոք այնտեղ բաց թողնված ստորակետ, փակագիծ կամ չակերտ չկա։`,
    'not-events-document': (p) =>
      `Սա իրադարձությունների փաստաթուղթ չէ (${p.value})։ Սպասվում է օբյեկտ՝ "events" ցանկով, կամ իրադարձությունների ցանկ։`,
    'events-not-array': (p) => `"events"-ը պետք է իրադարձությունների ցանկ լինի, ոչ թե ${p.value}։`,
    'event-not-object': (p) =>
      `${p.where}՝ ${p.value}, իրադարձություն չէ, ուստի բաց է թողնված։ Գրեք յուրաքանչյուր իրադարձություն այսպես՝ {"start": "2016-12-15", "title": "…"}։`,
    'title-missing': (p) => `${p.where}՝ վերնագիր չունի, ուստի բաց է թողնված։ Ավելացրեք "title"։`,
    'start-missing': (p) => `${p.where}՝ սկզբի ամսաթիվ չունի, ուստի բաց է թողնված։ Ավելացրեք "start", օրինակ՝ "2016-12-15"։`,
    'date-syntax': (p) =>
      `${p.where}՝ "${p.field}" դաշտի "${p.value}" արժեքը ամսաթիվ չէ, ուստի իրադարձությունը բաց է թողնված։ Գրեք 2016, 2016-12 կամ 2016-12-15 (~ կամ ? նշանով՝ մոտավոր կամ անստույգ ամսաթվի համար)։`,
    'date-impossible': (p) =>
      `${p.where}՝ "${p.field}" դաշտի "${p.value}" արժեքը իրական ամսաթիվ չէ (այդպիսի ամիս կամ օր չկա), ուստի իրադարձությունը բաց է թողնված։ Ստուգեք ամիսը (01-ից 12) և օրը, օրինակ՝ 2017-02-28։`,
    'date-out-of-range': (p) =>
      `${p.where}՝ "${p.field}" դաշտի "${p.value}" ամսաթիվը ժամանակի մեջ չափազանց հեռու է պատկերելու համար, ուստի իրադարձությունը բաց է թողնված։ Օգտագործեք 1970 թվականից 271 821 տարվա սահմաններում գտնվող տարի։`,
    'end-before-start': (p) =>
      `${p.where}՝ "${p.value}" ավարտը "${p.detail}" սկզբից առաջ է, ուստի իրադարձությունը բաց է թողնված։ Փոխեք դրանց տեղերը։`,
    'id-duplicate': (p) =>
      `${p.where}՝ "${p.id}" նույնացուցիչը մեկից ավելի անգամ է օգտագործված, այս իրադարձությունը ցուցադրվում է "${p.detail}" անունով։ Յուրաքանչյուր իրադարձության տվեք իր սեփական նույնացուցիչը։`,
    'id-invalid': (p) =>
      `${p.where}՝ ${p.value} նույնացուցիչը տեքստ չէ, օգտագործվում է ստեղծված նույնացուցիչ։ Գրեք նույնացուցիչը տեքստով, օրինակ՝ "arrest-minsk"։`,
    'field-type': (p) =>
      `${p.where}՝ "${p.field}" դաշտը պետք է տեքստ լինի (տող կամ {"hy": "…"} քարտեզ), ոչ թե ${p.value}, ուստի բաց է թողնված։`,
    'link-unsafe': (p) =>
      `${p.where}՝ ${p.value} հղումը http(s) կամ mailto հասցե չէ, ուստի բաց է թողնված։ Օգտագործեք ամբողջական հասցե, օրինակ՝ https://example.org/page։`,
    'format-unsupported': (p) =>
      `TimelineJS տվյալներում "${p.field}" դաշտն օգտագործված է ${p.detail} սլայդում${p.value ? ` (օրինակ՝ ${p.value})` : ''}, բայց այս ժամանակագրությունը չի կարող այն ցուցադրել, ուստի բաց է թողնված։ Եթե այն կարևոր է, նշեք դա սլայդի տեքստում։`,
    'columns-missing': (p) => {
      const names = p.detail.split(', ').map((name) => `"${name}"`);
      return `Աղյուսակում չկա${names.length > 1 ? 'ն' : ''} ${names.join(' և ')} սյունակ${names.length > 1 ? 'ները' : 'ը'}${p.value ? ` (առկա սյունակներն են՝ ${p.value})` : ''}, ուստի ոչ մի իրադարձություն հնարավոր չէ կարդալ։ Առաջին տողում պետք է լինեն սյունակների անունները, առնվազն "start" և "title" (կամ վերնագրի սյունակ յուրաքանչյուր լեզվի համար, օրինակ՝ "title:hy")։`;
    },
  },
  load: {
    'load-network': (url) => `Հնարավոր չեղավ բեռնել ${url}՝ հարցումը ձախողվեց։ Ստուգեք հասցեն և կապը։`,
    'load-http': (url, status) => `Հնարավոր չեղավ բեռնել ${url}՝ սերվերը պատասխանեց ${status}։`,
    'load-empty': (url) => `Հնարավոր չեղավ բեռնել ${url}՝ պատասխանը դատարկ էր։`,
    'load-timeout': (url) => `Հնարավոր չեղավ բեռնել ${url}՝ պատասխանը ժամանակին չստացվեց։ Փորձեք կրկին կամ մեծացրեք timeout-ը։`,
    'load-too-large': (url, limit) => `${url}-ը չբեռնվեց՝ այն ${limit} բայթից մեծ է։ Մեծացրեք max-bytes-ը, եթե այն պետք է բեռնվի։`,
    'load-not-json': (url, type) => `Հնարավոր չեղավ բեռնել ${url}՝ սերվերն ուղարկեց ${type}, ոչ թե JSON։ Ստուգեք հասցեն։`,
  },
  retry: 'Կրկին փորձել',
  stale: 'Ցուցադրվում են վերջին բեռնված տվյալները, որոնք կարող են հնացած լինել։',
  source: 'Աղբյուր',
  quote: 'Աղբյուրում',
  dateInSource: 'Աղբյուրի ձևակերպմամբ',
  place: 'Վայր',
  otherCategory: 'Այլ',
  legendPoint: 'Օր կամ պահ',
  legendSpan: 'Ժամանակահատված, ամիս կամ տարի',
  legendApproximate: 'Մոտավոր ամսաթիվ',
  legendUncertain: 'Անստույգ կամ վիճելի ամսաթիվ',
  legendMore: (count) => `ևս ${count}`,
  legendShapes: 'Նշաններ',
  zoomIn: 'Մեծացնել',
  zoomOut: 'Փոքրացնել',
  zoomFit: 'Ցույց տալ ամբողջը',
  exportSvg: 'Ներբեռնել SVG',
  exportPng: 'Ներբեռնել PNG',
  zoomControls: 'Մասշտաբ',
  close: 'Փակել',
  category: 'Կատեգորիա',
  links: 'Հղումներ',
  original: 'Բնօրինակ',
  keyboardHint:
    'Սլաքներով անցեք իրադարձությունների միջև, Home և End ստեղներով՝ առաջինին և վերջինին, Enter-ով բացեք իրադարձությունը, գումարած և հանած նշաններով փոխեք մասշտաբը, 0-ով ցույց տվեք ամբողջը։',
  selectedAnnouncement: (title, date) => `Բացված է՝ ${title}, ${date}։`,
  viewAnnouncement: (from, to, count) => `Ցուցադրվում է ${from} – ${to}՝ ${count} իրադարձություն։`,
  closedAnnouncement: 'Մանրամասները փակված են։',
  clusterName: (count, from, to) => `${count} իրադարձություն, ${from} – ${to}։ Enter-ը կամ սեղմումը մեծացնում է։`,
  listPart: (shown, total) => `Տեսադաշտում գտնվող ${shown} իրադարձությունը՝ ${total}-ից։ Մեծացրեք՝ մյուսները տեսնելու համար։`,
};
