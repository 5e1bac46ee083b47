// The open article and where the reader is in it: statements, the current statement, a range extended
// over several statements or a free passage selected with the mouse. Tagging lives in TaggingState.
import { anchor, type AnnotationTarget } from '../core/anchoring';
import type { Article } from '../core/article';
import {
  buildReadingModel,
  statementsFromFlat,
  StatementIndex,
  statementId,
  titleView,
  toStatements,
  type BlockView,
  type Statement,
  type Unit,
} from '../core/reading-model';
import { segment } from '../core/segment';
import { firstPassing } from '../core/search-sorted';
import type { ArticleMetaRecord } from '../db';
import { parseDossierLink } from '../core/links';
import type { AppDeps } from './deps';
import { exportBriefing } from './export-briefing';
import type { ExportNotice } from './export-notice.svelte';
import { LiveQuery } from './live-query.svelte';
import { StatementLooks } from './statement-looks.svelte';
import { TaggingState, targetOf, type Target } from './tagging.svelte';
import { SpeakersState } from './speakers.svelte';

/** The user's edits to the metadata show over the file's own; the text is never touched. */
function withMeta(article: Article, meta: ArticleMetaRecord | undefined): Article {
  return {
    ...article,
    ...(meta?.title ? { title: meta.title } : {}),
    ...(meta?.source ? { source: meta.source } : {}),
    ...(meta?.byline ? { byline: meta.byline } : {}),
    ...(meta?.published ? { published: meta.published } : {}),
    ...(meta?.lang ? { lang: meta.lang, langDetected: false } : {}),
  };
}

/** Resolves in a later task, so the browser can paint and handle input in between. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** The settings key under which the place an article was left is kept. */
const placeKey = (articleId: string) => `reader.place.${articleId}`;

/** One shared empty set, so statements do not re-check their range membership on every move. */
const NO_IDS: ReadonlySet<string> = new Set();

export class ReaderState {
  article = $state.raw<Article | null>(null);
  loading = $state(false);
  error = $state<string | null>(null);
  /** The focused statement (aria-current). */
  currentId = $state<string | null>(null);
  /** Where a Shift-extended range started; null when the range is the current statement alone. */
  anchorId = $state<string | null>(null);
  /** A free passage selected with the mouse; replaces the statement range while set. */
  passage = $state<{ start: number; end: number } | null>(null);
  /** Grows on each request to show the current target again (a jump from the editor), even if unchanged. */
  showRequest = $state(0);
  /**
   * Where the reader scrolls an article it has just opened: the text offset of the statement at the top of
   * the view when the article was last left (0: its top, as for an article never opened), with a fresh
   * `request` each time, so opening the same article again scrolls again.
   */
  place = $state.raw<{ articleId: string; offset: number; request: number } | null>(null);
  #placeRequests = 0;

  /** The article being opened, else the one shown: its annotations are read while it opens. */
  #annotationsOf = $state<string | null>(null);
  readonly #deps: AppDeps;
  readonly #notice: ExportNotice;
  readonly tagging: TaggingState;
  /** Who said what in the open article: suggested speakers and the user's decisions. */
  readonly speakers: SpeakersState;
  #openToken = 0;
  /** The article as the file gives it, before the user's metadata edits. */
  #fileArticle = $state.raw<Article | null>(null);

  /** The open article's statements and what the reader draws: set with the article, in `open`. */
  statements = $state.raw<Statement[]>([]);
  units = $state.raw<Unit[]>([]);
  /** The title as a block of the text (its statements taggable), drawn as the article's heading; null when the text has none. */
  title = $state.raw<BlockView | null>(null);
  statementIndex = $derived(new StatementIndex(this.statements));

  /** What tagging keys act on now. */
  current = $derived.by<Target | null>(() => {
    if (this.passage) return targetOf(this.passage.start, this.passage.end);
    const at = this.currentId ? this.statementIndex.get(this.currentId) : undefined;
    if (at === undefined) return null;
    const from = this.anchorId ? this.statementIndex.get(this.anchorId) ?? at : at;
    const first = this.statements[Math.min(from, at)]!;
    const last = this.statements[Math.max(from, at)]!;
    return targetOf(first.start, last.end);
  });
  /** Ids of the statements inside an extended range (for their outline). */
  rangeIds = $derived.by(() => {
    const c = this.current;
    if (!c || (!this.anchorId && !this.passage)) return NO_IDS;
    return new Set(this.statements.filter((s) => s.start < c.end && s.end > c.start).map((s) => s.id));
  });
  currentAnnotation = $derived.by(() => (this.current ? this.tagging.byKey.get(this.current.key) ?? null : null));
  /** How each statement looks (tags, current, range), written onto the drawn statement elements. */
  readonly looks = new StatementLooks({
    statements: () => this.statements,
    isStatement: (id) => this.statementIndex.has(id),
    decorByKey: () => this.tagging.decorByKey,
    speakerByKey: () => this.speakers.namesByKey,
    currentId: () => this.currentId,
    rangeIds: () => this.rangeIds,
  });

