/**
 * The command line, run in Node by the test server (scripts/static-render-server.mjs), and what it writes
 * looked at here, in the browser: the SVG laid out with font metrics alone must not collide when the
 * browser draws it with the same fonts, the PNG must have ink where each label is, and the HTML page must
 * show every title with scripts turned off.
 */
import { expect } from '@open-wc/testing';

interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
  file?: string;
}

async function cli(args: string[], out: 'svg' | 'png' | 'html', data?: string): Promise<CliResult> {
  const params = new URLSearchParams({ args: JSON.stringify(args), out });
  if (data !== undefined) params.set('data', data);
  return (await fetch(`/test-server/cli?${params}`)).json();
}

const article = (extra: string[], out: 'svg' | 'png' | 'html') => cli(['render', 'data/article-events.json', '--lang', 'hy', ...extra, '--out', '{out}'], out);

let articleTitles: string[];
before(async () => {
  const data = await (await fetch('/data/article-events.json')).json();
  articleTitles = data.events.map((event: { title: { hy: string } }) => event.title.hy);
});

/** The SVG text, drawn in this page, and its labels' boxes in the SVG's own px. */
function drawn(svgText: string) {
  const holder = document.createElement('div');
  holder.innerHTML = svgText.replace(/^<\?xml[^>]*>/, '');
  document.body.append(holder);
  const svg = holder.querySelector('svg')!;
  const origin = svg.getBoundingClientRect();
  const labels = [...svg.querySelectorAll<SVGTextElement>('g.event text')].map((text) => {
    const box = text.getBoundingClientRect();
    return { text: text.textContent!, left: box.left - origin.left, right: box.right - origin.left, top: box.top - origin.top, bottom: box.bottom - origin.top };
  });
  return { svg, labels, remove: () => holder.remove() };
}

