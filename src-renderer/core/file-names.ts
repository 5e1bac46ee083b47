// Export file names from the user's pattern, e.g. "{date} {title}" -> "2026-06-03-drought-pushes-...md".
import { slugify } from './markdown';

export const DEFAULT_FILE_NAME_PATTERN = '{title}';
export const FILE_NAME_TOKENS = ['{title}', '{date}', '{source}', '{today}'] as const;

export interface FileNameFields {
  title: string;
  /** The article's date (ISO); empty when unknown. */
  date?: string;
  source?: string;
  /** The export day, YYYY-MM-DD. */
  today: string;
}

/** The pattern's tokens filled in, each part made a slug; never empty. */
export function fileNameFromPattern(pattern: string, fields: FileNameFields, extension: string): string {
  const values: Record<string, string> = {
    '{title}': fields.title,
    '{date}': (fields.date ?? '').slice(0, 10),
    '{source}': fields.source ?? '',
    '{today}': fields.today,
  };
  const filled = (pattern.trim() || DEFAULT_FILE_NAME_PATTERN).replace(/\{(title|date|source|today)\}/g, (token) => values[token] ?? '');
  const slug = slugify(filled);
  return `${slug}${extension}`;
}