  readonly memo: LiveQuery<string>;

  constructor(deps: AppDeps, notice: ExportNotice) {
    this.#deps = deps;
    this.#notice = notice;
    const { memos } = deps.repos;
    this.tagging = new TaggingState(
      deps.repos,
      () => this.article,
      (target) => this.focusTarget(target),
      () => this.#annotationsOf,
    );
    this.speakers = new SpeakersState(deps.repos, () => this.article, this.tagging, () => this.#annotationsOf);
    this.memo = new LiveQuery(
      async () => (this.article ? (await memos.get(this.article.id))?.body ?? '' : ''),
      () => this.article?.id,
    );
  }

  get message(): string {
    return this.tagging.message;
  }

  set message(text: string) {
    this.tagging.message = text;
  }

  /**
   * Opens an article at the place it was left (its top the first time), or at text offset `at` when given
   * (a jump to a passage). An older open never replaces a newer one.
   */
  async open(id: string, at?: number): Promise<void> {
    const token = ++this.#openToken;
    this.loading = true;
    this.error = null;
    this.#annotationsOf = id;
    const { articleMeta, settings } = this.#deps.repos;
    const [meta, left] = await Promise.all([articleMeta.get(id), at === undefined ? settings.get<number>(placeKey(id), 0) : at]);
    const result = await this.#deps.api.readArticle(meta?.encoding ? { id, encoding: meta.encoding } : { id });
    if (token !== this.#openToken) return;
    this.loading = false;
    if (!result.ok) {
      this.error = result.error.message;
      this.#annotationsOf = this.article?.id ?? null;
      return;
    }
    for (const name of ['dossier:article-received', 'dossier:first-paint', 'dossier:interactive']) performance.clearMarks(name);
    performance.mark('dossier:article-received');
    // A long article arrives in a task of its own (the message is large); its model is built in the next
    // and drawn in the one after, so no single task keeps the page from answering input for long.
    await nextTask();
    if (token !== this.#openToken) return;
    const article = withMeta(result.value, meta);
    // The parser segments in its worker with the file's (or detected) language; an article without spans,
    // or read in a language the user chose instead, is segmented here.
    const statements =
      article.spans && article.lang === result.value.lang
        ? statementsFromFlat(article.blocks, article.spans)
        : toStatements(article.blocks, segment(article.text, article.blocks, article.lang));
    const units = buildReadingModel(article, statements);
    const title = titleView(article, statements);
    await nextTask();
    if (token !== this.#openToken) return;
    this.tagging.reset();
    this.select(null);
    this.#fileArticle = result.value;
    this.article = article;
    this.statements = statements;
    this.units = units;
    this.title = title;
    this.place = { articleId: id, offset: Number.isFinite(left) && left > 0 && left < article.text.length ? left : 0, request: ++this.#placeRequests };
    void this.#deps.repos.articleMeta.markRead(id);
  }

  /** `a` / Shift+A on the current statement: accept or reject its suggested speaker, said on the status line. */
  async decideSpeaker(accept: boolean): Promise<void> {
    const target = this.current;
    if (!target) return;
    const said = accept ? await this.speakers.accept(target) : await this.speakers.reject(target);
    if (!this.tagging.writes.failure) this.message = said;
  }

  /** Keeps where the open article is being read (the offset of the statement at the top of the view). */
  async rememberPlace(offset: number): Promise<void> {
    const article = this.article;
    if (!article) return;
    await this.#deps.repos.settings.set(placeKey(article.id), Math.max(0, Math.floor(offset)));
  }

  /** Reads the open article again (its file changed, or the user chose another encoding), keeping the place. */
  async reload(): Promise<void> {
    const article = this.article;
    if (!article) return;
    const keep = this.current;
    await this.open(article.id, keep?.start);
    if (keep && this.article?.id === article.id) this.focusTarget(keep);
  }

  /** Re-reads the article with a text encoding the user chose (kept for next time). */
  async setEncoding(encoding: string): Promise<void> {
    const article = this.article;
    if (!article) return;
    await this.#deps.repos.articleMeta.edit(article.id, { encoding });
    await this.reload();
  }

  /**
   * Reads the article in a language the user chose (remembered for it; null goes back to the file's own or
   * the detected one): its statements are segmented again by that language's rules at once.
   */
  async setLanguage(lang: string | null): Promise<void> {
    const article = this.article;
    if (!article) return;
    await this.#deps.repos.articleMeta.edit(article.id, { lang: lang ?? '' });
    await this.reload();
  }

  /** The article's language as the file gives it or as detected, before the user's choice. */
  get fileLanguage(): { lang: string | null; detected: boolean } {
    const file = this.#fileArticle;
    return { lang: file?.lang ?? null, detected: file?.langDetected === true };
  }

  /** Closes the article (after it was deleted). */
  close(): void {
    this.#openToken++;
    this.select(null);
    this.#annotationsOf = null;
    this.article = null;
    this.statements = [];
    this.units = [];
    this.title = null;
    this.#fileArticle = null;
  }

  /** Shows the user's latest metadata edits over the open article. */
  async refreshMeta(): Promise<void> {
    const file = this.#fileArticle;
    if (!file) return;
    const meta = await this.#deps.repos.articleMeta.get(file.id);
    if (this.#fileArticle === file) this.article = withMeta(file, meta);
  }

  /** Makes one statement current (or none), dropping any extended range or passage. */
  select(id: string | null): void {
    this.currentId = id;
    this.anchorId = null;
    this.passage = null;
  }

  /** Makes a free passage current (a mouse selection); a passage equal to a statement selects it. */
  selectPassage(start: number, end: number): void {
    if (end <= start) return;
    const exact = this.statementIndex.has(statementId(start, end));
    if (exact) return this.select(statementId(start, end));
    this.currentId = this.statements.find((s) => s.end > start)?.id ?? null;
    this.anchorId = null;
    this.passage = { start, end };
  }

  /** Moves the current statement by `delta`; with `extend`, grows or shrinks the range instead. */
  move(delta: number, extend = false): void {
    if (this.statements.length === 0) return;
    const at = this.currentId ? this.statementIndex.get(this.currentId) ?? -1 : -1;
    const next = this.statements[Math.min(this.statements.length - 1, Math.max(0, at < 0 ? 0 : at + delta))]!;
    if (extend && this.currentId && !this.passage) {
      this.anchorId ??= this.currentId;
      this.currentId = next.id;
      if (this.anchorId === next.id) this.anchorId = null;
    } else {
      this.select(next.id);
    }
  }

  /** Shows a target again (after undo or a jump from the editor): its statement, range or passage. */
  focusTarget(target: Target): void {
    if (this.statementIndex.has(target.key)) this.select(target.key);
    else this.selectPassage(target.start, target.end);
    this.showRequest++;
  }

  /** Brings the keyboard back to the current statement (after leaving a field with Esc). */
  showCurrent(): void {
    if (this.current) this.showRequest++;
  }

  /** Opens an article (if needed) at an annotation's passage, e.g. from the library-wide tag view. */
  async openAt(articleId: string, target: AnnotationTarget): Promise<void> {
    if (this.article?.id !== articleId) await this.open(articleId, target.position.start);
    const article = this.article;
    if (!article || article.id !== articleId) return;
    const found = anchor(article.text, article.contentHash, target);
    if (found.state === 'anchored') this.focusTarget(targetOf(found.start, found.end));
    else this.message = 'That passage is no longer in the article; it is listed under Unplaced.';
  }

  /** Opens an article at the statement holding text offset `at` (a link to a statement, not to an annotation). */
  async openAtOffset(articleId: string, at: number): Promise<void> {
    if (this.article?.id !== articleId) await this.open(articleId, at);
    if (this.article?.id !== articleId) return;
    const list = this.statements;
    const s = list[firstPassing(list.length, (i) => list[i]!.end > at)];
    if (s) this.focusTarget(targetOf(s.start, s.end));
  }

  /** Opens the article's web address in the system browser (the main process asks the user first). */
  async openOriginal(): Promise<void> {
    const url = this.article?.url;
    if (!url) return;
    const result = await this.#deps.api.openExternal({ url });
    if (!result.ok) this.message = result.error.message;
  }

  /** Opens a dossier:// link: the article, at the annotation when it names one. */
  async openLink(url: string): Promise<void> {
    const link = parseDossierLink(url);
    if (!link) {
      this.message = 'That link is not a Dossier link.';
      return;
    }
    const record = link.annotationId ? await this.#deps.repos.annotations.get(link.annotationId) : undefined;
    if (record && record.articleId === link.articleId) await this.openAt(link.articleId, record.target);
    else if (link.at !== undefined) await this.openAtOffset(link.articleId, link.at);
    else await this.open(link.articleId);
  }

  /** Toggles the tag on key `key` (1-9) on the current target. */
  toggleKey(key: number): void {
    const tag = this.tagging.keyedTags.find((t) => t.key === key);
    if (tag) this.toggleTag(tag.id);
  }

  toggleTag(tagId: string): void {
    if (this.current) this.tagging.toggle(this.current, tagId);
  }

  async toggleTagPath(path: string): Promise<void> {
    if (this.current) await this.tagging.togglePath(this.current, path);
  }

  setNote(note: string): void {
    if (this.current) this.tagging.setNote(this.current, note);
  }

  deleteCurrent(): void {
    if (this.current) this.tagging.delete(this.current);
  }

  setMemo(body: string): void {
    const article = this.article;
    if (article) void this.tagging.writes.run(() => this.#deps.repos.memos.set(article.id, body)).then(() => (this.message = 'Saved'));
  }

  async exportBriefing(): Promise<void> {
    const article = this.article;
    if (!article) return;
    await this.tagging.writes.flush();
    this.message = 'Exporting…';
    this.message = this.#notice.report(await exportBriefing(this.#deps, article, this.tagging.tagList));
  }
}
