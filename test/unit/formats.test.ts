import '../../src/languages.js';
import { categoryLabel } from '../../src/model/categories.js';
import { expect } from '@open-wc/testing';
// The words for problems load on demand in the element; here they are wanted at once.
import '../../src/i18n/problems/index.js';
import { fromDelimited } from '../../src/model/formats/delimited.js';
import { edtf, fromTimelineJs, htmlToText, isTimelineJs } from '../../src/model/formats/timelinejs.js';
import { chooseFormat, readEventsText, readEventsValue } from '../../src/model/read.js';
import type { Problem, TimelineDocument } from '../../src/model/types.js';
import { describeProblem } from '../../src/time/words.js';

const slide = (more: Record<string, unknown> = {}) => ({ start_date: { year: 2016 }, text: { headline: 'A' }, ...more });
const tl = (...events: unknown[]) => ({ events });
const errors = (doc: TimelineDocument) => doc.problems.filter((problem) => problem.severity === 'error');
/** What TimelineJS data holds that the element does not show: notices for the page's author, never problems. */
const unsupported = (doc: TimelineDocument) =>
  Object.fromEntries((doc.notices ?? []).filter((p) => p.code === 'format-unsupported').map((p) => [p.field, [p.detail, p.value]]));

describe('isTimelineJs()', () => {
  it('isTimelineJs() knows events with start_date objects, a title slide, or eras', () => {
    expect(isTimelineJs(tl(slide()))).to.equal(true);
    expect(isTimelineJs({ title: { text: { headline: 'T' } }, events: [] })).to.equal(true);
    expect(isTimelineJs({ eras: [], events: [] })).to.equal(true);
  });

  it('isTimelineJs() refuses our own format and anything that is not an object', () => {
    expect(isTimelineJs({ title: { en: 'T', text: 'x' }, events: [{ start: '2016', title: 'A' }] })).to.equal(false);
    for (const value of [null, undefined, 'x', 3, [slide()], { events: 'x' }, { events: [null, { start_date: '2016' }] }]) {
      expect(isTimelineJs(value), JSON.stringify(value)).to.equal(false);
    }
  });
});

describe('edtf()', () => {
  it('edtf() writes a date at the precision it is given', () => {
    expect(edtf({ year: 2016 })).to.equal('2016');
    expect(edtf({ year: '2016', month: '3' })).to.equal('2016-03');
    expect(edtf({ year: 2016, month: 3, day: 5 })).to.equal('2016-03-05');
    expect(edtf({ year: 2016, month: 3, day: 5, hour: 9 })).to.equal('2016-03-05T09:00Z');
    expect(edtf({ year: 2016, month: 12, day: 15, hour: '10', minute: '30', second: '5' })).to.equal('2016-12-15T10:30:05Z');
    expect(edtf({ year: 2016, month: '', day: 5 })).to.equal('2016');
    expect(edtf({ year: '', month: 3 })).to.equal(undefined);
  });

  it('edtf() pads years to four digits, writes negative years as -0499 and long ones with Y', () => {
    expect(edtf({ year: 33 })).to.equal('0033');
    expect(edtf({ year: 0 })).to.equal('0000');
    expect(edtf({ year: -499 })).to.equal('-0499');
    expect(edtf({ year: '-44', month: 3, day: 15 })).to.equal('-0044-03-15');
    expect(edtf({ year: 12345 })).to.equal('Y12345');
    expect(edtf({ year: '-200000' })).to.equal('Y-200000');
  });

  it('edtf() keeps a part that is not a whole number as written, for the parser to name', () => {
    expect(edtf({ year: 'around 1900' })).to.equal('around 1900');
    expect(edtf({ year: 2016, month: 'May' })).to.equal('2016-May');
    const doc = readEventsValue(tl(slide({ start_date: { year: 2016, month: 'May' } })));
    expect(errors(doc).map((p) => [p.code, p.field, p.value])).to.deep.equal([['date-syntax', 'start', '2016-May']]);
  });
});

