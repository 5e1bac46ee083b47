// Shared assertions for importer output: ordered, disjoint, trimmed blocks; marks inside the text; NFC text.
import { expect } from 'vitest';
import type { Result } from '../../../src-renderer/core/result';
import type { ParsedArticle } from '../../../src-main/import/model';

export function expectWellFormed(article: ParsedArticle): void {
  const { text, blocks, marks } = article;
  expect(text).toBe(text.normalize('NFC'));
  expect(text).not.toMatch(/\r/);
  let prevEnd = -2;
  for (const b of blocks) {
    expect(b.start).toBeGreaterThanOrEqual(prevEnd + 2);
    expect(b.end).toBeGreaterThan(b.start);
    const slice = text.slice(b.start, b.end);
    expect(slice.trim()).toBe(slice);
    prevEnd = b.end;
  }
  expect(prevEnd).toBe(text.length);
  for (const m of marks) {
    expect(m.start).toBeGreaterThanOrEqual(0);
    expect(m.end).toBeLessThanOrEqual(text.length);
    expect(m.end).toBeGreaterThan(m.start);
  }
}

/** The value of an ok Result (fails the test with the error otherwise). */
export function unwrap(result: Result<ParsedArticle>): ParsedArticle {
  if (!result.ok) throw new Error(`expected ok, got ${result.error.code}: ${result.error.message}`);
  expectWellFormed(result.value);
  return result.value;
}

/** Block texts, for readable assertions. */
export function blockTexts(article: ParsedArticle): string[] {
  return article.blocks.map((b) => article.text.slice(b.start, b.end));
}

/** The error code of a failed Result (fails the test when it succeeded). */
export function errorCode(result: Result<unknown>): string {
  if (result.ok) throw new Error('expected an error, got ok');
  expect(result.error.message.length).toBeGreaterThan(10);
  return result.error.code;
}
