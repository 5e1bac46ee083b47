// The tag manager and the library-wide view of a tag: the codebook as a tree with counts, the selected
// tag's passages across every article (what QDA tools call retrieved segments), and the edits to tags.
import { tagPath, type TagDef } from '../core/codebook';
import { importQdc } from '../core/exports/refi-qdc';
import type { AnnotationRecord, TagUsage } from '../db';
import type { AppDeps } from './deps';
import { LiveQuery } from './live-query.svelte';
import { SettledQuery } from './settled-query.svelte';

export interface TagNode {
  tag: TagDef;
  path: string;
  depth: number;
  count: number;
}

export class TagsState {
  selectedId = $state<string | null>(null);
  readonly #deps: AppDeps;
  readonly #all: LiveQuery<TagDef[]>;
  /** Passages per tag: read again when the annotations have been quiet a moment (see SettledQuery). */
  readonly #counts: SettledQuery<Map<string, number>>;
  readonly #segments: LiveQuery<AnnotationRecord[]>;

  constructor(deps: AppDeps) {
    this.#deps = deps;
    const { annotations, tags, onTablesChanged } = deps.repos;
    this.#all = new LiveQuery(() => tags.all());
    this.#counts = new SettledQuery(() => tags.counts(), (changed) => onTablesChanged(['annotations'], changed));
    this.#segments = new LiveQuery(
      () => (this.subtreeIds.length > 0 ? annotations.withAnyTag(this.subtreeIds) : []),
      () => this.subtreeIds,
    );
  }

  list = $derived.by(() => this.#all.current ?? []);
  byId = $derived(new Map(this.list.map((t) => [t.id, t])));
  /** The codebook in tree order (parents before children, siblings by order then name). */
  tree = $derived.by<TagNode[]>(() => {
    const children = new Map<string | null, TagDef[]>();
    for (const tag of this.list) {
      const parent = tag.parentId && this.byId.has(tag.parentId) ? tag.parentId : null;
      children.set(parent, [...(children.get(parent) ?? []), tag]);
    }
    const out: TagNode[] = [];
    const counts = this.#counts.current ?? new Map<string, number>();
    const walk = (parent: string | null, depth: number) => {
      const kids = (children.get(parent) ?? []).sort((a, b) => a.order - b.order || a.name.localeCompare(b.name));
      for (const tag of kids) {
        out.push({ tag, path: tagPath(tag, this.byId), depth, count: counts.get(tag.id) ?? 0 });
        if (depth < 32) walk(tag.id, depth + 1);
      }
    };
    walk(null, 0);
    return out;
  });
  selected = $derived(this.selectedId ? this.tree.find((n) => n.tag.id === this.selectedId) ?? null : null);
  /** The selected tag and everything below it. */
  subtreeIds = $derived.by(() => {
    const id = this.selectedId;
    if (!id) return [] as string[];
    const ids = [id];
    for (let i = 0; i < ids.length; i++) for (const t of this.list) if (t.parentId === ids[i] && !ids.includes(t.id)) ids.push(t.id);
    return ids;
  });
  segments = $derived.by(() => this.#segments.current ?? []);
  /** The selected tag's passages are still being read (the last tag's are not shown meanwhile). */
  segmentsLoading = $derived.by(() => this.#segments.isLoading);

  rename(id: string, name: string): Promise<void> {
    return this.#deps.repos.tags.rename(id, name);
  }

  move(id: string, parentId: string | null): Promise<boolean> {
    return this.#deps.repos.tags.move(id, parentId);
  }

  setKey(id: string, key: number | null): Promise<void> {
    return this.#deps.repos.tags.setKey(id, key);
  }

  usage(id: string): Promise<TagUsage> {
    return this.#deps.repos.tags.usage(id);
  }

  async merge(fromId: string, intoId: string): Promise<void> {
    await this.#deps.repos.tags.merge(fromId, intoId);
    this.selectedId = intoId;
  }

  /** Brings in a REFI-QDA codebook (.qdc) chosen by the user; returns a message for the user. */
  async importCodebook(): Promise<string> {
    const picked = await this.#deps.api.openForImport({ kind: 'qdc' });
    if (!picked.ok) return picked.error.message;
    if (!picked.value) return '';
    const parsed = importQdc(new TextDecoder().decode(picked.value.bytes), this.list);
    if (!parsed.ok) return `Not imported: ${parsed.error.message}`;
    const count = await this.#deps.repos.tags.importCodebook(parsed.value);
    return `Imported ${count} tags from ${picked.value.name}.`;
  }

  async remove(id: string): Promise<void> {
    await this.#deps.repos.tags.remove(id);
    if (this.selectedId === id) this.selectedId = null;
  }
}