describe('fromTimelineJs()', () => {
  it('fromTimelineJs() maps unique_id, headline, text, group, display_date, dates and the title slide', () => {
    const doc = readEventsValue({
      title: { text: { headline: 'The <i>case</i>' } },
      events: [
        slide({ unique_id: 'arrest', start_date: { year: 2016, month: 12, day: 15 }, end_date: { year: 2017, month: 2 },
          text: { headline: 'Arrest', text: '<p>In Minsk.</p>' }, group: 'Legal', display_date: 'Late 2016' }),
        slide({ start_date: { year: -499, display_date: '500 BCE' }, end_date: { year: -480, display_date: '481 BCE' } }),
      ],
    });
    expect(doc.problems).to.deep.equal([]);
    expect(doc.title).to.deep.equal({ '*': 'The case' });
    const [ancient, arrest] = doc.events;
    // TimelineJS's group is a row of its own (a swimlane), not a colour.
    expect([arrest.id, arrest.title, arrest.description, arrest.group, arrest.category, arrest.dateText]).to.deep.equal([
      'arrest', { '*': 'Arrest' }, { '*': 'In Minsk.' }, 'Legal', undefined, { '*': 'Late 2016' }]);
    expect([arrest.start.precision, arrest.start.text, arrest.end?.precision, arrest.to]).to.deep.equal(['day', '2016-12-15', 'month', Date.UTC(2017, 2, 1)]);
    expect([ancient.start.year, ancient.end?.year, ancient.id, ancient.dateText]).to.deep.equal([-499, -480, 'event-2', { '*': '500 BCE – 481 BCE' }]);
  });

  it('fromTimelineJs() makes an image the event\'s picture, its caption the alt text, its credit the credit', () => {
    const doc = readEventsValue(tl(slide({ media: { url: 'https://example.com/p.jpg', caption: '<b>Minsk</b>', credit: '<a href="https://ap.org">AP</a>' } })));
    expect(doc.problems).to.deep.equal([]);
    expect(doc.events[0].media).to.deep.equal({ src: 'https://example.com/p.jpg', alt: { '*': 'Minsk' }, credit: { '*': 'AP' }, link: undefined });
    expect(doc.events[0].links).to.deep.equal([]);
    const withAlt = readEventsValue(tl(slide({ media: { url: 'images/a.PNG?w=2', alt: 'Harbour', caption: 'C', link: 'https://x.org' } })));
    expect(withAlt.events[0].media).to.deep.equal({ src: 'images/a.PNG?w=2', alt: { '*': 'Harbour' }, credit: undefined, link: 'https://x.org' });
  });

  it('fromTimelineJs() shows a picture with no alt text or caption as decoration, and tells the author', () => {
    const doc = readEventsValue(tl(slide({ media: { url: 'https://example.com/keller.png', credit: 'The Ada Project' } })));
    expect(doc.problems).to.deep.equal([]);
    expect(doc.events[0].media).to.deep.include({ src: 'https://example.com/keller.png', alt: undefined, credit: { '*': 'The Ada Project' } });
    expect(doc.notices).to.deep.equal([{ code: 'media-alt-missing', severity: 'warning', index: 0, field: 'media.alt', value: 'https://example.com/keller.png' }]);
  });

  it('fromTimelineJs() makes other media (YouTube, maps, Wikipedia, file pages) links labelled with caption and credit', () => {
    const media = (url: string, caption?: string) => slide({ media: { url, caption, credit: 'AP' } });
    const doc = readEventsValue(tl(
      media('https://www.youtube.com/watch?v=aPweFhhXFvY', 'Jean Bartik'),
      media('https://commons.wikimedia.org/wiki/File:Ape_skeletons.png'),
      media('//maps.example.org/place'),
    ));
    expect(doc.problems).to.deep.equal([]);
    expect(doc.events.map((event) => [event.media, event.links])).to.deep.equal([
      [undefined, [{ href: 'https://www.youtube.com/watch?v=aPweFhhXFvY', label: { '*': 'Jean Bartik (AP)' } }]],
      [undefined, [{ href: 'https://commons.wikimedia.org/wiki/File:Ape_skeletons.png', label: { '*': '(AP)' } }]],
      [undefined, [{ href: 'https://maps.example.org/place', label: { '*': '(AP)' } }]],
    ]);
  });

  it('fromTimelineJs() loads http: and protocol-relative pictures over https, as an https page does', () => {
    const doc = readEventsValue(tl(slide({ media: { url: 'http://upload.wikimedia.org/a.jpeg', caption: 'A' } }), slide({ media: { url: '//farm8.staticflickr.com/b.jpg', caption: 'B' } })));
    expect(doc.events.map((event) => event.media?.src)).to.deep.equal(['https://upload.wikimedia.org/a.jpeg', 'https://farm8.staticflickr.com/b.jpg']);
  });

  it('fromTimelineJs() makes a <blockquote> media the event\'s quote, as text', () => {
    const url = '<blockquote>There is no demand for women engineers, as such. <cite>Edith Clarke</cite></blockquote>';
    const doc = readEventsValue(tl(slide({ media: { url, credit: '', caption: '' } })));
    expect([doc.problems, doc.notices]).to.deep.equal([[], []]);
    expect(doc.events[0].quote).to.deep.equal({ '*': 'There is no demand for women engineers, as such. Edith Clarke' });
  });

  it('fromTimelineJs() notes once, with a count, media urls it cannot use', () => {
    const media = (url: string) => slide({ media: { url } });
    const doc = readEventsValue(tl(media('images/a.mov'), media('javascript:alert(1)'), media('https://example.com/b.mov')));
    expect(doc.events.map((event) => event.links.length)).to.deep.equal([0, 0, 1]);
    expect(doc.problems).to.deep.equal([]);
    expect(doc.notices).to.deep.equal([{ code: 'format-unsupported', severity: 'warning', field: 'media.url', value: 'images/a.mov', detail: '2' }]);
  });

  it('fromTimelineJs() carries eras as ranges in an "era" category, after the slides', () => {
    const doc = readEventsValue({
      events: [slide({ start_date: { year: 1990 } })],
      eras: [{ start_date: { year: 1980 }, end_date: { year: 1989, month: 11 }, text: { headline: 'Late Cold War', text: 'The 1980s' } }],
    });
    expect(doc.problems).to.deep.equal([]);
    const era = doc.events[0];
    expect([era.id, era.index, era.category, era.title, era.description]).to.deep.equal(['era-1', 1, 'era', { '*': 'Late Cold War' }, { '*': 'The 1980s' }]);
    expect([era.from, era.to]).to.deep.equal([Date.UTC(1980, 0, 1), Date.UTC(1989, 11, 1)]);
    expect(doc.categories).to.deep.equal([{ id: 'era', label: { en: 'Era', hy: 'Դարաշրջան', ru: 'Эпоха' }, color: undefined }]);
    // The category is named in every language the element carries.
    for (const [lang, name] of [['en', 'Era'], ['hy', 'Դարաշրջան'], ['ru', 'Эпоха']]) expect(categoryLabel(doc.categories, 'era', lang)?.text).to.equal(name);
  });

  it('fromTimelineJs() warns once a field for background, type and unknown fields, with how many slides', () => {
    const doc = readEventsValue(tl(
      slide({ background: { color: '#123' } }),
      slide({ background: { url: 'https://example.com/bg.jpg' }, type: 'overview', location: { lat: 1 } }),
      slide({ background: { color: '', url: '' }, type: 'title', autolink: false, millisecond: '' }),
    ));
    expect(errors(doc)).to.deep.equal([]);
    expect(unsupported(doc)).to.deep.equal({ background: ['2', '#123'], type: ['1', 'overview'], location: ['1', undefined] });
  });

  it('fromTimelineJs() makes the title slide\'s text the description, as plain text, and notes its media', () => {
    const doc = readEventsValue({ title: { text: { headline: 'T', text: '<p class="lead">In this <b>sample</b> timeline</p>' }, media: { url: 'https://x.org/a.png' } }, events: [slide()] });
    expect([doc.title, doc.description]).to.deep.equal([{ '*': 'T' }, { '*': 'In this sample timeline' }]);
    expect(doc.problems).to.deep.equal([]);
    expect(unsupported(doc)).to.deep.equal({ 'title.media': ['1', 'https://x.org/a.png'] });
  });

  it('fromTimelineJs() turns <a href> and, unless autolink is false, bare addresses into links', () => {
    const text = 'See <a href="https://a.org/x?b=1&amp;c=2">the report</a>, https://b.org/y. And <a href="/local">here</a>.';
    const [linked, plain] = readEventsValue(tl(slide({ text: { headline: 'A', text } }), slide({ text: { headline: 'B', text }, autolink: false }))).events;
    expect(linked.links).to.deep.equal([{ href: 'https://a.org/x?b=1&c=2', label: { '*': 'the report' } }, { href: 'https://b.org/y', label: undefined }]);
    expect(plain.links).to.have.length(1);
    expect(linked.description).to.deep.equal({ '*': 'See the report, https://b.org/y. And here.' });
    expect(unsupported(readEventsValue(tl(slide({ text: { headline: 'A', text } }))))).to.deep.equal({ 'text.text <a href>': ['1', '/local'] });
  });

  it('fromTimelineJs() passes a value with no events list to the parser unchanged', () => {
    expect(fromTimelineJs({ eras: [] })).to.deep.equal({ document: { eras: [] }, warnings: [], notices: [] });
    expect(readEventsValue({ eras: [] }).problems.map((p) => p.code)).to.deep.equal(['not-events-document']);
  });
});

