// The small metadata XML reader and the text helpers stay correct, and linear on hostile input.
import { describe, expect, test } from 'vitest';
import { decodeXmlEntities, findElements, firstText, parseAttrs, stripXmlNoise, textOf } from '../../../src-main/import/formats/xml-lite';
import { decodeQuotedPrintable } from '../../../src-main/import/formats/mime';
import { joinLines, paragraphsOf, type PdfLine } from '../../../src-main/import/formats/pdf-layout';

function fastEnough(fn: () => unknown, ms = 1500): void {
  const t0 = performance.now();
  fn();
  expect(performance.now() - t0).toBeLessThan(ms);
}

describe('xml-lite', () => {
  test('elements by local name, any prefix, with attributes and inner markup', () => {
    const xml = `<opf:manifest><opf:item id="a" href="x.xhtml" media-type='application/xhtml+xml'/><item id="b" href="y&amp;z.xhtml"></item><itemref idref="a"/></opf:manifest>`;
    const items = findElements(xml, 'item');
    expect(items.map((i) => [i.name, i.attrs['id'], i.attrs['href']])).toEqual([
      ['opf:item', 'a', 'x.xhtml'],
      ['item', 'b', 'y&z.xhtml'],
    ]);
    expect(items[0]!.attrs['media-type']).toBe('application/xhtml+xml');
  });

  test('comments, processing instructions, DOCTYPE and CDATA', () => {
    const xml = `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e "v">]><!-- <title>no</title> --><title><![CDATA[A < B & C]]></title>`;
    expect(firstText(stripXmlNoise(xml), 'title')).toBe('A < B & C');
  });

  test('entities and tags in text', () => {
    expect(decodeXmlEntities('&lt;&#x41;&#66;&amp;&bogus;&#0;')).toBe('<AB&&bogus;&#0;');
    expect(textOf('Hello <b>bold</b>\n  world')).toBe('Hello bold world');
    expect(parseAttrs(`a="1" b='2' xml:lang="en" xmlns:dc="u" c=3 d="unterminated`)).toEqual({ a: '1', b: '2', lang: 'en', 'xmlns:dc': 'u' });
  });

  test('hostile markup is handled in linear time', () => {
    const n = 200_000;
    fastEnough(() => findElements('<item '.repeat(n), 'item'));
    fastEnough(() => findElements('<title>'.repeat(n), 'title'));
    fastEnough(() => findElements(`<item a="${'x="'.repeat(n)}">`, 'item'));
    fastEnough(() => stripXmlNoise('<!--'.repeat(n)));
    fastEnough(() => stripXmlNoise('<![CDATA['.repeat(n)));
    fastEnough(() => textOf('<'.repeat(n)));
    fastEnough(() => decodeXmlEntities(`&${'a'.repeat(n)}`));
  });
});

describe('other hot spots stay linear', () => {
  test('quoted-printable with a huge run of trailing blanks', () => {
    fastEnough(() => decodeQuotedPrintable(`${' '.repeat(300_000)}x\r\n${'\t'.repeat(300_000)}`));
  });

  test('a very long single PDF paragraph', () => {
    const lines: PdfLine[] = [];
    for (let i = 0; i < 20_000; i++) lines.push({ page: 1, text: 'word word word word word word word word', x: 72, right: 400, y: 100_000 - i * 14, size: 11 });
    fastEnough(() => expect(paragraphsOf([lines])).toHaveLength(1), 3000);
    expect(joinLines('a'.repeat(10) + '-', 'b')).toBe(`${'a'.repeat(10)}b`);
  });
});
