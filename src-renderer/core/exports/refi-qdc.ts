// REFI-QDA codebooks (.qdc, urn:QDA-XML:codebook:1.0): the tag tree as nested <Code> elements with GUIDs
// and colours, written and read back. Shared by the project export (refi-qda.ts).
import { NEW_TAG_COLORS, type TagDef } from '../codebook';
import { err, ok, type Result } from '../result';
import { childNamed, childrenNamed, element, parseXml, type XmlNode } from './xml';

export const QDC_NAMESPACE = 'urn:QDA-XML:codebook:1.0';

const GUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
const COLOR = /^#[0-9a-fA-F]{6}$/;

function fnv32(text: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h >>> 0;
}

/**
 * A GUID for one of our ids: the id itself when it already is one (lowercase), else a stable GUID made
 * from it (the same id always gives the same GUID, so a re-export keeps them).
 */
export function guidFor(id: string): string {
  if (GUID.test(id)) return id.toLowerCase();
  const hex = [1, 2, 3, 4].map((seed) => fnv32(id, seed * 0x9e3779b1).toString(16).padStart(8, '0')).join('');
  // Version 8 (custom) and the RFC 4122 variant, so validators accept it as a GUID.
  const v = hex.slice(0, 12) + '8' + hex.slice(13, 16) + ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16) + hex.slice(17, 32);
  return `${v.slice(0, 8)}-${v.slice(8, 12)}-${v.slice(12, 16)}-${v.slice(16, 20)}-${v.slice(20, 32)}`;
}

export function isGuid(text: string): boolean {
  return GUID.test(text);
}

/** Children of each parent, in `order` then name; tags whose parent is missing are roots. */
function tree(tags: readonly TagDef[]): Map<string | null, TagDef[]> {
  const ids = new Set(tags.map((t) => t.id));
  const children = new Map<string | null, TagDef[]>();
  for (const t of tags) {
    const parent = t.parentId !== null && ids.has(t.parentId) && t.parentId !== t.id ? t.parentId : null;
    const list = children.get(parent);
    if (list) list.push(t);
    else children.set(parent, [t]);
  }
  for (const list of children.values()) list.sort((a, b) => a.order - b.order || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return children;
}

/** The <Codes> element (nested <Code>s) for a codebook; shared with the project file. */
export function codesXml(tags: readonly TagDef[], indent: string): string {
  const children = tree(tags);
  const seen = new Set<string>();
  const code = (t: TagDef, pad: string): string => {
    seen.add(t.id);
    const kids = (children.get(t.id) ?? []).filter((k) => !seen.has(k.id)).map((k) => code(k, pad + '  '));
    return element('Code', { guid: guidFor(t.id), name: t.name, isCodable: true, color: COLOR.test(t.color) ? t.color.toUpperCase() : undefined }, kids, pad);
  };
  const roots = (children.get(null) ?? []).map((t) => code(t, indent + '  '));
  return roots.length === 0 ? `${indent}<Codes/>` : `${indent}<Codes>\n${roots.join('\n')}\n${indent}</Codes>`;
}

/** A .qdc file: the whole codebook. */
export function exportQdc(tags: readonly TagDef[], origin = 'Dossier'): string {
  return `<?xml version="1.0" encoding="utf-8"?>\n<CodeBook xmlns="${QDC_NAMESPACE}" origin="${origin}">\n${codesXml(tags, '  ')}\n</CodeBook>\n`;
}

/**
 * Tags from a <Codes> element. A code whose GUID is that of an existing tag keeps that tag's id and key;
 * any other takes its GUID (lowercase) as id. A missing or invalid colour gets the next default colour.
 */
export function tagsFromCodes(codes: XmlNode | undefined, existing: readonly TagDef[] = []): TagDef[] {
  const byGuid = new Map(existing.map((t) => [guidFor(t.id), t]));
  const out: TagDef[] = [];
  const used = new Set<string>();
  let colorTurn = 0;
  const walk = (nodes: readonly XmlNode[], parentId: string | null): void => {
    nodes.forEach((node, order) => {
      const guid = (node.attrs['guid'] ?? '').toLowerCase();
      const known = guid ? byGuid.get(guid) : undefined;
      let id = known?.id ?? (guid || guidFor(`${parentId ?? ''}/${node.attrs['name'] ?? ''}/${order}`));
      while (used.has(id)) id = guidFor(id + '+');
      used.add(id);
      const color = node.attrs['color'] ?? '';
      out.push({
        id,
        name: (node.attrs['name'] ?? '').trim() || 'Untitled',
        parentId,
        color: COLOR.test(color) ? color.toLowerCase() : NEW_TAG_COLORS[colorTurn++ % NEW_TAG_COLORS.length]!,
        key: known?.key ?? null,
        order,
      });
      walk(childrenNamed(node, 'Code'), id);
    });
  };
  if (codes) walk(childrenNamed(codes, 'Code'), null);
  return out;
}

/** Reads a .qdc file back into tags (see `tagsFromCodes`). */
export function importQdc(xml: string, existing: readonly TagDef[] = []): Result<TagDef[]> {
  const root = parseXml(xml);
  if (!root || root.name !== 'CodeBook') return err('DAMAGED', 'This file is not a REFI-QDA codebook (.qdc).');
  return ok(tagsFromCodes(childNamed(root, 'Codes'), existing));
}
