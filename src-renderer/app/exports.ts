// Everything the Export dialog writes: briefings over several articles (by document, tag or article), CSV,
// the JSON of everything, a REFI-QDA project and codebook. Gathers the articles and their annotations,
// then hands pure data to the core formats. Returns the message for the status line.
import type { Article } from '../core/article';
import { placeAnnotations, toBriefingInput } from '../core/briefing';
import { toCollectionInput, withDescendants, type SelectionSource } from '../core/briefing-selection';
import type { TagDef } from '../core/codebook';
import { renderCsv, toCsvRows, type CsvSourceAnnotation } from '../core/exports/csv';
import { renderJsonExport, type JsonExportContent } from '../core/exports/json';
import { decidedSpeakers, placeDecisions } from '../core/actors/decisions';
import { entityMentions } from '../core/actors/packed';
import { exportQdpx } from '../core/exports/refi-qda';
import { exportQdc } from '../core/exports/refi-qdc';
import { renderArticleBriefing, renderCollectionBriefing, type CollectionLayout } from '../core/markdown';
import type { AnnotationRecord, SpeakerDecisionRecord } from '../db';
import type { AppDeps } from './deps';
import type { ExportResult } from './export-notice.svelte';
import { asDecided } from './export-briefing';
import { err } from '../core/result';
import { DEFAULT_FILE_NAME_PATTERN, fileNameFromPattern } from '../core/file-names';
import type { LibraryRow } from './library.svelte';

export type ExportFormat = 'md' | 'pdf' | 'csv' | 'json' | 'qdpx' | 'qdc';
export type ExportScope = { kind: 'article'; articleId: string } | { kind: 'tags'; tagIds: string[] } | { kind: 'all' };

export interface ExportRequestUi {
  format: ExportFormat;
  scope: ExportScope;
  layout: CollectionLayout;
  title: string;
}

interface Gathered extends SelectionSource {
  records: AnnotationRecord[];
}

/** The articles in scope with their annotations placed in the current text and their memos. */
async function gather({ api, repos }: AppDeps, scope: ExportScope, tags: readonly TagDef[], rows: readonly LibraryRow[]): Promise<Gathered[]> {
  const { annotations, memos } = repos;
  let records: AnnotationRecord[];
  if (scope.kind === 'article') records = await annotations.forArticle(scope.articleId);
  else if (scope.kind === 'tags') records = await annotations.withAnyTag([...withDescendants(tags, scope.tagIds)]);
  else records = (await repos.dumpForExport()).annotations;
  const byArticle = new Map<string, AnnotationRecord[]>();
  for (const r of records) {
    const list = byArticle.get(r.articleId);
    if (list) list.push(r);
    else byArticle.set(r.articleId, [r]);
  }
  if (scope.kind === 'article' && !byArticle.has(scope.articleId)) byArticle.set(scope.articleId, []);
  const known = new Set(rows.filter((r) => !r.problem).map((r) => r.id));
  const out: Gathered[] = [];
  for (const [articleId, list] of byArticle) {
    if (!known.has(articleId)) continue;
    const read = await api.readArticle({ id: articleId });
    if (!read.ok) continue;
    const article: Article = await asDecided(repos, read.value);
    out.push({ article, annotations: placeAnnotations(article, list), memo: (await memos.get(articleId))?.body ?? '', records: list });
  }
  return out;
}

/** Articles read per step for the JSON export (the main process parses them in its worker pool). */
const JSON_BATCH = 8;

/**
 * Each article of the library as the JSON export gives it: the library's metadata (with the user's edits),
 * the hash of the text as read now, its named entities and its speakers with the user's decisions, offsets
 * into that text. An article that cannot be read keeps its metadata alone.
 */
async function jsonArticles(deps: AppDeps, rows: readonly LibraryRow[], decisions: readonly SpeakerDecisionRecord[]): Promise<JsonExportContent['articles']> {
  const byArticle = new Map<string, SpeakerDecisionRecord[]>();
  for (const d of decisions) byArticle.set(d.articleId, [...(byArticle.get(d.articleId) ?? []), d]);
  const out: JsonExportContent['articles'] = [];
  for (let i = 0; i < rows.length; i += JSON_BATCH) {
    const batch = rows.slice(i, i + JSON_BATCH);
    const read = await Promise.all(batch.map((r) => deps.api.readArticle({ id: r.id })));
    batch.forEach((row, j) => {
      const got = read[j];
      if (!got?.ok) {
        out.push({ ...row, contentHash: '' });
        return;
      }
      const article = got.value;
      const placed = placeDecisions(article, byArticle.get(row.id) ?? []);
      out.push({
        ...row,
        ...(article.lang ? { lang: article.lang } : {}),
        contentHash: article.contentHash,
        entities: article.analysis ? entityMentions(article.analysis, article.text) : [],
        speakers: decidedSpeakers(article.analysis, placed),
      });
    });
  }
  return out;
}