describe('htmlToText()', () => {
  it('htmlToText() drops tags and the content of script and style, and breaks lines at blocks', () => {
    const html = '<p>One\n  two</p><script>alert("<p>x</p>")</script><STYLE>p { color: red }</STYLE><p>Three<br>four</p><!-- a > b -->';
    expect(htmlToText(html).text).to.equal('One two\n\nThree\nfour');
  });

  it('htmlToText() decodes the basic and numeric entities, and never makes markup of them', () => {
    const { text } = htmlToText('&amp; &lt;b&gt; &quot;q&quot; &#39;s&#39; a&nbsp;b &#x41;&#66; &#0; &#x110000; &unknown; &rsquo;');
    expect(text).to.equal('& <b> "q" \'s\' a\u00a0b AB \ufffd \ufffd &unknown; ’');
    expect(htmlToText('&lt;script&gt;alert(1)&lt;/script&gt;').text).to.equal('<script>alert(1)</script>');
  });

  it('htmlToText() keeps a < that opens no tag, and a > inside a quoted attribute does not end the tag', () => {
    expect(htmlToText('a < b and 3<4').text).to.equal('a < b and 3<4');
    expect(htmlToText('<img title="a>b" src=x onerror=alert(1)>after').text).to.equal('after');
    expect(htmlToText('<b>don\'t</b> <i class=it\'s>stop</i>').text).to.equal("don't stop");
    expect(htmlToText('before<script>never closed').text).to.equal('before');
    expect(htmlToText(42)).to.deep.equal({ text: '', links: [] });
  });

  it('htmlToText() takes linear time on hostile input', () => {
    const started = performance.now();
    for (const html of ['<a '.repeat(50_000), '<'.repeat(100_000), '<script>'.repeat(20_000), '<p title="'.repeat(20_000), '&#'.repeat(50_000)]) {
      htmlToText(html);
    }
    expect(performance.now() - started).to.be.below(1000);
  });
});

