// Writes the open article's briefing: the stored annotations placed in the current text, rendered as
// Markdown, sent to the main process. Returns what the write did.
import type { Article } from '../core/article';
import { placeAnnotations, toBriefingInput } from '../core/briefing';
import type { TagDef } from '../core/codebook';
import { renderArticleBriefing } from '../core/markdown';
import { fileNameFromPattern, DEFAULT_FILE_NAME_PATTERN } from '../core/file-names';
import type { AppDeps } from './deps';
import { decidedSpeakers, placeDecisions, withDecidedSpeakers } from '../core/actors/decisions';
import type { ExportResult } from './export-notice.svelte';

/** The article with its speakers as the user decided them (accepted, rejected), for crediting quotes. */
export async function asDecided(repos: Pick<AppDeps['repos'], 'speakers'>, article: Article): Promise<Article> {
  if (!article.analysis) return article;
  const decisions = await repos.speakers.forArticle(article.id);
  return withDecidedSpeakers(article, decidedSpeakers(article.analysis, placeDecisions(article, decisions)));
}

export async function exportBriefing({ api, repos, now }: AppDeps, article: Article, tagList: readonly TagDef[]): Promise<ExportResult> {
  const { annotations, memos, settings } = repos;
  const placed = placeAnnotations(article, await annotations.forArticle(article.id));
  article = await asDecided(repos, article);
  const memo = (await memos.get(article.id))?.body ?? '';
  const markdown = renderArticleBriefing(toBriefingInput(article, placed, tagList, memo, new Date(now())));
  const pattern = await settings.get('export.fileNamePattern', DEFAULT_FILE_NAME_PATTERN);
  const fileName = fileNameFromPattern(pattern, { title: article.title, date: article.published ?? '', source: article.source ?? '', today: new Date(now()).toISOString().slice(0, 10) }, '.md');
  return api.writeExport({ fileName, content: markdown });
}