describe('the command line', function () {
  this.timeout(60_000);

  it('writes the article in Armenian as a standalone SVG: every title as text, in the fonts it names', async () => {
    const result = await article([], 'svg');
    expect(result.code, result.stderr).to.equal(0);
    expect(result.stdout).to.match(/^Wrote .*timeline\.svg/);
    const doc = new DOMParser().parseFromString(result.file!, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).to.equal(null);
    const svg = doc.documentElement;
    expect(svg.getAttribute('font-family')).to.equal("'Noto Sans', 'Noto Sans Armenian', sans-serif");
    expect(svg.querySelector('title')!.textContent).to.equal('Լապշինի գործը և ադրբեջանա-իսրայելական հարաբերությունները');
    expect(svg.querySelector('desc')!.textContent).to.match(/^12 իրադարձություն/);
    const labels = [...svg.querySelectorAll('g.event > text')].map((text) => text.textContent);
    // As on the chart: a disputed date is shown by the mark, not by a " ?" after the title.
    expect(labels).to.have.members(articleTitles);
    expect(svg.querySelectorAll('script, foreignObject, image')).to.have.length(0);
    // The source's date in Armenian words, not English.
    expect(result.file).to.contain('11 սեպտեմբերի, 2017 թ.');
  });

  it('lays labels out with font metrics alone so that, drawn by the browser in the same fonts, none overlaps', async () => {
    for (const extra of [[], ['--width', '700'], ['--orientation', 'vertical', '--width', '600']]) {
      const result = await article(extra, 'svg');
      expect(result.code, result.stderr).to.equal(0);
      const { svg, labels, remove } = drawn(result.file!);
      const width = Number(svg.getAttribute('width'));
      expect(labels.length, extra.join(' ')).to.be.greaterThan(8);
      for (const [i, a] of labels.entries()) {
        expect(a.right - a.left, a.text).to.be.greaterThan(20);
        expect(a.right, `${a.text} within the image (${extra.join(' ')})`).to.be.at.most(width + 0.5);
        for (const b of labels.slice(i + 1)) {
          const apart = a.right <= b.left + 0.5 || b.right <= a.left + 0.5 || a.bottom <= b.top + 0.5 || b.bottom <= a.top + 0.5;
          expect(apart, `"${a.text}" and "${b.text}" overlap (${extra.join(' ')})`).to.equal(true);
        }
      }
      remove();
    }
  });

  it('draws the PNG from the SVG with Armenian glyphs where each label is, as wide as the browser draws it', async () => {
    const [png, svgResult] = await Promise.all([article([], 'png'), article([], 'svg')]);
    expect(png.code, png.stderr).to.equal(0);
    const image = new Image();
    image.src = `data:image/png;base64,${png.file}`;
    await image.decode();
    const { svg, labels, remove } = drawn(svgResult.file!);
    const scale = 2;
    expect(image.naturalWidth).to.equal(Number(svg.getAttribute('width')) * scale);
    expect(image.naturalHeight).to.equal(Number(svg.getAttribute('height')) * scale);
    const canvas = new OffscreenCanvas(image.naturalWidth, image.naturalHeight);
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    for (const label of labels) {
      const [x0, y0] = [Math.floor(label.left * scale) - 6, Math.floor(label.top * scale)];
      const [w, h] = [Math.ceil((label.right - label.left) * scale) + 12, Math.ceil((label.bottom - label.top) * scale)];
      const { data } = context.getImageData(x0, y0, w, h);
      // Ink: dark pixels of the label's colour on the white background.
      const inkColumns: number[] = [];
      for (let x = 0; x < w; x++) {
        for (let y = 0; y < h; y++) {
          const at = 4 * (y * w + x);
          if (data[at + 3] > 128 && data[at] < 110 && data[at + 1] < 110 && data[at + 2] < 110) {
            inkColumns.push(x);
            break;
          }
        }
      }
      expect(inkColumns.length, `ink for "${label.text}"`).to.be.greaterThan(0);
      const inkWidth = (inkColumns[inkColumns.length - 1] - inkColumns[0]) / scale;
      const drawnWidth = label.right - label.left;
      expect(Math.abs(inkWidth - drawnWidth), `"${label.text}": ${inkWidth.toFixed(1)} px of ink, ${drawnWidth.toFixed(1)} px in the browser`).to.be.below(
        Math.max(4, drawnWidth * 0.04),
      );
    }
    remove();
  });

  it('writes a page that shows every title with scripts turned off', async () => {
    const result = await article([], 'html');
    expect(result.code, result.stderr).to.equal(0);
    expect(result.file).to.not.match(/<script/i);
    const frame = document.createElement('iframe');
    // No allow-scripts: the page runs no script at all, as with JavaScript disabled.
    frame.setAttribute('sandbox', 'allow-same-origin');
    frame.style.width = '1280px';
    frame.style.height = '900px';
    frame.srcdoc = result.file!;
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    await loaded;
    const page = frame.contentDocument!;
    await page.fonts.ready;
    expect(page.documentElement.lang).to.equal('hy');
    const shown = [...page.querySelectorAll<HTMLElement>('.event .title')].filter((title) => {
      const box = title.getBoundingClientRect();
      return title.checkVisibility({ opacityProperty: true, visibilityProperty: true }) && box.width > 0 && box.height > 0;
    });
    expect(shown.map((title) => title.textContent)).to.have.members(articleTitles);
    // The chart is there too, and its labels are the titles.
    const chartLabels = [...page.querySelectorAll('svg.chart g.event text')].map((text) => text.textContent!.replace(/ \?$/, ''));
    expect(chartLabels).to.have.members(articleTitles);
    // The fonts it was measured in travel with it.
    expect([...page.fonts].some((face) => face.family.replace(/"/g, '') === 'Noto Sans Armenian')).to.equal(true);
    frame.remove();
  });

  it('keeps text from the data as text in SVG and HTML', async () => {
    const data = JSON.stringify({
      title: '<b>Bold</b> & "quoted"',
      events: [{ id: 'x"><script>alert(1)</script>', start: '2020-01-02', title: '</text><script>alert(1)</script>', description: '<img src=x onerror=alert(1)>' }],
    });
    const svg = await cli(['render', '{data}', '--out', '{out}'], 'svg', data);
    expect(svg.code, svg.stderr).to.equal(0);
    const doc = new DOMParser().parseFromString(svg.file!, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).to.equal(null);
    expect(doc.querySelectorAll('script, img')).to.have.length(0);
    expect(doc.querySelector('g.event > text')!.textContent).to.equal('</text><script>alert(1)</script>');
    expect(doc.querySelector('title')!.textContent).to.equal('<b>Bold</b> & "quoted"');
    const html = await cli(['render', '{data}', '--out', '{out}'], 'html', data);
    const page = new DOMParser().parseFromString(html.file!, 'text/html');
    expect(page.querySelectorAll('script, img, b')).to.have.length(0);
    expect(page.querySelector('.event .description')!.textContent).to.equal('<img src=x onerror=alert(1)>');
  });

  it('says what is wrong with a command, and with data it cannot read, and writes nothing', async () => {
    const badOut = await cli(['render', 'data/article-events.json', '--out', 'timeline.gif'], 'svg');
    expect(badOut.code).to.equal(2);
    expect(badOut.stderr).to.contain('--out timeline.gif: the file must end in .svg, .png or .html.');
    const badWidth = await cli(['render', 'data/article-events.json', '--width', 'wide', '--out', '{out}'], 'svg');
    expect(badWidth.code).to.equal(2);
    expect(badWidth.stderr).to.contain('--width must be a number from 200 to 20000; got "wide".');
    expect(badWidth.file).to.equal(undefined);
    const missing = await cli(['render', 'data/no-such-file.json', '--out', '{out}'], 'svg');
    expect(missing.code).to.equal(1);
    expect(missing.stderr).to.contain('no-such-file.json');
    const broken = await cli(['render', '{data}', '--lang', 'hy', '--out', '{out}'], 'svg', '{"events": [');
    expect(broken.code).to.equal(1);
    expect(broken.stderr).to.contain('Nothing drawn');
    expect(broken.file).to.equal(undefined);
    const help = await cli(['--help'], 'svg');
    expect(help.code).to.equal(0);
    expect(help.stdout).to.contain('Usage: event-timeline render');
  });

  it('squeezes long empty stretches into marked breaks as the element does, and --axis linear does not', async () => {
    const squeezed = await article(['--lang', 'en'], 'svg');
    expect(squeezed.code, squeezed.stderr).to.equal(0);
    const doc = new DOMParser().parseFromString(squeezed.file!, 'image/svg+xml');
    const breaks = [...doc.querySelectorAll('g.break > title')].map((title) => title.textContent);
    expect(breaks).to.include('2013 – 2015: no events');
    // The axis line is cut at each break, and two strokes mark the cut.
    expect(doc.querySelectorAll('g.axis > line').length).to.equal(breaks.length + 1);
    expect(doc.querySelectorAll('g.break-mark > line').length).to.equal(2 * breaks.length);
    const linear = await article(['--lang', 'en', '--axis', 'linear'], 'svg');
    const plain = new DOMParser().parseFromString(linear.file!, 'image/svg+xml');
    expect(plain.querySelectorAll('g.break, g.break-mark')).to.have.length(0);
    const wrong = await article(['--axis', 'log'], 'svg');
    expect(wrong.code).to.equal(2);
    expect(wrong.stderr).to.contain('--axis is linear');
  });

  it('draws grouped data in bands, one a group, each labelled with its name and count in the chosen language', async () => {
    const data = JSON.stringify({
      groups: { army: { label: { en: 'Army', hy: 'Բանակ' }, order: 1 }, navy: { label: { en: 'Navy', hy: 'Նավատորմ' }, parent: 'army' } },
      events: [
        { id: 'parade', start: '2001-05', title: 'Parade', group: 'army' },
        { id: 'launch', start: '2002-03', title: 'Launch', group: 'navy' },
        { id: 'loose', start: '2004-01', title: 'Election' },
      ],
    });
    const result = await cli(['render', '{data}', '--lang', 'hy', '--width', '900', '--out', '{out}'], 'svg', data);
    expect(result.code, result.stderr).to.equal(0);
    const { svg, remove } = drawn(result.file!);
    const labels = [...svg.querySelectorAll('g.group-label')].map((label) => [...label.querySelectorAll(':scope > text')].map((text) => text.textContent).join(' '));
    expect(labels).to.deep.equal(['Բանակ 1 իրադարձություն', 'Նավատորմ 1 իրադարձություն', 'Առանց խմբի 1 իրադարձություն']);
    // Each event's mark lies in its own group's band: army, navy, then the events with no group, top to bottom.
    const top = (id: string) => svg.querySelector(`g.event[data-id="${id}"]`)!.getBoundingClientRect().top;
    const label = (i: number) => svg.querySelectorAll('g.group-label')[i].getBoundingClientRect().top;
    expect(top('parade')).to.be.within(label(0), label(1));
    expect(top('launch')).to.be.within(label(1), label(2));
    expect(top('loose')).to.be.above(label(2));
    remove();
    // The page's list of events says each event's group, as the element's list does for screen readers.
    const page = await cli(['render', '{data}', '--lang', 'hy', '--out', '{out}'], 'html', data);
    expect(page.code, page.stderr).to.equal(0);
    const items = new DOMParser().parseFromString(page.file!, 'text/html').querySelectorAll('li.event');
    expect([...items].map((item) => item.querySelector('.group')?.textContent ?? null)).to.deep.equal(['Խումբ՝ Բանակ։', 'Խումբ՝ Նավատորմ։', null]);
  });

  it('reads CSV with --fields and --date-format, as the element does', async () => {
    const csv = 'Name,When\nFirst landing,Jul 20 1969\nLast landing,Dec 11 1972\n';
    const result = await cli(['render', '{data}', '--format', 'csv', '--fields', 'title:Name, start:When', '--date-format', '%b %d %Y', '--out', '{out}'], 'svg', csv);
    // (The test server names the data file events.json: --format csv says what it is.)
    expect(result.code, result.stderr).to.equal(0);
    const labels = [...new DOMParser().parseFromString(result.file!, 'image/svg+xml').querySelectorAll('g.event > text')].map((text) => text.textContent);
    expect(labels).to.have.members(['First landing', 'Last landing']);
  });
});
