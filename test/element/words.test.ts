import { expect } from '@open-wc/testing';
import { ARTICLE, mount, whenLoaded } from '../helpers/element.js';
import { alertText, shadow, texts } from '../helpers/shadow.js';

const ariaLabels = (el: HTMLElement, selector: string) => shadow(el as never, selector).map((node) => node.getAttribute('aria-label'));

describe('<event-timeline> words in Russian, and words a page adds', () => {
  it('speaks Russian: its own words, counts with the right plural, dates through Intl', async () => {
    const el = await mount('ru');
    await whenLoaded(el, () => (el.src = ARTICLE));
    expect(texts(el, '[part="summary"]')).to.deep.equal(['12 событий, 2009 – 2027']);
    expect(ariaLabels(el, '[part~="zoom-in"], [part~="zoom-out"]')).to.deep.equal(['Приблизить', 'Отдалить']);
    expect(texts(el, '[part~="zoom-fit"]')).to.deep.equal(['Показать всё']);
    const arrest = texts(el, 'ol li[data-id="arrest-minsk"]')[0];
    expect(arrest).to.contain('по разным источникам: 14 или 15 декабря 2016');
    expect(texts(el, 'ol li[data-id="command-centre-visits"]')[0]).to.contain('приблизительно');
    expect(texts(el, 'ol li[data-id="command-centre-visits"]')[0]).to.match(/сентябр/);
  });

  it('says problems in Russian, with how to fix them', async () => {
    const el = await mount('ru');
    await whenLoaded(el, () => (el.events = [{ id: 'a', start: '2017', title: 'А' }, { id: 'b', title: 'Б' }]));
    expect(alertText(el)).to.contain('Проблем в данных: 1');
    expect(alertText(el)).to.contain('Событие 2 («b»): нет даты начала, событие пропущено. Добавьте "start"');
  });

  it('chooses 1 событие, 2 события, 5 событий', async () => {
    for (const [n, words] of [[1, '1 событие'], [2, '2 события'], [5, '5 событий'], [21, '21 событие']] as const) {
      const el = await mount('ru');
      await whenLoaded(el, () => (el.events = Array.from({ length: n }, (_, i) => ({ id: `e${i}`, start: `${2000 + i}`, title: `E${i}` }))));
      expect(texts(el, '[part="summary"]')[0]).to.match(new RegExp(`^${words}, `));
    }
  });

  it('the messages property adds a language, with English for the words left out', async () => {
    const el = await mount('de');
    el.messages = { de: { zoomIn: 'Vergrößern', zoomFit: 'Alles zeigen', summary: (count, from, to) => `${count} Ereignisse, ${from}–${to}` } };
    await whenLoaded(el, () => (el.src = ARTICLE));
    expect(ariaLabels(el, '[part~="zoom-in"]')).to.deep.equal(['Vergrößern']);
    expect(texts(el, '[part~="zoom-fit"]')).to.deep.equal(['Alles zeigen']);
    expect(texts(el, '[part="summary"]')).to.deep.equal(['12 Ereignisse, 2009–2027']);
    expect(ariaLabels(el, '[part~="zoom-out"]')).to.deep.equal(['Zoom out']);
    expect(texts(el, 'ol li[data-id="handover-baku"]')[0]).to.contain('7. Februar 2017');
  });

  it('the messages property changes words of a language the element carries', async () => {
    const el = await mount('en');
    el.messages = { en: { zoomFit: 'Everything' } };
    await whenLoaded(el, () => (el.src = ARTICLE));
    expect(texts(el, '[part~="zoom-fit"]')).to.deep.equal(['Everything']);
    el.messages = { en: { zoomFit: 'Show all' } };
    await el.updateComplete;
    expect(texts(el, '[part~="zoom-fit"]')).to.deep.equal(['Show all']);
  });
});
