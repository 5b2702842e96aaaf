import '../../src/languages.js';
import { expect } from '@open-wc/testing';
import { chooseText, endSentence, readLocalizedText, shorten, shortenAtWord } from '../../src/model/text.js';
import { ANY_LANGUAGE } from '../../src/model/types.js';
import { graphemes } from '../helpers/layout.js';


describe('readLocalizedText()', () => {
  it('readLocalizedText() stores a plain string under "*"', () => {
    expect(readLocalizedText('Arrest')).to.deep.equal({ [ANY_LANGUAGE]: 'Arrest' });
    expect(ANY_LANGUAGE).to.equal('*');
  });

  it('readLocalizedText() keeps a map of language tags to strings', () => {
    expect(readLocalizedText({ en: 'Arrest', hy: 'Ձերբակալում' })).to.deep.equal({ en: 'Arrest', hy: 'Ձերբակալում' });
  });

  it('readLocalizedText() drops entries that are not non-empty strings', () => {
    expect(readLocalizedText({ en: 'Arrest', hy: '', ru: '  ', de: 5, fr: null, es: ['x'] })).to.deep.equal({ en: 'Arrest' });
  });

  it('readLocalizedText() is undefined for an empty or blank string', () => {
    expect(readLocalizedText('')).to.equal(undefined);
    expect(readLocalizedText('  \n')).to.equal(undefined);
  });

  it('readLocalizedText() is undefined for a map with no usable text', () => {
    expect(readLocalizedText({})).to.equal(undefined);
    expect(readLocalizedText({ en: '' })).to.equal(undefined);
  });

  it('readLocalizedText() reads a finite number as its digits (a film called "1776")', () => {
    expect(readLocalizedText(1776)).to.deep.equal({ '*': '1776' });
    expect(readLocalizedText(-0.5)).to.deep.equal({ '*': '-0.5' });
  });

  it('readLocalizedText() is undefined for NaN, booleans, null, undefined and arrays', () => {
    for (const value of [NaN, Infinity, true, null, undefined, ['Arrest'], []]) {
      expect(readLocalizedText(value), JSON.stringify(value)).to.equal(undefined);
    }
  });
});

describe('chooseText()', () => {
  const title = { en: 'Arrest', 'en-GB': 'Arrest (UK)', hy: 'Ձերբակալում', ru: 'Арест' };

  it('chooseText() takes the exact tag, whatever its case', () => {
    expect(chooseText(title, 'hy')).to.deep.equal({ text: 'Ձերբակալում', lang: 'hy' });
    expect(chooseText(title, 'en-gb')).to.deep.equal({ text: 'Arrest (UK)', lang: 'en-GB' });
  });

  it('chooseText() falls back from en-GB to the primary subtag en', () => {
    expect(chooseText({ hy: 'Գույն', en: 'Colour' }, 'en-GB')).to.deep.equal({ text: 'Colour', lang: 'en' });
  });

  it('chooseText() finds a regional tag for a bare language (en → en-US)', () => {
    expect(chooseText({ hy: 'Գույն', 'en-US': 'Color' }, 'en')).to.deep.equal({ text: 'Color', lang: 'en-US' });
  });

  it('chooseText() prefers the exact tag to another region of the same language', () => {
    expect(chooseText({ 'en-US': 'Color', 'en-GB': 'Colour' }, 'en-GB')).to.deep.equal({ text: 'Colour', lang: 'en-GB' });
  });

  it('chooseText() tries the fallbacks in order when the language is missing', () => {
    expect(chooseText({ ru: 'Арест', en: 'Arrest' }, 'hy', ['en', 'ru'])).to.deep.equal({ text: 'Arrest', lang: 'en' });
    expect(chooseText({ en: 'Arrest', ru: 'Арест' }, 'hy', ['de', 'ru'])).to.deep.equal({ text: 'Арест', lang: 'ru' });
    expect(chooseText({ en: 'Arrest', 'ru-RU': 'Арест' }, 'hy', ['ru'])).to.deep.equal({ text: 'Арест', lang: 'ru-RU' });
  });

  it('chooseText() prefers the reader language to the fallbacks', () => {
    expect(chooseText({ ru: 'Арест', en: 'Arrest' }, 'ru', ['en'])).to.deep.equal({ text: 'Арест', lang: 'ru' });
  });

  it('chooseText() uses a plain string ("*") with no language when no tag matches', () => {
    expect(chooseText({ [ANY_LANGUAGE]: 'Arrest' }, 'hy')).to.deep.equal({ text: 'Arrest' });
    expect(chooseText({ [ANY_LANGUAGE]: 'Plain', ru: 'Арест' }, 'hy')).to.deep.equal({ text: 'Plain' });
  });

  it('chooseText() prefers a fallback language to the plain string', () => {
    expect(chooseText({ [ANY_LANGUAGE]: 'Plain', en: 'English' }, 'hy', ['en'])).to.deep.equal({ text: 'English', lang: 'en' });
  });

  it('chooseText() shows the first available text rather than nothing', () => {
    expect(chooseText({ ru: 'Арест', de: 'Festnahme' }, 'hy', ['en'])).to.deep.equal({ text: 'Арест', lang: 'ru' });
  });

  it('chooseText() skips empty wanted tags', () => {
    expect(chooseText({ ru: 'Арест', en: 'Arrest' }, '', ['', 'en'])).to.deep.equal({ text: 'Arrest', lang: 'en' });
  });

  it('chooseText() is undefined for no text or an empty map', () => {
    expect(chooseText(undefined, 'en')).to.equal(undefined);
    expect(chooseText({}, 'en')).to.equal(undefined);
  });
});

