// REFI-QDA projects (.qdpx: a zip with project.qde, urn:QDA-XML:project:1.0, and sources/<guid>.txt):
// articles as TextSources, annotations as PlainTextSelections with Codings, notes and memos; and back.
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { Article } from '../article';
import { describeRange, type AnnotationTarget } from '../anchoring';
import type { TagDef } from '../codebook';
import { err, ok, type Result } from '../result';
import { codesXml, guidFor, isGuid, tagsFromCodes } from './refi-qdc';
import { childNamed, childrenNamed, element, escapeXml, parseXml, textElement } from './xml';

export const QDE_NAMESPACE = 'urn:QDA-XML:project:1.0';

export interface QdaAnnotation {
  id: string;
  tagIds: readonly string[];
  note: string;
  /** UTF-16 offsets into the article text; null for an annotation whose text is no longer found. */
  range: { start: number; end: number } | null;
  createdAt: number;
  updatedAt: number;
}

export interface QdaArticle {
  article: Pick<Article, 'id' | 'title' | 'text'>;
  annotations: readonly QdaAnnotation[];
  memo?: { body: string; updatedAt: number };
}

export interface QdpxInput {
  projectName: string;
  articles: readonly QdaArticle[];
  tags: readonly TagDef[];
  exportedAt: Date;
  userName?: string;
}

/**
 * Code-point offsets for UTF-16 offsets: REFI-QDA counts characters (Unicode code points), we count
 * UTF-16 units. The table is built only for texts with astral characters (emoji, rare CJK...).
 */
export function codePointOffsets(text: string): (utf16: number) => number {
  if (!/[\uD800-\uDFFF]/.test(text)) return (u) => u;
  const table = new Uint32Array(text.length + 1);
  let cp = 0;
  for (let i = 0; i < text.length; i++) {
    table[i] = cp;
    const c = text.charCodeAt(i);
    if (!(c >= 0xdc00 && c <= 0xdfff && i > 0 && text.charCodeAt(i - 1) >= 0xd800 && text.charCodeAt(i - 1) <= 0xdbff)) cp++;
    else table[i] = cp - 1; // inside a pair: the pair's own start
  }
  table[text.length] = cp;
  return (u) => table[Math.max(0, Math.min(text.length, u))]!;
}

/** UTF-16 offsets for code-point offsets (the inverse of `codePointOffsets`). */
export function utf16Offsets(text: string): (codePoint: number) => number {
  if (!/[\uD800-\uDFFF]/.test(text)) return (c) => Math.max(0, Math.min(text.length, c));
  const starts: number[] = [];
  for (let i = 0; i < text.length; i++) {
    starts.push(i);
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
  }
  starts.push(text.length);
  return (c) => starts[Math.max(0, Math.min(starts.length - 1, c))]!;
}

const iso = (ms: number): string => new Date(Number.isFinite(ms) ? ms : 0).toISOString();

export interface QdpxOutput {
  zip: Uint8Array;
  /** Annotations left out because they have no place in the current text (orphans). */
  skipped: string[];
}

