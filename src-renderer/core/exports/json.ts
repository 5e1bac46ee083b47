// "JSON of everything": the versioned `dossier-export` format (docs/json-export.md), its writer, and a
// parser that validates it with valibot and returns a Result.
import * as v from 'valibot';
import { err, ok, type Result } from '../result';

export const JSON_EXPORT_FORMAT = 'dossier-export';
export const JSON_EXPORT_VERSION = 1;

const TagSchema = v.object({
  id: v.string(),
  name: v.string(),
  parentId: v.nullable(v.string()),
  color: v.string(),
  key: v.nullable(v.pipe(v.number(), v.integer())),
  order: v.number(),
});

const TargetSchema = v.object({
  quote: v.object({ type: v.literal('TextQuoteSelector'), exact: v.string(), prefix: v.string(), suffix: v.string() }),
  position: v.object({ type: v.literal('TextPositionSelector'), start: v.pipe(v.number(), v.integer(), v.minValue(0)), end: v.pipe(v.number(), v.integer(), v.minValue(0)) }),
  contentHash: v.string(),
});

const AnnotationSchema = v.object({
  id: v.string(),
  articleId: v.string(),
  createdAt: v.number(),
  updatedAt: v.number(),
  target: TargetSchema,
  tagIds: v.array(v.string()),
  note: v.string(),
  state: v.picklist(['anchored', 'orphan']),
});

const MemoSchema = v.object({ articleId: v.string(), body: v.string(), updatedAt: v.number() });

/** A pattern view inserted in a briefing: its numbers (core/patterns/table.ts), from which its picture is drawn. */
const PatternAxisItemSchema = v.object({
  key: v.string(),
  label: v.string(),
  depth: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
  color: v.optional(v.string()),
});
const PatternTableSchema = v.object({
  kind: v.picklist(['matrix', 'cooccurrence', 'timeline']),
  title: v.string(),
  rowsLabel: v.string(),
  columnsLabel: v.string(),
  rows: v.array(PatternAxisItemSchema),
  columns: v.array(PatternAxisItemSchema),
  counts: v.array(v.array(v.pipe(v.number(), v.minValue(0)))),
  caption: v.optional(v.string()),
});

const BriefingSchema = v.object({
  id: v.string(),
  title: v.string(),
  body: v.string(),
  updatedAt: v.number(),
  /** The views its `dossier-view:<name>` image links show, by name. */
  views: v.optional(v.record(v.string(), PatternTableSchema)),
});

/** A search the user saved: a smart collection in the library list. */
export const SavedSearchSchema = v.object({ id: v.string(), name: v.string(), query: v.string(), createdAt: v.number() });
export type SavedSearch = v.InferOutput<typeof SavedSearchSchema>;

const Offset = v.pipe(v.number(), v.integer(), v.minValue(0));
const RangeSchema = v.object({ start: Offset, end: Offset });

/** A named entity found in the article's text (offsets into the text as the reader shows it). */
const EntitySchema = v.object({
  type: v.picklist(['person', 'org', 'place', 'date', 'money', 'percent', 'quantity']),
  text: v.string(),
  start: Offset,
  end: Offset,
  name: v.string(),
});

/** A statement's speaker: suggested by the analysis, with the user's word on it when there is one. */
const SpeakerSchema = v.object({
  start: Offset,
  end: Offset,
  speaker: v.string(),
  speakerType: v.optional(v.picklist(['person', 'org'])),
  kind: v.picklist(['direct', 'reported', 'continued', 'reference']),
  cue: v.optional(v.object({ start: Offset, end: Offset, text: v.string() })),
  source: v.optional(RangeSchema),
  accepted: v.optional(v.boolean()),
});

/** The user's decision on a suggested speaker, anchored like an annotation. */
const SpeakerDecisionSchema = v.object({
  id: v.string(),
  articleId: v.string(),
  createdAt: v.number(),
  updatedAt: v.number(),
  target: TargetSchema,
  speaker: v.string(),
  speakerType: v.picklist(['person', 'org']),
  kind: v.picklist(['direct', 'reported', 'continued', 'reference']),
  accepted: v.boolean(),
});

const ArticleSchema = v.object({
  id: v.string(),
  path: v.string(),
  title: v.string(),
  format: v.optional(v.string()),
  source: v.optional(v.string()),
  byline: v.optional(v.string()),
  published: v.optional(v.string()),
  url: v.optional(v.string()),
  savedAt: v.optional(v.string()),
  lang: v.optional(v.string()),
  dir: v.optional(v.picklist(['ltr', 'rtl'])),
  contentHash: v.string(),
  entities: v.optional(v.array(EntitySchema)),
  speakers: v.optional(v.array(SpeakerSchema)),
});