/** Builds the file for a request: its suggested name and its content. */
export async function buildExport(
  deps: AppDeps,
  request: ExportRequestUi,
  tags: readonly TagDef[],
  rows: readonly LibraryRow[],
): Promise<{ fileName: string; content: string | Uint8Array } | { error: string }> {
  const now = new Date(deps.now());
  const pattern = await deps.repos.settings.get('export.fileNamePattern', DEFAULT_FILE_NAME_PATTERN);
  const today = now.toISOString().slice(0, 10);
  const base = fileNameFromPattern(pattern, { title: request.title || 'dossier-export', today }, '');
  if (request.format === 'qdc') return { fileName: `${base}.qdc`, content: exportQdc(tags) };
  if (request.format === 'json') {
    const dump = await deps.repos.dumpForExport();
    const articles = await jsonArticles(deps, rows.filter((r) => !r.problem), dump.speakerDecisions);
    return { fileName: `${base}.json`, content: renderJsonExport({ ...dump, articles }, now) };
  }
  const sources = await gather(deps, request.scope, tags, rows);
  if (sources.length === 0) return { error: 'Nothing to export: no annotations in that selection.' };
  if (request.format === 'csv') {
    const csvRows = sources.flatMap((s) =>
      toCsvRows(
        s.article,
        s.annotations.map((a, i): CsvSourceAnnotation => ({ ...a, createdAt: s.records[i]!.createdAt, updatedAt: s.records[i]!.updatedAt, state: a.range ? 'anchored' : 'orphan' })),
        tags,
      ),
    );
    return { fileName: `${base}.csv`, content: renderCsv(csvRows) };
  }
  if (request.format === 'qdpx') {
    const { zip } = exportQdpx({
      projectName: request.title || 'Dossier project',
      articles: sources.map((s) => ({
        article: s.article,
        annotations: s.annotations.map((a, i) => ({ ...a, createdAt: s.records[i]!.createdAt, updatedAt: s.records[i]!.updatedAt })),
        ...(s.memo ? { memo: { body: s.memo, updatedAt: now.getTime() } } : {}),
      })),
      tags,
      exportedAt: now,
    });
    return { fileName: `${base}.qdpx`, content: zip };
  }
  if (request.scope.kind === 'article' && sources.length === 1) {
    const s = sources[0]!;
    const name = fileNameFromPattern(pattern, { title: s.article.title, date: s.article.published ?? '', source: s.article.source ?? '', today }, '.md');
    return { fileName: name, content: renderArticleBriefing(toBriefingInput(s.article, s.annotations, tags, s.memo, now)) };
  }
  const input = toCollectionInput(sources, tags, {
    title: request.title || 'Briefing',
    layout: request.layout,
    exportedAt: now,
    ...(request.scope.kind === 'tags' ? { tagIds: request.scope.tagIds } : {}),
  });
  return { fileName: `${base}.md`, content: renderCollectionBriefing(input) };
}

/** Builds and writes a request; an empty selection is an `EMPTY` error whose message says so. */
export async function runExport(deps: AppDeps, request: ExportRequestUi, tags: readonly TagDef[], rows: readonly LibraryRow[]): Promise<ExportResult> {
  if (request.format === 'pdf') {
    // The same briefing as Markdown, printed to PDF by the main process.
    const md = await buildExport(deps, { ...request, format: 'md' }, tags, rows);
    if ('error' in md) return err('EMPTY', md.error);
    const fileName = md.fileName.replace(/\.md$/, '.pdf');
    return deps.api.writePdf({ fileName, markdown: String(md.content), title: request.title || fileName });
  }
  const built = await buildExport(deps, request, tags, rows);
  if ('error' in built) return err('EMPTY', built.error);
  return deps.api.writeExport(built);
}

/** The Markdown of a request, for the clipboard. */
export async function markdownFor(deps: AppDeps, request: ExportRequestUi, tags: readonly TagDef[], rows: readonly LibraryRow[]): Promise<string | null> {
  const built = await buildExport(deps, { ...request, format: 'md' }, tags, rows);
  return 'error' in built || typeof built.content !== 'string' ? null : built.content;
}
