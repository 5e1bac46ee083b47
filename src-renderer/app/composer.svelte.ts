// The briefing composer: the analyst's own briefings (saved as typed), a searchable list of every
// passage in the library to insert as a cited quote, and the export with a Sources list.
import { asDecided } from './export-briefing';
import { speakerOfPassage } from '../core/actors/decisions';
import type { BriefingArticle } from '../core/markdown';
import { tagPath } from '../core/codebook';
import { citation, citedArticleIds, renderComposedBriefing } from '../core/markdown/citation';
import { escapeInline, slugify } from '../core/markdown';
import { patternSvg } from '../core/patterns/svg';
import type { PatternTable } from '../core/patterns/table';
import { nextViewName, viewLink, viewNamesIn } from '../core/patterns/briefing-views';
import type { ExportAttachment } from '../core/contract';
import { dossierLink } from '../core/links';
import { placeAnnotations } from '../core/briefing';
import { blockIndexAt, paragraphNumber } from '../core/reading-model';
import type { AnnotationRecord, BriefingRecord, TagRecord } from '../db';
import type { AppDeps } from './deps';
import type { ExportNotice } from './export-notice.svelte';
import type { LibraryState } from './library.svelte';
import { LiveQuery } from './live-query.svelte';
import { SettledQuery } from './settled-query.svelte';
import { WriteQueue } from './write-queue.svelte';

export interface Pickable {
  record: AnnotationRecord;
  articleTitle: string;
  tagPaths: string[];
}

