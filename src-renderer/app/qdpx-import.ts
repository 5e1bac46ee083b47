// Brings a REFI-QDA project (.qdpx) in: each text source becomes an article in the library, its codes
// become tags (matched by GUID with ours), its codings become annotations found again by their quote in
// the imported text, and its memos come back. Returns the message for the user.
import { importQdpx } from '../core/exports/refi-qda';
import type { AppDeps } from './deps';

export async function importProject({ api, repos }: AppDeps): Promise<string> {
  const { annotations, memos, tags } = repos;
  const picked = await api.openForImport({ kind: 'qdpx' });
  if (!picked.ok) return picked.error.message;
  if (!picked.value) return '';
  const existing = await tags.all();
  const project = importQdpx(picked.value.bytes, existing);
  if (!project.ok) return `Not imported: ${project.error.message}`;
  await tags.importCodebook(project.value.tags);
  let articles = 0;
  let codings = 0;
  for (const source of project.value.sources) {
    // The title line keeps the source's first line in the text (the text importer takes line one as title).
    const pasted = await api.pasteArticle({ text: `${source.name}\n\n${source.text}`, html: false, title: source.name });
    if (!pasted.ok) continue;
    articles++;
    for (const a of source.annotations) {
      // The quote travels with the annotation; the reader finds it in the article's text when it opens.
      await annotations.create({ articleId: pasted.value.id, target: { ...a.target, contentHash: '' }, tagIds: a.tagIds, note: a.note });
      codings++;
    }
    if (source.memo) await memos.set(pasted.value.id, source.memo);
  }
  return `Imported ${articles} sources with ${codings} codings and ${project.value.tags.length} codes from ${picked.value.name}.`;
}