/** A .qdpx project: Users, CodeBook, Sources (text in sources/<guid>.txt), Notes for memos. */
export function exportQdpx(input: QdpxInput): QdpxOutput {
  const user = guidFor(`user:${input.userName ?? 'Dossier'}`);
  const created = input.exportedAt.toISOString();
  const files: Record<string, Uint8Array> = {};
  const skipped: string[] = [];
  const sources: string[] = [];
  const notes: string[] = [];
  for (const { article, annotations, memo } of input.articles) {
    const guid = guidFor(`source:${article.id}`);
    // UTF-8, no BOM, LF: what REFI-QDA asks for; our text is already NFC with LF.
    files[`sources/${guid}.txt`] = strToU8(article.text);
    const cp = codePointOffsets(article.text);
    const children: string[] = [];
    for (const a of annotations) {
      if (!a.range) {
        skipped.push(a.id);
        continue;
      }
      const parts: string[] = [];
      if (a.note.trim() !== '') parts.push(textElement('Description', a.note, '        '));
      for (const tagId of a.tagIds) {
        parts.push(element('Coding', { guid: guidFor(`coding:${a.id}:${tagId}`), creatingUser: user, creationDateTime: iso(a.createdAt) }, [element('CodeRef', { targetGUID: guidFor(tagId) }, [], '          ')], '        '));
      }
      children.push(
        element(
          'PlainTextSelection',
          {
            guid: guidFor(a.id),
            name: article.text.slice(a.range.start, a.range.end).slice(0, 200),
            startPosition: cp(a.range.start),
            endPosition: cp(a.range.end),
            creatingUser: user,
            creationDateTime: iso(a.createdAt),
            modifyingUser: user,
            modifiedDateTime: iso(a.updatedAt),
          },
          parts,
          '      ',
        ),
      );
    }
    if (memo && memo.body.trim() !== '') {
      const noteGuid = guidFor(`memo:${article.id}`);
      notes.push(element('Note', { guid: noteGuid, name: `Memo: ${article.title}`, creatingUser: user, creationDateTime: iso(memo.updatedAt), modifiedDateTime: iso(memo.updatedAt) }, [textElement('PlainTextContent', memo.body, '      ')], '    '));
      children.push(element('NoteRef', { targetGUID: noteGuid }, [], '      '));
    }
    sources.push(element('TextSource', { guid, name: article.title, plainTextPath: `internal://${guid}.txt`, creatingUser: user, creationDateTime: created }, children, '    '));
  }
  const project = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<Project xmlns="${QDE_NAMESPACE}" name="${escapeXml(input.projectName)}" origin="Dossier" creatingUserGUID="${user}" creationDateTime="${created}">`,
    '  <Users>',
    element('User', { guid: user, name: input.userName ?? 'Dossier' }, [], '    '),
    '  </Users>',
    '  <CodeBook>',
    codesXml(input.tags, '    '),
    '  </CodeBook>',
    sources.length > 0 ? `  <Sources>\n${sources.join('\n')}\n  </Sources>` : '',
    notes.length > 0 ? `  <Notes>\n${notes.join('\n')}\n  </Notes>` : '',
    '</Project>',
    '',
  ].filter((line, i, all) => line !== '' || i === all.length - 1);
  files['project.qde'] = strToU8(project.join('\n'));
  return { zip: zipSync(files, { level: 6 }), skipped };
}

export interface ImportedAnnotation {
  id: string;
  tagIds: string[];
  note: string;
  target: AnnotationTarget;
  createdAt: number;
  updatedAt: number;
}

export interface ImportedSource {
  guid: string;
  name: string;
  text: string;
  annotations: ImportedAnnotation[];
  memo?: string;
}

export interface ImportedProject {
  name: string;
  tags: TagDef[];
  sources: ImportedSource[];
}

function time(text: string | undefined, fallback: number): number {
  const t = text ? Date.parse(text) : Number.NaN;
  return Number.isNaN(t) ? fallback : t;
}

/**
 * Reads a .qdpx (ours, or any with plain-text sources) back into tags, sources with their text, annotations
 * (W3C selectors built from the code-point offsets on that text; `hashText` gives the content hash) and
 * memos (a source's NoteRefs). Tags match `existing` ones by GUID (see tagsFromCodes).
 */
export function importQdpx(zip: Uint8Array, existing: readonly TagDef[] = [], hashText: (text: string) => string = () => ''): Result<ImportedProject> {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(zip);
  } catch {
    return err('DAMAGED', 'This file is not a REFI-QDA project (.qdpx): it is not a zip archive.');
  }
  const qde = files['project.qde'];
  const root = qde ? parseXml(strFromU8(qde)) : null;
  if (!root || root.name !== 'Project') return err('DAMAGED', 'This .qdpx has no readable project.qde.');
  const codeBook = childNamed(root, 'CodeBook');
  const tags = tagsFromCodes(codeBook ? childNamed(codeBook, 'Codes') : undefined, existing);
  const tagByGuid = new Map(tags.map((t) => [guidFor(t.id), t.id]));
  const notesNode = childNamed(root, 'Notes');
  const noteText = new Map<string, string>();
  for (const note of notesNode ? childrenNamed(notesNode, 'Note') : []) {
    noteText.set((note.attrs['guid'] ?? '').toLowerCase(), childNamed(note, 'PlainTextContent')?.text ?? '');
  }
  const sources: ImportedSource[] = [];
  const sourcesNode = childNamed(root, 'Sources');
  for (const source of sourcesNode ? childrenNamed(sourcesNode, 'TextSource') : []) {
    const guid = (source.attrs['guid'] ?? '').toLowerCase();
    const path = source.attrs['plainTextPath'] ?? '';
    const internal = path.startsWith('internal://') ? files[`sources/${path.slice('internal://'.length)}`] : undefined;
    const text = internal ? strFromU8(internal).replace(/^\uFEFF/, '') : (childNamed(source, 'PlainTextContent')?.text ?? null);
    if (text === null) continue;
    const hash = hashText(text);
    const toUtf16 = utf16Offsets(text);
    const annotations: ImportedAnnotation[] = [];
    for (const sel of childrenNamed(source, 'PlainTextSelection')) {
      const start = toUtf16(Number(sel.attrs['startPosition']));
      const end = toUtf16(Number(sel.attrs['endPosition']));
      if (!Number.isInteger(Number(sel.attrs['startPosition'])) || !Number.isInteger(Number(sel.attrs['endPosition'])) || end < start) continue;
      const selGuid = (sel.attrs['guid'] ?? '').toLowerCase();
      const createdAt = time(sel.attrs['creationDateTime'], 0);
      const tagIds = childrenNamed(sel, 'Coding').flatMap((c) => childrenNamed(c, 'CodeRef').map((r) => tagByGuid.get((r.attrs['targetGUID'] ?? '').toLowerCase())).filter((id): id is string => id !== undefined));
      const noteParts = [childNamed(sel, 'Description')?.text ?? '', ...childrenNamed(sel, 'NoteRef').map((r) => noteText.get((r.attrs['targetGUID'] ?? '').toLowerCase()) ?? '')].filter((t) => t !== '');
      annotations.push({
        id: isGuid(selGuid) ? selGuid : guidFor(`${guid}:${start}:${end}`),
        tagIds: [...new Set(tagIds)],
        note: noteParts.join('\n\n'),
        target: describeRange(text, start, end, hash),
        createdAt,
        updatedAt: time(sel.attrs['modifiedDateTime'], createdAt),
      });
    }
    const memo = childrenNamed(source, 'NoteRef').map((r) => noteText.get((r.attrs['targetGUID'] ?? '').toLowerCase()) ?? '').filter((t) => t !== '').join('\n\n');
    sources.push({ guid, name: source.attrs['name'] ?? '', text, annotations, ...(memo !== '' ? { memo } : {}) });
  }
  return ok({ name: root.attrs['name'] ?? '', tags, sources });
}
