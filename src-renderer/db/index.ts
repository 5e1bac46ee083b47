// The repositories over the app's single database: the only way the rest of the renderer reaches Dexie.
import { liveQuery } from 'dexie';
import { createAnnotationRepository } from './annotations';
import { createArticleMetaRepository } from './article-meta';
import { createBriefingRepository } from './briefings';
import { db } from './db';
import { createMemoRepository } from './memos';
import { createSettingsRepository } from './settings';
import { createTagRepository } from './tags';

export const annotations = createAnnotationRepository(db);
export const tags = createTagRepository(db);
export const memos = createMemoRepository(db);
export const settings = createSettingsRepository(db);
export const articleMeta = createArticleMetaRepository(db);
export const briefings = createBriefingRepository(db);
export { liveQuery };
export type { AnnotationRecord, ArticleMetaRecord, BriefingRecord, MemoRecord, TagRecord } from './schema';
export type { ArticleMetaEdit } from './article-meta';
export type { TagUsage } from './tags';
