import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { articleCredit, formatArticleDate, parseArticleDate } from '../../src-renderer/core/dates';

describe('formatArticleDate', () => {
  it('shows a date and a time the source gave, in the reader\'s language and zone', () => {
    expect(formatArticleDate('2019-01-03T07:00:02.000Z', 'en-GB', 'UTC')).toBe('3 Jan 2019, 07:00');
    expect(formatArticleDate('2019-01-03T07:00:02.000Z', 'en-US', 'America/New_York')).toBe('Jan 3, 2019, 2:00 AM');
    expect(formatArticleDate('2019-01-03T07:00:02+0300', 'ru', 'UTC')).toBe('3 янв. 2019 г., 04:00');
  });

  it('leaves out a midnight stamp that only stands for the day, and never moves the day with the zone', () => {
    expect(formatArticleDate('2017-01-13T00:00:04-05:00', 'en-GB', 'Asia/Tokyo')).toBe('13 Jan 2017');
    expect(formatArticleDate('2024-03-15', 'en-GB', 'Pacific/Honolulu')).toBe('15 Mar 2024');
    expect(formatArticleDate('2024-03-15', 'de')).toBe('15.03.2024');
  });

  it('shows a month or a year alone as such, and anything that is not ISO as it is', () => {
    expect(formatArticleDate('2024-03', 'en-GB')).toBe('March 2024');
    expect(formatArticleDate('2024', 'en-GB')).toBe('2024');
    expect(formatArticleDate('Spring 2021', 'en-GB')).toBe('Spring 2021');
    expect(formatArticleDate('2024-13-01', 'en-GB')).toBe('2024-13-01');
    expect(formatArticleDate(undefined)).toBe('');
  });

  it('never throws and never shows an empty string for a non-empty date', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.date({ noInvalidDate: true }).map((d) => d.toISOString())), (text) => {
        const shown = formatArticleDate(text, 'en-GB', 'UTC');
        expect(typeof shown).toBe('string');
        if (text.trim()) expect(shown).not.toBe('');
      }),
    );
  });

  it('parses the same calendar day as the ISO text says', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1900-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }), (d) => {
        const iso = d.toISOString().slice(0, 10);
        expect(parseArticleDate(iso)).toEqual({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() });
      }),
    );
  });
});

describe('articleCredit', () => {
  it('says a name once when the site is both the byline and the source', () => {
    expect(articleCredit({ byline: 'BBC News', source: 'BBC News', published: '2024-03-15' }, 'en-GB')).toBe('BBC News · 15 Mar 2024');
    expect(articleCredit({ byline: 'Jane Doe', source: 'The Wire' }, 'en-GB')).toBe('Jane Doe · The Wire');
    expect(articleCredit({ source: 'bbc news', byline: 'BBC News' })).toBe('BBC News');
    expect(articleCredit({})).toBe('');
  });
});
