// Article dates as a reader wants them: in the user's language and calendar order, the time only where the
// source gives one that means something (a midnight stamp that only stands for "that day" is left out).
// Exports keep the ISO text; this is for showing.

const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?)?)?$/;

export interface ParsedDate {
  year: number;
  month?: number;
  day?: number;
  /** Set when the source gave a time of day other than the first minute after midnight. */
  instant?: Date;
}

/** Reads an ISO 8601 date (year, year-month, date, or date and time with or without an offset); null otherwise. */
export function parseArticleDate(text: string): ParsedDate | null {
  const m = ISO.exec(text.trim());
  if (!m) return null;
  const [, y, mo, d, h, mi, s, zone] = m;
  const year = Number(y);
  const month = mo === undefined ? undefined : Number(mo);
  const day = d === undefined ? undefined : Number(d);
  if (month !== undefined && (month < 1 || month > 12)) return null;
  if (day !== undefined && (day < 1 || day > 31)) return null;
  const out: ParsedDate = { year, ...(month !== undefined ? { month } : {}), ...(day !== undefined ? { day } : {}) };
  if (h === undefined || day === undefined || month === undefined) return out;
  // 00:00 (to the minute) is how many sites write a date alone.
  if (Number(h) === 0 && Number(mi) === 0) return out;
  const offset = zone === undefined ? '' : zone === 'Z' ? 'Z' : zone.length === 5 ? `${zone.slice(0, 3)}:${zone.slice(3)}` : zone;
  const instant = new Date(`${y}-${mo}-${d}T${h}:${mi}:${s ?? '00'}${offset}`);
  return Number.isNaN(instant.getTime()) ? out : { ...out, instant };
}

/**
 * The date for showing in `locale` (default: the user's): "3 Jan 2019, 07:00", "13 Jan 2017", "March 2024",
 * "2024". Text that is not an ISO date is shown as it is.
 */
export function formatArticleDate(text: string | undefined, locale?: string, timeZone?: string): string {
  if (!text) return '';
  const parsed = parseArticleDate(text);
  if (!parsed) return text.trim();
  const zone = timeZone ? { timeZone } : {};
  if (parsed.instant) return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', ...zone }).format(parsed.instant);
  // A calendar day (or month, or year) is shown as that day wherever the reader is: built in UTC, shown in UTC.
  const utc = new Date(Date.UTC(parsed.year, (parsed.month ?? 1) - 1, parsed.day ?? 1));
  if (parsed.day !== undefined) return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(utc);
  if (parsed.month !== undefined) return new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(utc);
  return String(parsed.year);
}

/** Who and where, then when: byline, source and date joined with " · ", a name said twice said once. */
export function articleCredit(parts: { byline?: string | undefined; source?: string | undefined; published?: string | undefined }, locale?: string): string {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const part of [parts.byline, parts.source, formatArticleDate(parts.published, locale)]) {
    const text = part?.trim();
    if (!text) continue;
    const key = text.toLocaleLowerCase().normalize('NFKC');
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(text);
  }
  return out.join(' · ');
}
