// The shared start of the DOCX and EPUB importers: size cap, zip caps, and damage in the format's words.
import { strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { err, ok } from '../../../src-renderer/core/result';
import { LIMITS } from '../../../src-main/import/formats/limits';
import { parseZipContainer } from '../../../src-main/import/formats/zip-container';
import { makeLyingBomb, zipOneDeflated } from './fixtures-zip';

const BOOK = { what: 'EPUB', damaged: 'This EPUB is damaged and could not be read.' };

function withBadCrc(zip: Uint8Array): Uint8Array {
  const view = new DataView(zip.buffer);
  for (let i = zip.length - 46; i >= 0; i--) if (view.getUint32(i, true) === 0x02014b50) view.setUint32(i + 16, 12345, true);
  return zip;
}

describe('parseZipContainer', () => {
  it('hands a sound zip to the parser and returns its result', async () => {
    const result = await parseZipContainer(zipOneDeflated('a.txt', strToU8('hello')), BOOK, (zip) => {
      const got = zip.readText('a.txt');
      return got && got.ok ? ok(got.value) : err('DAMAGED', 'unexpected');
    });
    expect(result).toEqual(ok('hello'));
  });

  it('refuses a file over the size cap before opening it, naming the format', async () => {
    let parsed = false;
    // Never written: the pages of a large zero-filled buffer are not touched.
    const huge = new Uint8Array(LIMITS.maxFileBytes + 1);
    const result = await parseZipContainer(huge, BOOK, () => ((parsed = true), ok(null)));
    expect(result).toMatchObject({ ok: false, error: { code: 'TOO_LARGE', message: expect.stringMatching(/^This EPUB is /) } });
    expect(parsed).toBe(false);
  });

  it('says a file that is no zip is a damaged book, in the format’s words', async () => {
    const result = await parseZipContainer(strToU8('not a zip at all'), BOOK, () => ok(null));
    expect(result).toEqual(err('DAMAGED', BOOK.damaged));
  });

  it('keeps the zip’s TOO_LARGE for a bomb', async () => {
    const result = await parseZipContainer(makeLyingBomb(), BOOK, () => ok(null));
    expect(result).toMatchObject({ ok: false, error: { code: 'TOO_LARGE' } });
  });

  it('rewords damage found while the parser reads an entry, as bytes or as text', async () => {
    const zip = withBadCrc(zipOneDeflated('a.txt', strToU8('some text to check')));
    const asBytes = await parseZipContainer(zip, BOOK, (z) => z.read('a.txt') ?? ok(new Uint8Array()));
    expect(asBytes).toEqual(err('DAMAGED', BOOK.damaged));
    const asText = await parseZipContainer(zip, BOOK, (z) => z.readText('a.txt') ?? ok(''));
    expect(asText).toEqual(err('DAMAGED', BOOK.damaged));
  });

  it('turns anything the parser throws into a damaged book, and passes its own errors through', async () => {
    const zip = zipOneDeflated('a.txt', strToU8('x'));
    expect(await parseZipContainer(zip, BOOK, () => Promise.reject(new Error('mammoth: bad XML')))).toEqual(err('DAMAGED', BOOK.damaged));
    expect(
      await parseZipContainer(zip, BOOK, () => {
        throw new TypeError('boom');
      }),
    ).toEqual(err('DAMAGED', BOOK.damaged));
    const own = err('DAMAGED', 'This file is not an EPUB book (no package document).');
    expect(await parseZipContainer(zip, BOOK, () => own)).toEqual(own);
  });
});
