// A backup described in plain language for the Backups dialog: when it was made, how big it is, what it
// holds (articles with notes, annotations, tags, memos, briefings), and what a merge or a replace of it
// would change. No table names: the user never sees `articleMeta: 0`.
import type { BackupSummary, RestorePreview } from './exports/backup-format';

/** The tables a user thinks of, in the order they are named, with their singular and plural names. */
const KINDS: readonly (readonly [table: string, one: string, many: string])[] = [
  ['annotations', 'annotation', 'annotations'],
  ['tags', 'tag', 'tags'],
  ['memos', 'article memo', 'article memos'],
  ['briefings', 'briefing', 'briefings'],
];

/** "1 annotation", "3 annotations", "no tags". */
export function count(n: number, one: string, many: string): string {
  return n === 0 ? `no ${many}` : `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
}

/** "Today at 14:05", "Yesterday at 09:00", or the full date and time in the user's language. */
export function backupWhen(iso: string, now: Date, locale?: string, timeZone?: string): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  const zone = timeZone ? { timeZone } : {};
  const day = (d: Date) => new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', ...zone }).format(d);
  const time = new Intl.DateTimeFormat(locale, { timeStyle: 'short', ...zone }).format(at);
  if (day(at) === day(now)) return `Today at ${time}`;
  if (day(at) === day(new Date(now.getTime() - 86_400_000))) return `Yesterday at ${time}`;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeStyle: 'short', ...zone }).format(at);
}

/** "820 KB", "1.4 MB". */
export function backupSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** "12 articles with notes: 340 annotations, 25 tags, 3 article memos and 2 briefings." */
export function backupHolds(summary: BackupSummary): string {
  const parts = KINDS.map(([table, one, many]) => count(summary.tables[table] ?? 0, one, many));
  return capitalise(`${count(summary.articlesWithNotes, 'article with notes', 'articles with notes')}: ${list(parts)}.`);
}

/** What a merge does: "Adds 12 annotations and 1 briefing; updates 3 annotations to newer versions. Nothing is removed." */
export function mergeWords(preview: RestorePreview): string {
  const added: string[] = [];
  const updated: string[] = [];
  for (const [table, one, many] of KINDS) {
    const m = preview.merge[table];
    if (m?.added) added.push(count(m.added, one, many));
    if (m?.updated) updated.push(count(m.updated, one, many));
  }
  if (added.length === 0 && updated.length === 0) return 'Changes nothing: everything in this backup is already here, as new or newer.';
  const said: string[] = [];
  if (added.length) said.push(`adds ${list(added)}`);
  if (updated.length) said.push(`updates ${list(updated)} to the backup's newer versions`);
  return `${capitalise(said.join('; '))}. Nothing is removed.`;
}

/** What a replace does: "Leaves exactly this backup: 340 annotations (now 352: 12 not in the backup go) ..." */
export function replaceWords(preview: RestorePreview): string {
  const dropped: string[] = [];
  const after: string[] = [];
  for (const [table, one, many] of KINDS) {
    const r = preview.replace[table];
    if (!r) continue;
    after.push(count(r.after, one, many));
    if (r.dropped) dropped.push(count(r.dropped, one, many));
  }
  const lead = `Leaves exactly what the backup holds: ${list(after)}.`;
  if (dropped.length === 0) return `${lead} Nothing here now is missing from it.`;
  return `${lead} Removes ${list(dropped)} that it does not have; what is here now is backed up first.`;
}

function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
