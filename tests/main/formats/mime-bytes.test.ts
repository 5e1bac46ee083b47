// The MIME reader's byte helpers, written on Uint8Array (src-main/import uses no Node Buffer): checked
// against Node's Buffer, which the importer used before, so mail decodes exactly as it did.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { binaryString, decodeBase64, decodeCharset } from '../../../src-main/import/formats/mime';

/** What the importer did before: drop what is not base64 (either alphabet) or "=", then Node's decoder. */
function nodeBase64(input: string): number[] {
  return [...Buffer.from(input.replace(/[^A-Za-z0-9+/=_-]/g, ''), 'base64')];
}

describe('decodeBase64', () => {
  it('decodes both alphabets, skips line breaks, and stops at padding', () => {
    expect(new TextDecoder().decode(decodeBase64('0J/RgNC40LLQ\r\ntdGC\n'))).toBe('Привет');
    expect([...decodeBase64('-_-_')]).toEqual([251, 255, 191]);
    expect([...decodeBase64('QQ==QUJD')]).toEqual([65]);
    expect([...decodeBase64('QUJ')]).toEqual([65, 66]);
    expect([...decodeBase64('Q')]).toEqual([]);
  });

  it('gives the same bytes as Node’s decoder for any mix of base64, padding and noise', () => {
    const chars = fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/-_=\r\n \t.*é€'.split(''));
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 80 }).map((a) => a.join('')), (input) => {
        expect([...decodeBase64(input)]).toEqual(nodeBase64(input));
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const encoded = Buffer.from(bytes).toString('base64').replace(/.{76}/g, '$&\r\n');
        expect([...decodeBase64(encoded)]).toEqual([...bytes]);
      }),
    );
  });
});

describe('binaryString', () => {
  it('keeps every byte as one character 0-255, also 0x80-0x9f and past 8 KB', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 20_000 }), (bytes) => {
        expect(binaryString(bytes)).toBe(Buffer.from(bytes).toString('latin1'));
      }),
      { numRuns: 50 },
    );
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    expect([...binaryString(all)].map((c) => c.charCodeAt(0))).toEqual([...all]);
    expect(binaryString(all.subarray(250, 253))).toBe('\u00fa\u00fb\u00fc');
  });
});

describe('decodeCharset', () => {
  it('decodes a declared legacy charset, and falls back to windows-1252 as before', () => {
    expect(decodeCharset(new Uint8Array([0xcf, 0xf0, 0xe8]), 'windows-1251').text).toBe('При');
    const undecodable = new Uint8Array([0x80, 0x41, 0xe9]);
    const fallback = decodeCharset(undecodable, 'x-no-such-charset');
    expect(fallback.text.endsWith('Aé')).toBe(true);
  });
});