describe('fromDelimited()', () => {
  const read = (text: string, delimiter: ',' | '\t' = ',') => readEventsText(text, { format: delimiter === ',' ? 'csv' : 'tsv' });

  it('fromDelimited() reads quoted fields with commas, newlines and doubled quotes, and CRLF rows', () => {
    const doc = read('start,title,description\r\n2016,"Arrest, Minsk","He said ""no"",\nthen left."\r\n2017,B,\r\n');
    expect(doc.problems).to.deep.equal([]);
    expect(doc.events.map((event) => [event.title, event.description])).to.deep.equal([
      [{ '*': 'Arrest, Minsk' }, { '*': 'He said "no",\nthen left.' }],
      [{ '*': 'B' }, undefined],
    ]);
  });

  it('fromDelimited() reads headers in any case, trimmed, with a leading BOM', () => {
    const doc = read('\uFEFF Start ,TITLE,End,Date Text,date_text:hy,Category\n2016-12-15, A ,2017,late 2016,2016-ի վերջին,legal');
    expect(doc.problems).to.deep.equal([]);
    const [event] = doc.events;
    expect([event.title, event.end?.text, event.dateText, event.category]).to.deep.equal([
      { '*': 'A' }, '2017', { '*': 'late 2016', hy: '2016-ի վերջին' }, 'legal']);
  });

  it('fromDelimited() builds language maps from title:hy and title [en] columns', () => {
    const doc = read('start\ttitle:hy\ttitle [en]\tplace:en\tdescription\n2016\tՁերբակալում\tArrest\tMinsk\tPlain\n2017\t\tOnly English\t\t', '\t');
    expect(doc.problems).to.deep.equal([]);
    expect(doc.events.map((event) => [event.title, event.place, event.description])).to.deep.equal([
      [{ hy: 'Ձերբակալում', en: 'Arrest' }, { en: 'Minsk' }, { '*': 'Plain' }],
      [{ en: 'Only English' }, undefined, undefined],
    ]);
  });

  it('fromDelimited() splits links at spaces and |, leaves empty cells out, and keeps unknown columns', () => {
    const { document } = fromDelimited('start,title,links,notes,category:hy,end\n2016,A,https://a.org | https://b.org  https://c.org,see p. 3,Դատ,\n', ',');
    expect(document).to.deep.equal({
      events: [{ start: '2016', title: 'A', links: ['https://a.org', 'https://b.org', 'https://c.org'], notes: 'see p. 3', 'category:hy': 'Դատ' }],
    });
  });

  it('fromDelimited() drops trailing empty rows but keeps row numbers: event N is row N + 2', () => {
    const doc = read('start,title\n2016,A\n,\n2016-13,C\n,\n,,\n');
    expect(doc.events).to.have.length(1);
    expect(doc.problems.map((p) => [p.code, p.index])).to.deep.equal([['title-missing', 1], ['date-impossible', 2]]);
  });

  it('fromDelimited() reports a table with no start or title column in one error naming them', () => {
    const only = (doc: TimelineDocument): Problem => {
      expect(doc.problems).to.have.length(1);
      return doc.problems[0];
    };
    expect(only(read('date,name\n2016,A'))).to.deep.equal({
      code: 'columns-missing', severity: 'error', detail: 'start, title', value: 'date, name', suggestion: 'title:name, start:date',
    });
    expect(only(read('start,name:en\n2016,A')).detail).to.equal('title');
    expect(only(read('')).detail).to.equal('start, title');
    expect(read('start,title:en\n2016,A').problems).to.deep.equal([]);
  });
});

