// Small helpers shared by the importers: titles from file names, inert link hrefs, ISO dates, meta tidying.
import type { ParsedArticle } from './model';

/** "reports/2022-02-22_putin-aliyev.txt" -> "2022-02-22 putin aliyev". */
export function titleFromFileName(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  const stem = base.replace(/\.[^.]+$/, '');
  const title = stem.replace(/[_]+/g, ' ').replace(/\s+/g, ' ').trim();
  return title || base || 'Untitled';
}

/** The lower-cased extension with its dot, e.g. ".md"; "" when there is none. */
export function extensionOf(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot).toLowerCase() : '';
}

const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/**
 * An href kept as inert data only when its parsed protocol is http, https or mailto; relative links are
 * resolved against `baseUrl` when one is known, else dropped. Returns undefined for anything else.
 */
export function safeHref(raw: string | null | undefined, baseUrl?: string): string | undefined {
  if (!raw) return undefined;
  // Browsers ignore ASCII whitespace and controls inside URLs ("java\tscript:"): strip them before parsing.
  // eslint-disable-next-line no-control-regex
  const cleaned = raw.replace(/[\u0000-\u0020\u007f]+/g, '');
  if (!cleaned || cleaned.startsWith('#')) return undefined;
  let url: URL;
  try {
    url = baseUrl ? new URL(cleaned, baseUrl) : new URL(cleaned);
  } catch {
    return undefined;
  }
  if (!SAFE_PROTOCOLS.has(url.protocol)) return undefined;
  return url.href;
}

/** An ISO 8601 date (or date-time) from a Date or a date-like string; the input string when unparseable. */
export function isoDate(value: unknown): string | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString();
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return undefined;
  const s = value.trim();
  if (!s) return undefined;
  if (/^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(s)) return s.replace(' ', 'T');
  const t = Date.parse(s);
  return Number.isNaN(t) ? s : new Date(t).toISOString();
}

/** A one-line string with ASCII whitespace runs collapsed (no-break spaces kept), or undefined when empty. */
export function clean(value: unknown): string | undefined {
  if (value === null || value === undefined) return undefined;
  const s = (Array.isArray(value) ? value.map(String).join(', ') : String(value)).replace(/[\t\n\f\r ]+/g, ' ').trim();
  return s || undefined;
}

/** Primary BCP 47-ish tag: "en_US" -> "en-US"; undefined when it does not look like a language tag. */
export function cleanLang(value: unknown): string | undefined {
  const s = clean(value)?.replace(/_/g, '-');
  return s && /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(s) ? s : undefined;
}

/** Removes undefined optional fields so results compare and serialise cleanly. */
export function tidy(article: ParsedArticle): ParsedArticle {
  const out = { ...article } as Record<string, unknown>;
  for (const key of Object.keys(out)) if (out[key] === undefined) delete out[key];
  return out as unknown as ParsedArticle;
}
