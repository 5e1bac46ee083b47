// The article portrait of a 1 MB article carrying 1,000 tagged statements: the marks worked out from the
// reading model's offsets and the tagged ranges (core/patterns/portrait.ts, bundled as the app runs it),
// and how many elements the strip then draws (marks on one row with the same colours are folded).
import { parseArticleFile } from '../../../src-main/import';
import { segment } from '../../../src-renderer/core/segment';
import type * as Portrait from '../../../src-renderer/core/patterns/portrait';
import { bundled } from '../bundled';
import { medianMs, type BenchRow } from '../types';
import { generateArticle } from './reader';

export default async function portraitBench(): Promise<BenchRow[]> {
  const { portraitMarks } = bundled<typeof Portrait>('src-renderer/core/patterns/portrait.ts');
  const parsed = await parseArticleFile('big.txt', new TextEncoder().encode(generateArticle(1_000_000)));
  if (!parsed.ok) throw new Error(parsed.error.message);
  const { text, blocks } = parsed.value;
  const statements = segment(text, blocks, 'en');
  const step = Math.floor(statements.length / 1000);
  const tagIds = ['claim', 'figure', 'quote'];
  const ranges = Array.from({ length: 1000 }, (_, i) => ({ start: statements[i * step]!.start, end: statements[i * step]!.end, tagIds: [tagIds[i % 3]!] }));
  const tags = new Map(tagIds.map((id, i) => [id, { path: `Type/${id}`, color: ['#dc2626', '#2563eb', '#059669'][i]! }]));
  const marks = portraitMarks(text.length, statements, ranges, tags);
  const ms = await medianMs(() => portraitMarks(text.length, statements, ranges, tags), 21, 5);
  return [
    { case: `portrait of a 1 MB article (${statements.length} statements), 1,000 tagged: marks worked out`, value: ms, unit: 'ms', target: '≤ 16 ms' },
    { case: 'portrait of that article: marks drawn (folded by row and colour)', value: marks.length, unit: 'elements' },
  ];
}