describe('readEventsText()', () => {
  const csv = 'start,title\n2016,A';
  const json = '{"events": [{"start": "2016", "title": "A"}]}';

  it('readEventsText() lets the format hint win over content type and extension', () => {
    expect(chooseFormat(json, { format: ' TSV ', contentType: 'application/json', url: 'a.json' })).to.equal('tsv');
    expect(readEventsText(csv, { format: 'csv', contentType: 'application/json', url: 'a.json' }).events).to.have.length(1);
    expect(chooseFormat(json, { format: 'xml', url: 'a.csv' })).to.equal('csv');
  });

  it('readEventsText() goes by content type, then by the URL extension', () => {
    expect(chooseFormat('', { contentType: 'text/csv; charset=utf-8', url: 'a.json' })).to.equal('csv');
    expect(chooseFormat('', { contentType: 'text/tab-separated-values' })).to.equal('tsv');
    expect(chooseFormat('', { contentType: 'application/json', url: 'a.csv' })).to.equal('json');
    expect(chooseFormat('', { contentType: 'application/ld+json', url: 'a.csv' })).to.equal('json');
    expect(chooseFormat('', { contentType: 'text/plain', url: 'https://raw.example.com/a/EVENTS.CSV?token=1' })).to.equal('csv');
    expect(chooseFormat('', { contentType: null, url: '/data/events.tsv#x' })).to.equal('tsv');
    expect(chooseFormat('', { url: 'events.tab' })).to.equal('tsv');
    expect(readEventsText(csv, { contentType: 'text/csv' }).format).to.equal('csv');
  });

  it('readEventsText() sniffs JSON, TimelineJS in JSON, and a table header naming start', () => {
    expect(readEventsText(json, {}).format).to.equal('json');
    const converted = readEventsText(JSON.stringify(tl(slide())), { url: 'timeline.json' });
    expect([converted.format, converted.events.length, converted.problems]).to.deep.equal(['timelinejs', 1, []]);
    expect(chooseFormat('title\t"Start"\n2016\tA')).to.equal('tsv');
    expect(readEventsText(`\uFEFF${csv}`, {}).events).to.have.length(1);
    expect(readEventsText('{"events": [', {}).problems.map((p) => p.code)).to.deep.equal(['json-syntax']);
  });

  it('readEventsText() with format timelinejs converts: what cannot be drawn is a problem, what is not shown a notice', () => {
    const text = JSON.stringify(tl({ start_date: { year: 2016 } }, slide({ background: { color: 'red' } })));
    const doc = readEventsText(text, { format: 'timelinejs' });
    expect([doc.problems.map((p) => p.code), doc.notices?.map((p) => p.code)]).to.deep.equal([['title-missing'], ['format-unsupported']]);
  });

  it('readEventsText() never throws', () => {
    const inputs = ['', ' ', 'null', '"x"', '[1]', '{"events": {}}', '{"events": [null], "eras": [1]}', '\u0000,\t"', '"', '<html>'];
    for (const format of ['json', 'csv', 'tsv', 'timelinejs', undefined]) {
      for (const text of inputs) expect(() => readEventsText(text, { format })).to.not.throw();
    }
  });
});

