// The default codebook every new profile starts with, and tag-path helpers. Pure data.

export interface TagDef {
  id: string;
  name: string;
  parentId: string | null;
  color: string;
  /** Keyboard shortcut 1-9, or null. */
  key: number | null;
  order: number;
}

/** Statement types on keys 1-5, roots for actors and topics; keys 6-9 are left for the user. */
/** The top-level tag under which speakers are tags (`Actor/<Name>`): an accepted speaker, or one tagged by hand. */
export const ACTOR_ROOT_NAME = 'Actor';

export const DEFAULT_CODEBOOK: readonly TagDef[] = [
  { id: 'type', name: 'Type', parentId: null, color: '#6b7280', key: null, order: 0 },
  { id: 'type-claim', name: 'Claim', parentId: 'type', color: '#2563eb', key: 1, order: 0 },
  { id: 'type-commitment', name: 'Commitment', parentId: 'type', color: '#16a34a', key: 2, order: 1 },
  { id: 'type-figure', name: 'Figure', parentId: 'type', color: '#d97706', key: 3, order: 2 },
  { id: 'type-quote', name: 'Quote', parentId: 'type', color: '#9333ea', key: 4, order: 3 },
  { id: 'type-assessment', name: 'Assessment', parentId: 'type', color: '#dc2626', key: 5, order: 4 },
  { id: 'actor', name: 'Actor', parentId: null, color: '#0891b2', key: null, order: 1 },
  { id: 'topic', name: 'Topic', parentId: null, color: '#65a30d', key: null, order: 2 },
];

/** Colours given to new tags, in turn: distinct in light and dark themes. */
export const NEW_TAG_COLORS = ['#0891b2', '#c026d3', '#ea580c', '#0d9488', '#4f46e5', '#be123c', '#65a30d', '#a16207'];

/** Every colour the app gives tags, in a fixed order: passage highlights have one style per entry. */
export const TAG_COLORS: readonly string[] = [...new Set([...DEFAULT_CODEBOOK.map((t) => t.color), ...NEW_TAG_COLORS])];

/** The full path of a tag ("Type/Claim"), following parents; cycles and missing parents end the walk. */
export function tagPath(tag: Pick<TagDef, 'id' | 'name' | 'parentId'>, byId: ReadonlyMap<string, Pick<TagDef, 'id' | 'name' | 'parentId'>>): string {
  return [...ancestorNames(tag, byId), tag.name].join('/');
}

/** How a chip names a tag: `parent` shown dimmed before the `name`, and the full `path` (its accessible name). */
export interface ChipLabel {
  /** The end of the parents' path, with a closing slash ("Actor/"), or '' for a top-level tag. */
  parent: string;
  name: string;
  path: string;
}

type TagLike = Pick<TagDef, 'id' | 'name' | 'parentId'>;

/** A tag's parents' names, root first; cycles and missing parents end the walk, as in `tagPath`. */
function ancestorNames(tag: TagLike, byId: ReadonlyMap<string, TagLike>): string[] {
  const names: string[] = [];
  const seen = new Set([tag.id]);
  let parentId = tag.parentId;
  while (parentId && !seen.has(parentId)) {
    const parent = byId.get(parentId);
    if (!parent) break;
    names.unshift(parent.name);
    seen.add(parent.id);
    parentId = parent.parentId;
  }
  return names;
}

/**
 * Chip labels for every tag: the parent always (a chip reading "Vladimir Putin" alone hid that it is an
 * actor), and as much more of the path as tells the tag from every other tag of the same name
 * ("Actor/Russia/" beside "Topic/Russia/"), since a chip has no room for every deep path in full.
 */
export function chipLabels(tags: readonly TagLike[]): Map<string, ChipLabel> {
  const byId = new Map(tags.map((t) => [t.id, t]));
  const ancestors = new Map(tags.map((t) => [t.id, ancestorNames(t, byId)]));
  const byName = new Map<string, TagLike[]>();
  for (const t of tags) byName.set(t.name, [...(byName.get(t.name) ?? []), t]);
  const out = new Map<string, ChipLabel>();
  for (const tag of tags) {
    const own = ancestors.get(tag.id)!;
    const others = byName.get(tag.name)!.filter((t) => t.id !== tag.id).map((t) => ancestors.get(t.id)!);
    const tail = (names: string[], n: number) => names.slice(Math.max(0, names.length - n)).join('/');
    let shown = Math.min(1, own.length);
    while (shown < own.length && others.some((o) => o.length >= shown && tail(o, shown) === tail(own, shown))) shown++;
    const parent = shown > 0 ? `${tail(own, shown)}/` : '';
    out.set(tag.id, { parent, name: tag.name, path: [...own, tag.name].join('/') });
  }
  return out;
}
