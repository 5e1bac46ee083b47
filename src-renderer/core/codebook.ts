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
  const names = [tag.name];
  const seen = new Set([tag.id]);
  let parentId = tag.parentId;
  while (parentId && !seen.has(parentId)) {
    const parent = byId.get(parentId);
    if (!parent) break;
    names.unshift(parent.name);
    seen.add(parent.id);
    parentId = parent.parentId;
  }
  return names.join('/');
}
