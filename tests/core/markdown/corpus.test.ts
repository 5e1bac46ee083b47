// Every sentence and every raw paragraph of the readability test pages survives blockquote() and
// escapeInline() exactly; also counts how rarely real prose needs an escape at all.
import { describe, expect, it, vi } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { blockquote, escapeInline } from '../../../src-renderer/core/markdown';
import { oracles, paragraphText, quoteText } from './oracle';

vi.setConfig({ testTimeout: 120_000 });

const here = path.dirname(fileURLToPath(import.meta.url));
const dir = path.resolve(here, '../../../../shared/corpora/readability-pages');

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', mdash: '—', ndash: '–', hellip: '…', rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“', copy: '©' };

/** Crude HTML to text: drop scripts/styles, turn tags into line breaks, decode entities. */
function htmlText(html: string): string {
  return html
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, '')
    .replace(/<[^>]*>/g, '\n')
    .replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, ref: string) => {
      if (ref[0] === '#') {
        const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
        return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : whole;
      }
      return NAMED[ref.toLowerCase()] ?? whole;
    });
}

function pages(): Array<[string, string]> {
  return fs
    .readdirSync(dir)
    .filter((name) => fs.existsSync(path.join(dir, name, 'expected.html')))
    .map((name) => [name, htmlText(fs.readFileSync(path.join(dir, name, 'expected.html'), 'utf8'))]);
}

describe.skipIf(!fs.existsSync(dir))('readability corpus (needs ../shared/corpora beside the repo)', () => {
  it('round-trips every sentence and every raw text chunk', () => {
    let sentences = 0;
    let escaped = 0;
    let chunks = 0;
    for (const [name, text] of pages()) {
      // Raw chunks between tags, with their own line breaks and indentation.
      for (const chunk of text.split(/\n(?=\n)/)) {
        if (chunk.trim() === '') continue;
        chunks++;
        for (const [oracle, md] of Object.entries(oracles)) {
          expect(quoteText(md, blockquote(chunk)), `${name} (${oracle}) chunk ${JSON.stringify(chunk.slice(0, 60))}`).toBe(chunk);
        }
      }
      // Sentences of the running text.
      const running = text.replace(/\s+/g, ' ');
      for (const raw of running.split(/(?<=[.!?…])\s+(?=\S)/)) {
        const sentence = raw.trim();
        if (sentence === '') continue;
        sentences++;
        const out = escapeInline(sentence);
        if (out !== sentence) escaped++;
        for (const [oracle, md] of Object.entries(oracles)) {
          expect(paragraphText(md, out), `${name} (${oracle}): ${sentence}`).toBe(sentence);
          expect(quoteText(md, blockquote(sentence)), `${name} (${oracle}): ${sentence}`).toBe(sentence);
        }
      }
    }
    console.info(`corpus: ${sentences} sentences (${escaped} needed an escape), ${chunks} raw chunks`);
    expect(sentences).toBeGreaterThan(1000);
    expect(chunks).toBeGreaterThan(500);
    // Real prose is mostly left alone. Most escapes are `\[` before Wikipedia-style `[3]` (a note in
    // the same file may define that reference label), then `\&` before entity-like text and `\.`
    // after a number that starts a sentence.
    expect(escaped / sentences).toBeLessThan(0.08);
  });
});
