// REFI-QDA: codebooks (.qdc) and projects (.qdpx) written and read back equal; offsets in project.qde
// count Unicode code points and select exactly the quoted text in sources/<guid>.txt.
import { describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { DEFAULT_CODEBOOK, type TagDef } from '../../src-renderer/core/codebook';
import { codePointOffsets, exportQdpx, importQdpx, utf16Offsets, type QdaArticle } from '../../src-renderer/core/exports/refi-qda';
import { exportQdc, guidFor, importQdc } from '../../src-renderer/core/exports/refi-qdc';
import { parseXml } from '../../src-renderer/core/exports/xml';

const TAGS: TagDef[] = [
  ...DEFAULT_CODEBOOK.map((t) => ({ ...t })),
  { id: '3f2b8c1e-0d4a-4e5f-9a6b-7c8d9e0f1a2b', name: 'Владимир Путин & <Co> "q"', parentId: 'actor', color: '#0891b2', key: 6, order: 0 },
  { id: 'deep', name: 'Energy 😀', parentId: '3f2b8c1e-0d4a-4e5f-9a6b-7c8d9e0f1a2b', color: '#65a30d', key: null, order: 0 },
];

const TEXT1 = 'Путин 😀 встретился с Алиевым 𝔘𝔫𝔦. Then: "transit" & <energy>.\nЖ e\u0301 👍🏽 done';
const TEXT2 = 'Plain ASCII text without astral characters.';
const range = (text: string, quote: string) => ({ start: text.indexOf(quote), end: text.indexOf(quote) + quote.length });

const ARTICLES: QdaArticle[] = [
  {
    article: { id: 'art-1', title: 'Путин & Алиев <1>', text: TEXT1 },
    annotations: [
      { id: 'a0000000-0000-4000-8000-000000000001', tagIds: ['type-claim', 'deep'], note: 'Note with\n\nparagraphs & <tags>', range: range(TEXT1, '😀 встретился с Алиевым 𝔘𝔫𝔦'), createdAt: Date.UTC(2024, 1, 1), updatedAt: Date.UTC(2024, 1, 2) },
      { id: 'a0000000-0000-4000-8000-000000000002', tagIds: ['type-figure'], note: '', range: range(TEXT1, 'e\u0301 👍🏽'), createdAt: Date.UTC(2024, 1, 3), updatedAt: Date.UTC(2024, 1, 3) },
      { id: 'a0000000-0000-4000-8000-000000000003', tagIds: [], note: 'orphan', range: null, createdAt: 0, updatedAt: 0 },
    ],
    memo: { body: 'Memo: *routine*\nnext line', updatedAt: Date.UTC(2024, 1, 4) },
  },
  { article: { id: 'art-2', title: 'Second', text: TEXT2 }, annotations: [{ id: 'a0000000-0000-4000-8000-000000000004', tagIds: ['actor'], note: '', range: { start: 0, end: 5 }, createdAt: 0, updatedAt: 0 }] },
];

describe('REFI-QDA codebook (.qdc)', () => {
  it('writes nested codes with GUIDs and colours and reads them back equal', () => {
    const xml = exportQdc(TAGS);
    expect(xml).toContain('<CodeBook xmlns="urn:QDA-XML:codebook:1.0"');
    const root = parseXml(xml)!;
    const codes = root.children[0]!.children;
    expect(codes.map((c) => c.attrs['name'])).toEqual(['Type', 'Actor', 'Topic']);
    expect(codes[1]!.children[0]!.attrs).toMatchObject({ guid: '3f2b8c1e-0d4a-4e5f-9a6b-7c8d9e0f1a2b', name: 'Владимир Путин & <Co> "q"', isCodable: 'true', color: '#0891B2' });
    for (const c of codes) expect(c.attrs['guid']).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const back = importQdc(xml, TAGS);
    expect(back.ok && [...back.value].sort((a, b) => a.id.localeCompare(b.id))).toEqual([...TAGS].sort((a, b) => a.id.localeCompare(b.id)));
  });

  it('imports a foreign codebook: GUIDs as ids, hierarchy, default colours for missing or bad ones', () => {
    const xml = `<?xml version="1.0"?><!-- x --><qdc:CodeBook xmlns:qdc="urn:QDA-XML:codebook:1.0"><qdc:Codes>
      <qdc:Code guid="AAAAAAAA-0000-4000-8000-000000000001" name="Root" isCodable="true" color="red">
        <qdc:Code guid="aaaaaaaa-0000-4000-8000-000000000002" name="Child &amp; co" isCodable="true" color="#112233"/>
      </qdc:Code>
      <qdc:Code guid="aaaaaaaa-0000-4000-8000-000000000003" name="Other" isCodable="false"></qdc:Code>
    </qdc:Codes></qdc:CodeBook>`;
    const tags = importQdc(xml);
    expect(tags).toEqual({
      ok: true,
      value: [
        { id: 'aaaaaaaa-0000-4000-8000-000000000001', name: 'Root', parentId: null, color: '#0891b2', key: null, order: 0 },
        { id: 'aaaaaaaa-0000-4000-8000-000000000002', name: 'Child & co', parentId: 'aaaaaaaa-0000-4000-8000-000000000001', color: '#112233', key: null, order: 0 },
        { id: 'aaaaaaaa-0000-4000-8000-000000000003', name: 'Other', parentId: null, color: '#c026d3', key: null, order: 1 },
      ],
    });
    expect(importQdc('<Project/>')).toMatchObject({ ok: false, error: { code: 'DAMAGED' } });
  });
});

describe('REFI-QDA project (.qdpx)', () => {
  const { zip, skipped } = exportQdpx({ projectName: 'Caucasus & co', articles: ARTICLES, tags: TAGS, exportedAt: new Date('2026-03-01T09:30:00Z') });

  it('holds project.qde and UTF-8 texts without BOM; offsets count code points and select the quote', () => {
    const files = unzipSync(zip);
    expect(Object.keys(files).sort()).toEqual(['project.qde', `sources/${guidFor('source:art-1')}.txt`, `sources/${guidFor('source:art-2')}.txt`].sort());
    const txt = files[`sources/${guidFor('source:art-1')}.txt`]!;
    expect([...txt.slice(0, 3)]).not.toEqual([0xef, 0xbb, 0xbf]);
    const text = strFromU8(txt);
    expect(text).toBe(TEXT1);
    const project = parseXml(strFromU8(files['project.qde']!))!;
    expect(project.name).toBe('Project');
    expect(strFromU8(files['project.qde']!)).toContain('xmlns="urn:QDA-XML:project:1.0"');
    const source = project.children.find((c) => c.name === 'Sources')!.children[0]!;
    const selections = source.children.filter((c) => c.name === 'PlainTextSelection');
    const codePoints = Array.from(text);
    const quotes = selections.map((s) => codePoints.slice(Number(s.attrs['startPosition']), Number(s.attrs['endPosition'])).join(''));
    expect(quotes).toEqual(['😀 встретился с Алиевым 𝔘𝔫𝔦', 'e\u0301 👍🏽']);
    // UTF-16 offsets would differ here (astral characters before and inside the quotes).
    expect(Number(selections[1]!.attrs['startPosition'])).toBeLessThan(TEXT1.indexOf('e\u0301 👍🏽'));
    expect(selections[0]!.children.find((c) => c.name === 'Coding')!.children[0]!.attrs['targetGUID']).toBe(guidFor('type-claim'));
    expect(skipped).toEqual(['a0000000-0000-4000-8000-000000000003']);
  });

  it('reads its own export back: tags, annotations as W3C selectors on the text, memos', () => {
    const result = importQdpx(zip, TAGS, (t) => `hash:${t.length}`);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.name).toBe('Caucasus & co');
    expect([...result.value.tags].sort((a, b) => a.id.localeCompare(b.id))).toEqual([...TAGS].sort((a, b) => a.id.localeCompare(b.id)));
    const [s1, s2] = result.value.sources;
    expect(s1!.name).toBe('Путин & Алиев <1>');
    expect(s1!.text).toBe(TEXT1);
    expect(s1!.memo).toBe('Memo: *routine*\nnext line');
    const expected = ARTICLES[0]!.annotations.filter((a) => a.range).map((a) => ({
      id: a.id,
      tagIds: [...a.tagIds],
      note: a.note,
      exact: TEXT1.slice(a.range!.start, a.range!.end),
      position: a.range,
      createdAt: a.createdAt,
      updatedAt: a.updatedAt,
    }));
    expect(s1!.annotations.map((a) => ({ id: a.id, tagIds: a.tagIds, note: a.note, exact: a.target.quote.exact, position: { start: a.target.position.start, end: a.target.position.end }, createdAt: a.createdAt, updatedAt: a.updatedAt }))).toEqual(expected);
    expect(s1!.annotations[0]!.target.contentHash).toBe(`hash:${TEXT1.length}`);
    expect(s2!.annotations.map((a) => [a.target.quote.exact, a.tagIds])).toEqual([['Plain', ['actor']]]);
    expect(importQdpx(new Uint8Array([1, 2, 3]))).toMatchObject({ ok: false, error: { code: 'DAMAGED' } });
  });

  it('maps offsets both ways for every position of an astral-heavy text', () => {
    const text = 'a😀b𝔘\u0301👍🏽c';
    const toCp = codePointOffsets(text);
    const toU16 = utf16Offsets(text);
    const cps = Array.from(text);
    let u = 0;
    cps.forEach((ch, cp) => {
      expect(toCp(u)).toBe(cp);
      expect(toU16(cp)).toBe(u);
      u += ch.length;
    });
    expect(toCp(text.length)).toBe(cps.length);
    expect(toU16(cps.length)).toBe(text.length);
  });
});