export const JsonExportSchema = v.object({
  format: v.literal(JSON_EXPORT_FORMAT),
  version: v.literal(JSON_EXPORT_VERSION),
  exportedAt: v.pipe(v.string(), v.isoTimestamp()),
  tags: v.array(TagSchema),
  annotations: v.array(AnnotationSchema),
  memos: v.array(MemoSchema),
  briefings: v.optional(v.array(BriefingSchema)),
  savedSearches: v.optional(v.array(SavedSearchSchema)),
  speakerDecisions: v.optional(v.array(SpeakerDecisionSchema)),
  articles: v.array(ArticleSchema),
});

export type JsonExport = v.InferOutput<typeof JsonExportSchema>;
export type JsonExportArticle = v.InferOutput<typeof ArticleSchema>;
export type JsonExportContent = Omit<JsonExport, 'format' | 'version' | 'exportedAt'>;

/** The export object; articles keep only the listed metadata fields (never their text). */
export function buildJsonExport(content: JsonExportContent, exportedAt: Date): JsonExport {
  const articles = content.articles.map((a) => {
    const out: JsonExportArticle = { id: a.id, path: a.path, title: a.title, contentHash: a.contentHash };
    for (const key of ['format', 'source', 'byline', 'published', 'url', 'savedAt', 'lang'] as const) {
      const value = a[key];
      if (typeof value === 'string') out[key] = value;
    }
    if (a.dir === 'ltr' || a.dir === 'rtl') out.dir = a.dir;
    if (a.entities) out.entities = a.entities.map((e) => ({ type: e.type, text: e.text, start: e.start, end: e.end, name: e.name }));
    if (a.speakers) out.speakers = a.speakers.map(exportedSpeaker);
    return out;
  });
  return {
    format: JSON_EXPORT_FORMAT,
    version: JSON_EXPORT_VERSION,
    exportedAt: exportedAt.toISOString(),
    tags: content.tags,
    annotations: content.annotations,
    memos: content.memos,
    ...(content.briefings ? { briefings: content.briefings } : {}),
    ...(content.savedSearches ? { savedSearches: content.savedSearches } : {}),
    ...(content.speakerDecisions ? { speakerDecisions: content.speakerDecisions } : {}),
    articles,
  };
}

type ExportedSpeaker = v.InferOutput<typeof SpeakerSchema>;

/** A speaker with the export's fields only, in a fixed order. */
function exportedSpeaker(s: ExportedSpeaker): ExportedSpeaker {
  const out: ExportedSpeaker = { start: s.start, end: s.end, speaker: s.speaker, kind: s.kind };
  if (s.speakerType) out.speakerType = s.speakerType;
  if (s.cue) out.cue = { start: s.cue.start, end: s.cue.end, text: s.cue.text };
  if (s.source) out.source = { start: s.source.start, end: s.source.end };
  if (s.accepted !== undefined) out.accepted = s.accepted;
  return out;
}

/** JSON text of an export: 2-space indented, LF, one final newline. */
export function renderJsonExport(content: JsonExportContent, exportedAt: Date): string {
  return JSON.stringify(buildJsonExport(content, exportedAt), null, 2) + '\n';
}

/**
 * Reads an export back. Not JSON or not the format: DAMAGED; a newer version: UNSUPPORTED; a field of
 * the wrong shape: DAMAGED naming the first bad path. Unknown extra fields are dropped.
 */
export function parseJsonExport(text: string): Result<JsonExport> {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return err('DAMAGED', 'This file is not valid JSON.');
  }
  if (typeof data !== 'object' || data === null || (data as { format?: unknown }).format !== JSON_EXPORT_FORMAT) {
    return err('DAMAGED', 'This file is not a Dossier JSON export.');
  }
  const version = (data as { version?: unknown }).version;
  if (typeof version === 'number' && version > JSON_EXPORT_VERSION) {
    return err('UNSUPPORTED', `This export is format version ${version}; this app reads version ${JSON_EXPORT_VERSION}. Update the app.`);
  }
  const parsed = v.safeParse(JsonExportSchema, data);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    const path = issue ? (v.getDotPath(issue) ?? '(root)') : '(root)';
    return err('DAMAGED', `This Dossier export is damaged at ${path}: ${issue?.message ?? 'invalid value'}.`);
  }
  const ids = new Set(parsed.output.tags.map((t) => t.id));
  if (ids.size !== parsed.output.tags.length) return err('DAMAGED', 'This Dossier export lists a tag id twice.');
  return ok(parsed.output);
}