function oneLineText(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export class ComposerState {
  openId = $state<string | null>(null);
  query = $state('');
  message = $state('');
  readonly writes = new WriteQueue();
  readonly #library: LibraryState;
  /** Inserts text at the editor's cursor; registered by the editor component. */
  insertText: ((text: string) => void) | null = null;
  /** View names given out but maybe not yet seen back from the database, by briefing. */
  readonly #viewNames = new Map<string, Set<string>>();

  readonly #deps: AppDeps;
  readonly #notice: ExportNotice;
  /** What `prepare` read for a passage's citation, by annotation id. */
  readonly #cited = new Map<string, { url?: string; paragraph?: number; page?: number; speaker?: string }>();
  readonly #briefings: LiveQuery<BriefingRecord[]>;
  /** The most recent passages to insert: read again when the annotations have been quiet a moment (SettledQuery). */
  readonly #passages: SettledQuery<AnnotationRecord[]>;
  readonly #tags: LiveQuery<TagRecord[]>;

  list = $derived.by(() => this.#briefings.current ?? []);
  open = $derived(this.list.find((b) => b.id === this.openId) ?? null);
  titles = $derived.by(() => new Map(this.#library.rows.map((r) => [r.id, r.title])));
  pickable = $derived.by<Pickable[]>(() => {
    const byId = new Map((this.#tags.current ?? []).map((t) => [t.id, t]));
    const words = this.query.toLocaleLowerCase().split(/\s+/).filter(Boolean);
    const out: Pickable[] = [];
    for (const record of this.#passages.current ?? []) {
      const tagPaths = record.tagIds.flatMap((id) => (byId.get(id) ? [tagPath(byId.get(id)!, byId)] : []));
      const articleTitle = this.titles.get(record.articleId) ?? 'Article no longer in the library';
      const haystack = `${record.target.quote.exact} ${record.note} ${tagPaths.join(' ')} ${articleTitle}`.toLocaleLowerCase();
      if (words.every((w) => haystack.includes(w))) out.push({ record, articleTitle, tagPaths });
      if (out.length >= 200) break;
    }
    return out;
  });

  constructor(deps: AppDeps, library: LibraryState, notice: ExportNotice) {
    this.#deps = deps;
    this.#notice = notice;
    this.#library = library;
    const { annotations, briefings, tags, onTablesChanged } = deps.repos;
    this.#briefings = new LiveQuery(() => briefings.all());
    this.#passages = new SettledQuery(() => annotations.recent(), (changed) => onTablesChanged(['annotations'], changed));
    this.#tags = new LiveQuery(() => tags.all());
  }

  async create(): Promise<void> {
    const record = await this.#deps.repos.briefings.create('Untitled briefing');
    this.openId = record.id;
  }

  setTitle(title: string): void {
    const id = this.openId;
    if (id) void this.#save(() => this.#deps.repos.briefings.update(id, { title }));
  }

  setBody(body: string): void {
    const id = this.openId;
    if (id) void this.#save(() => this.#deps.repos.briefings.update(id, { body }));
  }

  /** Inserts a passage as its exact quote with its citation, note and links, at the cursor. */
  async insert(p: Pickable): Promise<void> {
    await this.prepare(p);
    this.insertText?.(this.citationFor(p));
  }

  /**
   * Reads what a citation needs from the passage's article (its web address, the passage's paragraph) once
   * per passage, ahead of a drag, which must set its text at once.
   */
  async prepare(p: Pickable): Promise<void> {
    if (this.#cited.has(p.record.id)) return;
    const read = await this.#deps.api.readArticle({ id: p.record.articleId });
    if (!read.ok) return;
    const article = await asDecided(this.#deps.repos, read.value);
    const [placed] = placeAnnotations(article, [p.record]);
    const speakers = article.analysis?.speakers;
    const speaker = placed?.range && speakers?.length ? speakerOfPassage(speakers, placed.range) : undefined;
    const block = placed?.range ? blockIndexAt(article.blocks, placed.range.start) : -1;
    const page = block >= 0 ? article.blocks[block]?.page : undefined;
    const paragraph = paragraphNumber(article.blocks, block);
    this.#cited.set(p.record.id, {
      ...(article.url ? { url: article.url } : {}),
      ...(paragraph !== undefined ? { paragraph } : {}),
      ...(page !== undefined ? { page } : {}),
      ...(speaker ? { speaker } : {}),
    });
  }

  /** The citation of a passage: with its web address and paragraph once `prepare` has read them. */
  citationFor(p: Pickable): string {
    const row = this.#library.rows.find((r) => r.id === p.record.articleId);
    return citation({
      quote: p.record.target.quote.exact,
      articleTitle: p.articleTitle,
      ...(row?.source ? { source: row.source } : {}),
      ...(row?.published ? { published: row.published } : {}),
      ...this.#cited.get(p.record.id),
      tags: p.tagPaths,
      note: p.record.note,
      link: dossierLink(p.record.articleId, p.record.id),
    });
  }

  /**
   * Puts a pattern view into the open briefing at the cursor: an image link to `dossier-view:<name>` and a
   * caption in italics, the view's numbers stored with the briefing under that name (so the export draws
   * the picture again, and a backup keeps it).
   */
  insertView(table: PatternTable): void {
    const id = this.openId;
    const open = this.open;
    if (!id || !open) return;
    const given = this.#viewNames.get(id) ?? new Set<string>();
    this.#viewNames.set(id, given);
    const name = nextViewName(table.title, [...Object.keys(open.views ?? {}), ...given]);
    given.add(name);
    void this.#save(() => this.#deps.repos.briefings.addView(id, name, table));
    const alt = oneLineText(table.title).replace(/[[\]\\]/g, (c) => `\\${c}`);
    const caption = escapeInline(oneLineText(table.caption ? `${table.title}: ${table.caption}` : `${table.title}: ${table.rowsLabel.toLowerCase()} by ${table.columnsLabel.toLowerCase()}`));
    this.insertText?.(`\n\n![${alt}](${viewLink(name)})\n\n*${caption}*\n\n`);
  }

  /** The pictures the briefing shows, drawn from their stored numbers (a link to a view not stored is left as it is). */
  #pictures(briefing: BriefingRecord): ExportAttachment[] {
    return viewNamesIn(briefing.body).flatMap((name) => {
      const table = briefing.views?.[name];
      return table ? [{ name, content: patternSvg(table) }] : [];
    });
  }

  /** The briefing as written now, with its Sources list. */
  async #composed(): Promise<{ briefing: BriefingRecord; markdown: string } | null> {
    const open = this.open;
    if (!open) return null;
    await this.writes.flush();
    const current = (await this.#deps.repos.briefings.get(open.id)) ?? open;
    const rows = new Map(this.#library.rows.map((r) => [r.id, r]));
    const sources: BriefingArticle[] = citedArticleIds(current.body).flatMap((id) => {
      const row = rows.get(id);
      if (!row) return [];
      return [{
        id,
        title: row.title,
        path: row.path,
        ...(row.source ? { source: row.source } : {}),
        ...(row.published ? { published: row.published } : {}),
        ...(row.byline ? { byline: row.byline } : {}),
      }];
    });
    const markdown = renderComposedBriefing({ ...current, sources, exportedAt: new Date(this.#deps.now()).toISOString() });
    return { briefing: current, markdown };
  }

  /** Writes the briefing as Markdown, with its pictures in a folder beside it (one export). */
  async exportOpen(): Promise<void> {
    const composed = await this.#composed();
    if (!composed) return;
    const { briefing, markdown } = composed;
    const pictures = this.#pictures(briefing);
    this.message = 'Exporting…';
    const request = { fileName: `${slugify(briefing.title) || 'briefing'}.md`, content: markdown, ...(pictures.length > 0 ? { attachments: pictures } : {}) };
    this.message = this.#notice.report(await this.#deps.api.writeExport(request));
  }

  /** Writes the briefing as PDF, its pictures in the page. */
  async exportOpenPdf(): Promise<void> {
    const composed = await this.#composed();
    if (!composed) return;
    const { briefing, markdown } = composed;
    const pictures = this.#pictures(briefing);
    this.message = 'Exporting…';
    const request = { fileName: `${slugify(briefing.title) || 'briefing'}.pdf`, markdown, title: briefing.title || 'Briefing', ...(pictures.length > 0 ? { images: pictures } : {}) };
    this.message = this.#notice.report(await this.#deps.api.writePdf(request));
  }

  async #save(write: () => Promise<unknown>): Promise<void> {
    this.message = 'Saving…';
    await this.writes.run(write);
    if (this.writes.pending === 0) this.message = this.writes.failure ? `Not saved: ${this.writes.failure}` : 'Saved';
  }
}
