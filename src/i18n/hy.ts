import type { Messages, ProblemWords } from './messages.js';

/** "\"start\" դաշտի \"x\" արժեքը", or for many events the field's values, with the first as an example. */
const inField = (p: ProblemWords) =>
  p.count ? `"${p.field}" դաշտի արժեքները (օրինակ՝ "${p.value}")` : `"${p.field}" դաշտի "${p.value}" արժեքը`;
const leftOut = (p: ProblemWords) => (p.count ? 'իրադարձությունները բաց են թողնված' : 'իրադարձությունը բաց է թողնված');

export const hy: Messages = {
  timeline: 'Ժամանակագրություն',
  loading: 'Իրադարձությունները բեռնվում են…',
  empty: 'Ցուցադրելու իրադարձություններ չկան։',
  legend: 'Կատեգորիաներ',
  eventList: 'Իրադարձություններն ըստ ժամանակի',
  summary: (count, from, to) => `${count} իրադարձություն, ${from} – ${to}`,
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
  eventsAt: (count, first, id) => `${count} իրադարձություն (առաջինը՝ իրադարձություն ${first}${id ? ` «${id}»` : ''})`,
  problemsTitle: (count) => `Տվյալներում կա ${count} խնդիր`,
  moreProblems: (count) => `…և ևս ${count}։`,
  problem: {
    'json-syntax': (p) =>
      `Ֆայլը վավեր JSON չէ (${p.detail})։ Ստուգեք՝ արդյոք այնտեղ բաց թողնված ստորակետ, փակագիծ կամ չակերտ չկա։`,
    'not-events-document': (p) =>
      `Սա իրադարձությունների փաստաթուղթ չէ (${p.value})։ Սպասվում է օբյեկտ՝ "events" ցանկով, իրադարձությունների ցանկ կամ GeoJSON FeatureCollection։`,
    'events-not-array': (p) => `"events"-ը պետք է իրադարձությունների ցանկ լինի, ոչ թե ${p.value}։`,
    'event-not-object': (p) =>
      p.count
        ? `${p.where}՝ իրադարձություններ չեն (օրինակ՝ ${p.value}), ուստի բաց են թողնված։ Գրեք յուրաքանչյուր իրադարձություն այսպես՝ {"start": "2016-12-15", "title": "…"}։`
        : `${p.where}՝ ${p.value}, իրադարձություն չէ, ուստի բաց է թողնված։ Գրեք յուրաքանչյուր իրադարձություն այսպես՝ {"start": "2016-12-15", "title": "…"}։`,
    'title-missing': (p) => `${p.where}՝ վերնագիր ${p.count ? 'չունեն, ուստի բաց են թողնված' : 'չունի, ուստի բաց է թողնված'}։ Ավելացրեք "title"։`,
    'start-missing': (p) => `${p.where}՝ սկզբի ամսաթիվ ${p.count ? 'չունեն, ուստի բաց են թողնված' : 'չունի, ուստի բաց է թողնված'}։ Ավելացրեք "start", օրինակ՝ "2016-12-15"։`,
    'date-syntax': (p) =>
      `${p.where}՝ ${inField(p)} ամսաթիվ չէ, ուստի ${leftOut(p)}։ Գրեք 2016, 2016-12 կամ 2016-12-15 (~ կամ ? նշանով՝ մոտավոր կամ անստույգ ամսաթվի համար) կամ date-format-ում նշեք, թե ինչպես են գրված ամսաթվերը, օրինակ՝ date-format="%b %d %Y"՝ "Jun 12 1998"-ի համար։`,
    'date-impossible': (p) =>
      `${p.where}՝ ${inField(p)} իրական ամսաթիվ չէ (այդպիսի ամիս կամ օր չկա), ուստի ${leftOut(p)}։ Ստուգեք ամիսը (01-ից 12) և օրը, օրինակ՝ 2017-02-28։`,
    'date-out-of-range': (p) =>
      `${p.where}՝ ${inField(p)} ժամանակի մեջ չափազանց հեռու է պատկերելու համար, ուստի ${leftOut(p)}։ Օգտագործեք 1970 թվականից 271 821 տարվա սահմաններում գտնվող տարի։`,
    'number-not-year': (p) =>
      `${p.where}՝ ${inField(p)} թիվ է, որը կարդացվում է որպես տարի և ժամանակի մեջ չափազանց հեռու է, ուստի ${leftOut(p)}։ Եթե այն 1970 թվականից հաշված միլիվայրկյաններ է, նշեք date-format="%Q" (կամ "%s"՝ վայրկյանների համար)։`,
    'date-format-mismatch': (p) =>
      `${p.where}՝ ${inField(p)} չի համապատասխանում "${p.detail}" ամսաթվի ձևաչափին, ուստի ${leftOut(p)}։ Ստուգեք ամսաթիվը կամ փոխեք date-format ատրիբուտը (d3-time-format՝ %Y տարի, %m ամիս, %d օր, %b ամսվա անուն)։`,
    'end-before-start': (p) =>
      `${p.where}՝ "${p.value}" ավարտը "${p.detail}" սկզբից առաջ է, ուստի ${leftOut(p)}։ Փոխեք դրանց տեղերը։`,
    'id-duplicate': (p) =>
      p.count
        ? `${p.where}՝ նույնացուցիչն արդեն օգտագործված է (օրինակ՝ "${p.id}"), իրադարձությունները ցուցադրվում են նոր նույնացուցիչներով, օրինակ՝ "${p.detail}"։ Յուրաքանչյուր իրադարձության տվեք իր սեփական նույնացուցիչը։`
        : `${p.where}՝ "${p.id}" նույնացուցիչը մեկից ավելի անգամ է օգտագործված, այս իրադարձությունը ցուցադրվում է "${p.detail}" անունով։ Յուրաքանչյուր իրադարձության տվեք իր սեփական նույնացուցիչը։`,
    'id-invalid': (p) =>
      `${p.where}՝ ${p.value} նույնացուցիչը տեքստ չէ, օգտագործվում է ստեղծված նույնացուցիչ։ Գրեք նույնացուցիչը տեքստով, օրինակ՝ "arrest-minsk"։`,
    'field-type': (p) =>
      `${p.where}՝ "${p.field}" դաշտը պետք է տեքստ լինի (տող կամ {"hy": "…"} քարտեզ), ոչ թե ${p.value}, ուստի բաց է թողնված։`,
    'link-unsafe': (p) =>
      `${p.where}՝ ${p.value} հղումը http(s) կամ mailto հասցե չէ, ուստի բաց է թողնված։ Օգտագործեք ամբողջական հասցե, օրինակ՝ https://example.org/page։`,
    'media-unsafe': (p) =>
      `${p.where}՝ ${p.value} պատկերը https հասցե չէ (ոչ էլ այս կայքի հասցե), ուստի չի ցուցադրվում։ Օգտագործեք այնպիսի հասցե, ինչպիսին է https://example.org/picture.jpg։`,
    'media-alt-missing': (p) =>
      `${p.where}՝ ${p.value} պատկերը "alt" տեքստ չունի, և նրանք, ովքեր այն չեն տեսնում, չեն իմանա, թե ինչ է պատկերված։ Ավելացրեք "alt" "media"-ում, օրինակ՝ {"src": "…", "alt": "Նավահանգիստը 1900 թվականին"}։`,
    'fields-missing': (p) => {
      const names = p.value.split(', ').map((name) => `"${name}"`).join(' և ');
      const fix = `fields ատրիբուտով, օրինակ՝ fields="${p.suggestion ?? 'title:name, start:date'}"`;
      return `${p.count ? `Իրադարձություններից (${p.count}) ոչ մեկը չունի` : `${p.where}՝ չունի`} ${names} դաշտ, ուստի ցուցադրելու բան չկա։ Տվյալների դաշտերն են՝ ${p.detail}։ Նշեք, թե որ դաշտերը կարդալ, ${fix} (և date-format, եթե ամսաթվերը գրված չեն 2016-12-15 ձևով), կամ mapEvent ֆունկցիայով սկրիպտից։`;
    },
    'map-event-failed': (p) =>
      `${p.where}՝ mapEvent-ը սխալ նետեց՝ "${p.detail}", ուստի ${leftOut(p)}։ Ուղղեք mapEvent-ը կամ վերադարձրեք null այն գրառումների համար, որոնք պետք է բաց թողնել։`,
    'map-event-skipped': (p) => `mapEvent-ը բաց թողեց ${p.count} գրառում (վերադարձրեց null)։`,
    'fields-invalid': (p) =>
      `fields ատրիբուտում կա "${p.value}", որը «իրադարձության դաշտ:տվյալների դաշտ» չէ, ուստի անտեսված է։ Գրեք fields="title:name, start:date", իրադարձության դաշտերն են՝ ${p.detail}։`,
    'field-not-found': (p) =>
      `fields ատրիբուտը "${p.field}"-ը կարդում է "${p.value}"-ից, բայց ոչ մի գրառում այդպիսի դաշտ չունի, տվյալների դաշտերն են՝ ${p.detail}։ Ստուգեք անունը (մեծատառերը և բացատները նշանակություն չունեն)։`,
    'format-unsupported': (p) =>
      `TimelineJS տվյալներում "${p.field}" դաշտն օգտագործված է ${p.detail} սլայդում${p.value ? ` (օրինակ՝ ${p.value})` : ''}, բայց այս ժամանակագրությունը չի կարող այն ցուցադրել, ուստի բաց է թողնված։ Եթե այն կարևոր է, նշեք դա սլայդի տեքստում։`,
    'columns-missing': (p) => {
      const names = p.detail.split(', ').map((name) => `"${name}"`);
      return `Աղյուսակում չկա${names.length > 1 ? 'ն' : ''} ${names.join(' և ')} սյունակ${names.length > 1 ? 'ները' : 'ը'}${p.value ? ` (առկա սյունակներն են՝ ${p.value})` : ''}, ուստի ոչ մի իրադարձություն հնարավոր չէ կարդալ։ Առաջին տողում պետք է լինեն սյունակների անունները, առնվազն "start" և "title" (կամ վերնագրի սյունակ յուրաքանչյուր լեզվի համար, օրինակ՝ "title:hy")${p.suggestion ? `, կամ fields ատրիբուտը պետք է նշի, թե որ սյունակները կարդալ, օրինակ՝ fields="${p.suggestion}"` : ''}։`;
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
  legendPoint: 'Օր',
  legendSpan: 'Ժամանակահատված, ամիս կամ տարի',
  legendApproximate: 'Մոտավոր ամսաթիվ',
  legendUncertain: 'Անստույգ կամ վիճելի ամսաթիվ (?)',
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
  credit: 'Պատկերի հեղինակը',
  keyboardHint:
    'Սլաքներով անցեք իրադարձությունների միջև, Home և End ստեղներով՝ առաջինին և վերջինին, Enter-ով բացեք իրադարձությունը, գումարած և հանած նշաններով փոխեք մասշտաբը, 0-ով ցույց տվեք ամբողջը։',
  selectedAnnouncement: (title, date) => `Բացված է՝ ${title}, ${date}։`,
  viewAnnouncement: (from, to, count) => `Ցուցադրվում է ${from} – ${to}՝ ${count} իրադարձություն։`,
  closedAnnouncement: 'Մանրամասները փակված են։',
  clusterName: (count, from, to) => `${count} իրադարձություն, ${from} – ${to}։ Enter-ը կամ սեղմումը մեծացնում է։`,
  listPart: (shown, total) => `Տեսադաշտում գտնվող ${shown} իրադարձությունը՝ ${total}-ից։ Մեծացրեք՝ մյուսները տեսնելու համար։`,
};
