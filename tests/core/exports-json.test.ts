// JSON of everything: build, render and parse back equal; validation errors name the bad field;
// newer versions are refused; unknown fields are dropped.
import { describe, expect, it } from 'vitest';
import { describeRange } from '../../src-renderer/core/anchoring';
import { DEFAULT_CODEBOOK } from '../../src-renderer/core/codebook';
import { buildJsonExport, parseJsonExport, renderJsonExport, type JsonExportContent } from '../../src-renderer/core/exports/json';

const text = 'Путин заявил 😀 что всё хорошо.';
const CONTENT: JsonExportContent = {
  tags: DEFAULT_CODEBOOK.map((t) => ({ ...t })),
  annotations: [
    { id: 'n1', articleId: 'a1', createdAt: 1, updatedAt: 2, target: describeRange(text, 0, 12, 'h1'), tagIds: ['type-claim'], note: '**Note** «ok»', state: 'anchored' },
    { id: 'n2', articleId: 'a1', createdAt: 3, updatedAt: 4, target: describeRange(text, 13, 15, 'h1'), tagIds: [], note: '', state: 'orphan' },
  ],
  memos: [{ articleId: 'a1', body: 'Memo\n\n- item', updatedAt: 5 }],
  briefings: [{ id: 'b1', title: 'Week 8', body: '# Week 8', updatedAt: 6 }],
  articles: [{ id: 'a1', path: 'ria/путин.html', title: 'Путин', format: 'html', source: 'РИА', lang: 'ru', dir: 'ltr', contentHash: 'h1' }],
};
const AT = new Date('2026-03-01T09:30:00.000Z');

describe('JSON export', () => {
  it('round-trips: render then parse gives the built object', () => {
    const textOut = renderJsonExport(CONTENT, AT);
    expect(textOut.endsWith('}\n')).toBe(true);
    expect(parseJsonExport(textOut)).toEqual({ ok: true, value: buildJsonExport(CONTENT, AT) });
    const built = buildJsonExport(CONTENT, AT);
    expect(built).toMatchObject({ format: 'dossier-export', version: 1, exportedAt: AT.toISOString() });
    expect(built.annotations).toEqual(CONTENT.annotations);
  });

  it('keeps only article metadata, never extra fields such as the text', () => {
    const withText = { ...CONTENT, articles: [{ ...CONTENT.articles[0]!, text: 'secret', blocks: [] } as unknown as JsonExportContent['articles'][number]] };
    expect(buildJsonExport(withText, AT).articles[0]).toEqual(CONTENT.articles[0]);
    const parsed = parseJsonExport(JSON.stringify({ ...buildJsonExport(CONTENT, AT), extra: 1 }));
    expect(parsed.ok && 'extra' in parsed.value).toBe(false);
  });

  it('keeps the pattern views inserted in a briefing, so their pictures can be drawn again', () => {
    const views = {
      'tag-matrix-1.svg': {
        kind: 'matrix' as const,
        title: 'Tag matrix',
        rowsLabel: 'Tags',
        columnsLabel: 'Articles',
        rows: [{ key: 'type-claim', label: 'Type/Claim', depth: 1, color: '#2563eb' }],
        columns: [{ key: 'a1', label: 'Путин' }],
        counts: [[1]],
        caption: 'Collection: Caucasus',
      },
    };
    const content = { ...CONTENT, briefings: [{ ...CONTENT.briefings![0]!, body: '![Tag matrix](dossier-view:tag-matrix-1.svg)', views }] };
    const parsed = parseJsonExport(renderJsonExport(content, AT));
    expect(parsed.ok && parsed.value.briefings![0]!.views).toEqual(views);
    const broken = JSON.parse(renderJsonExport(content, AT));
    broken.briefings[0].views['tag-matrix-1.svg'].counts = [['1']];
    expect(parseJsonExport(JSON.stringify(broken)).ok).toBe(false);
  });

  it('briefings are optional', () => {
    const { briefings: _b, ...rest } = CONTENT;
    const parsed = parseJsonExport(renderJsonExport(rest, AT));
    expect(parsed.ok && parsed.value.briefings).toBeUndefined();
  });

  it('refuses what is not an export, newer versions, and damaged fields with their path', () => {
    expect(parseJsonExport('nope')).toMatchObject({ ok: false, error: { code: 'DAMAGED' } });
    expect(parseJsonExport('{"format":"other"}')).toMatchObject({ ok: false, error: { code: 'DAMAGED' } });
    const good = buildJsonExport(CONTENT, AT);
    expect(parseJsonExport(JSON.stringify({ ...good, version: 2 }))).toMatchObject({ ok: false, error: { code: 'UNSUPPORTED' } });
    const bad = structuredClone(good) as unknown as { annotations: { target: { position: { start: unknown } } }[] };
    bad.annotations[1]!.target.position.start = '13';
    const result = parseJsonExport(JSON.stringify(bad));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toContain('annotations.1.target.position.start');
    expect(parseJsonExport(JSON.stringify({ ...good, tags: [...good.tags, good.tags[0]] }))).toMatchObject({ ok: false, error: { code: 'DAMAGED' } });
    // A BOM some editors add is accepted.
    expect(parseJsonExport('\uFEFF' + JSON.stringify(good)).ok).toBe(true);
  });
});

describe('saved searches in the JSON export', () => {
  it('round-trips them, and an export without them still reads', () => {
    const saved = [{ id: 's1', name: 'Gas talks', query: 'gas OR "gas deal" tag:Claim', createdAt: 1 }];
    const text = renderJsonExport({ tags: [], annotations: [], memos: [], articles: [], savedSearches: saved }, new Date('2026-01-01T00:00:00Z'));
    const back = parseJsonExport(text);
    expect(back.ok && back.value.savedSearches).toEqual(saved);
    const without = JSON.stringify(buildJsonExport({ tags: [], annotations: [], memos: [], articles: [] }, new Date('2026-01-01T00:00:00Z')));
    expect(parseJsonExport(without)).toMatchObject({ ok: true });
  });
});