describe('readEventsValue()', () => {
  it('readEventsValue() reads our format as it is and converts TimelineJS', () => {
    expect(readEventsValue({ events: [{ start: '2016', title: 'A' }] })).to.include({ format: 'json' });
    expect(readEventsValue(tl(slide())).events[0].title).to.deep.equal({ '*': 'A' });
    expect(readEventsValue(42).problems.map((p) => p.code)).to.deep.equal(['not-events-document']);
  });
});

describe('describeProblem() for the readers', () => {
  it('describeProblem() says what format-unsupported and columns-missing mean, in en and hy', () => {
    const unsupportedField: Problem = { code: 'format-unsupported', severity: 'warning', field: 'background', value: '#123', detail: '2' };
    expect(describeProblem(unsupportedField, 'en')).to.equal(
      'The TimelineJS data uses "background" on 2 slides (such as #123), which this timeline cannot show; it is left out. If it matters, say it in the slide\'s text.',
    );
    expect(describeProblem(unsupportedField, 'hy')).to.include('"background"').and.include('2 սլայդում');
    const missing: Problem = { code: 'columns-missing', severity: 'error', detail: 'start, title', value: 'date, name' };
    expect(describeProblem(missing, 'en')).to.match(/^The table has no "start" or "title" columns \(its columns are date, name\)/);
    expect(describeProblem({ ...missing, detail: 'start' }, 'hy')).to.match(/^Աղյուսակում չկա "start" սյունակը \(առկա սյունակներն են՝ date, name\)/);
  });
});

describe('the example files in data/', () => {
  const fetchText = async (url: string) => (await fetch(url)).text();

  it('data/example.csv and data/example.tsv read with no problems, to the same events', async () => {
    const csv = readEventsText(await fetchText('/data/example.csv'), { url: '/data/example.csv' });
    const tsv = readEventsText(await fetchText('/data/example.tsv'), { url: '/data/example.tsv' });
    expect(csv.problems).to.deep.equal([]);
    expect([csv.format, tsv.format, csv.events.length]).to.deep.equal(['csv', 'tsv', 9]);
    expect(tsv).to.deep.equal({ ...csv, format: 'tsv' });
    const arrest = csv.events.find((event) => event.id === 'arrest-minsk')!;
    expect(arrest.start.alternatives).to.have.length(2);
    expect(arrest.description?.en).to.include(',').and.include('\n');
    expect(Object.keys(arrest.title)).to.deep.equal(['en', 'hy']);
    expect(csv.events.some((event) => event.end && event.start.approximate)).to.equal(true);
  });

  it('data/example-timelinejs.json reads with no problems: 5 slides, 1 era, the title slide text as the description', async () => {
    const doc = readEventsText(await fetchText('/data/example-timelinejs.json'), { url: '/data/example-timelinejs.json' });
    expect(doc.problems).to.deep.equal([]);
    expect([doc.format, doc.events.length, doc.title]).to.deep.equal(['timelinejs', 6, { '*': 'The Lapshin case' }]);
    expect(doc.description?.['*']).to.be.a('string').and.not.equal('');
    expect(doc.events.filter((event) => event.category === 'era').map((event) => event.title)).to.deep.equal([{ '*': 'Lapshin in custody' }]);
    // Each slide is in its TimelineJS group (a row), with a link; the era is a category of its own.
    expect(doc.events.every((event) => event.category === 'era' || (event.group && event.links.length > 0))).to.equal(true);
    expect([...new Set(doc.events.map((event) => event.group))]).to.have.members(['Arrest, trial and pardon', 'Energy', undefined]);
  });
});
