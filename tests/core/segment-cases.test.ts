// Our own news-prose cases for the failure classes of issue 15 (tests/core/segment-cases.ts): every case
// must come out exactly as a careful reader marks it. The count per class is printed for the record.
import { describe, expect, it } from 'vitest';
import { segmentText } from '../../src-renderer/core/segment';
import { SEGMENT_CASES } from './segment-cases';

describe('segmentText: our cases for abbreviations, attributions, interviews, inline items and footnotes', () => {
  it('has at least 60 cases, in English and in Russian', () => {
    expect(SEGMENT_CASES.length).toBeGreaterThanOrEqual(60);
    expect(SEGMENT_CASES.some((c) => c.lang === 'ru')).toBe(true);
    expect(SEGMENT_CASES.some((c) => c.lang === 'en')).toBe(true);
  });

  it.each(SEGMENT_CASES.map((c) => [`${c.lang} ${c.kind}: ${c.text}`, c] as const))('%s', (_name, c) => {
    expect(segmentText(c.text, c.lang).map((s) => c.text.slice(s.start, s.end))).toEqual(c.expected);
  });
});
