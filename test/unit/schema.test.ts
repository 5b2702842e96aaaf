import { expect } from '@open-wc/testing';
import { parseDate } from '../../src/model/dates.js';

/** The JSON Schema is the public contract: its date pattern must accept what the parser reads, and no more. */
describe('data/events.schema.json', () => {
  let pattern: RegExp;
  before(async () => {
    const schema = await (await fetch('/data/events.schema.json')).json();
    pattern = new RegExp(schema.$defs.edtfDate.pattern, 'u');
  });

  const readable = ['2016', '2016-12', '2016-12-15', '-0499', 'Y-200000', 'Y12345', '201X', '19XX', '2017-21', '2017-24',
    '2016-12-15T10:30Z', '2016-12-15T10:30:15+04:00', '2018-02-07T01:26:13.840Z', '2016-12~', '2016?', '2016-12-15%', '[2016-12-14,2016-12-15]', '[2016,2017-01~]'];
  const unreadable = ['2016-1', '15/12/2016', 'abc', '', '2016~?', '[2016]', '..', '2016-12-15T25:00', '2017-25', '201X-05'];

  it('the edtfDate pattern accepts every form parseDate() reads', () => {
    for (const text of readable) {
      expect(parseDate(text).ok, `parseDate(${text})`).to.equal(true);
      expect(pattern.test(text), `schema on ${text}`).to.equal(true);
    }
  });

  it('the edtfDate pattern refuses what parseDate() cannot read', () => {
    for (const text of unreadable) {
      expect(parseDate(text).ok, `parseDate(${text})`).to.equal(false);
      expect(pattern.test(text), `schema on ${text}`).to.equal(false);
    }
  });

  it('every date in the article data matches the schema', async () => {
    const data = await (await fetch('/data/article-events.json')).json();
    for (const event of data.events) {
      expect(pattern.test(event.start), event.start).to.equal(true);
      if (event.end) expect(pattern.test(event.end), event.end).to.equal(true);
    }
  });
});
