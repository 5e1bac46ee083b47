// dossier:// links, written into exported briefings and opened by the app at the passage they name.

export interface DossierLink {
  articleId: string;
  annotationId?: string;
}

const LINK = /^dossier:\/\/article\/([^?#]*)(?:\?([^#]*))?(?:#.*)?$/i;
const ID = /^[A-Za-z0-9_-]{1,128}$/;

function decoded(part: string): string | null {
  try {
    return decodeURIComponent(part);
  } catch {
    return null;
  }
}

/** `dossier://article/<id>?annotation=<id>`; anything else (other schemes, odd ids) is null. */
export function parseDossierLink(url: string): DossierLink | null {
  const m = LINK.exec(url.trim());
  if (!m) return null;
  const articleId = decoded(m[1]!.replace(/\/+$/, ''));
  if (articleId === null || !ID.test(articleId)) return null;
  const query = m[2] ?? '';
  const pair = query.split('&').find((p) => p.startsWith('annotation='));
  const annotationId = pair ? decoded(pair.slice('annotation='.length)) : null;
  return annotationId !== null && ID.test(annotationId) ? { articleId, annotationId } : { articleId };
}

export function dossierLink(articleId: string, annotationId?: string): string {
  const base = `dossier://article/${encodeURIComponent(articleId)}`;
  return annotationId ? `${base}?annotation=${encodeURIComponent(annotationId)}` : base;
}
