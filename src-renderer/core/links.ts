// dossier:// links, written into exported briefings and opened by the app at the passage they name.

export interface DossierLink {
  articleId: string;
  annotationId?: string;
  /** A text offset to open the article at (a statement that is no annotation, e.g. one by a speaker). */
  at?: number;
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

/** `dossier://article/<id>?annotation=<id>` or `?at=<offset>`; anything else (other schemes, odd ids) is null. */
export function parseDossierLink(url: string): DossierLink | null {
  const m = LINK.exec(url.trim());
  if (!m) return null;
  const articleId = decoded(m[1]!.replace(/\/+$/, ''));
  if (articleId === null || !ID.test(articleId)) return null;
  const query = m[2] ?? '';
  const pair = query.split('&').find((p) => p.startsWith('annotation='));
  const annotationId = pair ? decoded(pair.slice('annotation='.length)) : null;
  if (annotationId !== null && ID.test(annotationId)) return { articleId, annotationId };
  const at = query.split('&').find((p) => /^at=\d{1,10}$/.test(p));
  return at ? { articleId, at: Number(at.slice(3)) } : { articleId };
}

export function dossierLink(articleId: string, annotationId?: string, at?: number): string {
  const base = `dossier://article/${encodeURIComponent(articleId)}`;
  if (annotationId) return `${base}?annotation=${encodeURIComponent(annotationId)}`;
  return at !== undefined && Number.isSafeInteger(at) && at >= 0 ? `${base}?at=${at}` : base;
}