describe('shorten()', () => {
  it('shorten() leaves text that fits as it is', () => {
    expect(shorten('Arrest', 6)).to.equal('Arrest');
    expect(shorten('Arrest', 60)).to.equal('Arrest');
  });

  it('shorten() cuts to max characters, the last an ellipsis', () => {
    expect(shorten('Lapshin arrested', 8)).to.equal('Lapshin…');
    expect(graphemes(shorten('Lapshin arrested in Minsk', 10))).to.equal(10);
  });

  it('shorten() drops the space before the ellipsis', () => {
    expect(shorten('Lapshin arrested', 9)).to.equal('Lapshin…');
  });

  it('shorten() counts a family emoji (ZWJ sequence) as one character and never splits it', () => {
    const family = '👨‍👩‍👧‍👦';
    const result = shorten(`${family}${family}${family} reunion`, 3);
    expect(result).to.equal(`${family}${family}…`);
  });

  it('shorten() keeps a flag (two regional indicators) whole', () => {
    const result = shorten('🇦🇲🇮🇱🇦🇿', 2);
    expect(result).to.equal('🇦🇲…');
  });

  it('shorten() keeps a letter with its combining accent', () => {
    // "café" written with U+0301 COMBINING ACUTE ACCENT.
    const text = 'cafe\u0301 noir';
    expect(shorten(text, 5)).to.equal('cafe\u0301…');
    expect(shorten('cafe\u0301', 4)).to.equal('cafe\u0301');
  });

  it('shorten() handles Armenian text', () => {
    expect(shorten('Ձերբակալում Մինսկում', 6)).to.equal('Ձերբա…');
  });

  it('shorten() gives at most one character for max 1', () => {
    expect(graphemes(shorten('abc', 1))).to.be.at.most(1);
  });
});

describe('shortenAtWord()', () => {
  it('shortenAtWord() leaves text that fits as it is', () => {
    expect(shortenAtWord('Lapshin arrested', 16)).to.equal('Lapshin arrested');
  });

  it('shortenAtWord() ends on the last whole word that fits, so the label stays a prefix of the name in words', () => {
    const title = 'US cable records Aliyev’s “iceberg” remark';
    expect(shortenAtWord(title, 39)).to.equal('US cable records Aliyev’s “iceberg”…');
    expect(shortenAtWord(title, 30)).to.equal('US cable records Aliyev’s…');
    expect(shortenAtWord('Lapshin arrested in Minsk', 12)).to.equal('Lapshin…');
  });

  it('shortenAtWord() never ends on an opening quote or a space', () => {
    expect(shortenAtWord('Aliyev’s “iceberg” remark', 13)).to.equal('Aliyev’s…');
  });

  it('shortenAtWord() cuts inside a first word that is longer than the room', () => {
    expect(shortenAtWord('Nagorno-Karabakh conflict', 5)).to.equal('Nago…');
  });

  it('shortenAtWord() reads Armenian words', () => {
    expect(shortenAtWord('Լապշինը ձերբակալվում է Մինսկում', 21)).to.equal('Լապշինը ձերբակալվում…');
  });
});

describe('endSentence()', () => {
  it('adds one full stop, none after an abbreviation\'s or an Armenian full stop', () => {
    expect(endSentence('Launch, March 2002')).to.equal('Launch, March 2002.');
    expect(endSentence('Launch, март 2002 г.')).to.equal('Launch, март 2002 г.');
    expect(endSentence('Launch, 2002 թ.')).to.equal('Launch, 2002 թ.');
    expect(endSentence('Տոն։')).to.equal('Տոն։');
  });
});
