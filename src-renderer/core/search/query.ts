// The search box's query language, parsed into a small syntax tree and written back (`formatQuery`):
// words (all must match), "exact phrase", -word and -"phrase", prefix*, OR between two clauses, and
// filters (tag:, source:, title:, has:, is:, collection:, lang:, format:, before:, after:, on:).
// Parsing never throws: a query it cannot read gives an error a user can act on, shown under the field.

import { err, ok, type Result } from '../result';

export const FILTER_FIELDS = ['tag', 'source', 'title', 'has', 'is', 'collection', 'lang', 'format', 'before', 'after', 'on'] as const;
export type FilterField = (typeof FILTER_FIELDS)[number];

/** A word as typed (punctuation inside it kept: the analyser splits "state-owned" into two words). */
export interface WordClause {
  type: 'word';
  text: string;
  /** `word*`: any word starting with it. */
  prefix: boolean;
  negated: boolean;
}

export interface PhraseClause {
  type: 'phrase';
  /** What was between the quotation marks; never holds a quotation mark. */
  text: string;
  negated: boolean;
}

export interface FilterClause {
  type: 'filter';
  field: FilterField;
  /** Never empty; holds white space only if it was quoted, and then no quotation mark. */
  value: string;
  negated: boolean;
}

/** `a OR b OR c`: any of them. Its options are never negated and never an OR themselves. */
export interface OrClause {
  type: 'or';
  options: (WordClause | PhraseClause | FilterClause)[];
}

export type Clause = WordClause | PhraseClause | FilterClause | OrClause;

/** All clauses must hold (AND). */
export interface Query {
  clauses: Clause[];
}

const FILTER_VALUES: Partial<Record<FilterField, readonly string[]>> = {
  has: ['note', 'tag'],
  is: ['unread', 'read'],
};
const DATE_FIELDS: readonly FilterField[] = ['before', 'after', 'on'];

/** A date filter's value: a year, a month or a day (2024, 2024-03, 2024-03-15), and a real one. */
export function isQueryDate(value: string): boolean {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!m) return false;
  const month = m[2] === undefined ? 1 : Number(m[2]);
  if (month < 1 || month > 12) return false;
  if (m[3] === undefined) return true;
  const day = Number(m[3]);
  const days = new Date(Date.UTC(Number(m[1]), month, 0)).getUTCDate();
  return day >= 1 && day <= days;
}

function isFilterField(name: string): name is FilterField {
  return (FILTER_FIELDS as readonly string[]).includes(name);
}

function checkFilter(field: FilterField, value: string): string | null {
  const allowed = FILTER_VALUES[field];
  if (allowed && !allowed.includes(value.toLowerCase())) return `${field}: takes ${allowed.join(' or ')}`;
  if (DATE_FIELDS.includes(field) && !isQueryDate(value)) return `${field}: needs a date like 2024, 2024-03 or 2024-03-15`;
  return null;
}

const SPACE = /\s/u;

/** Parses a query; never throws. An empty query parses to no clauses. */
export function parseQuery(input: string): Result<Query> {
  try {
    return parse(input);
  } catch {
    // Nothing below should throw; if it ever does, the user still gets a message, not an exception.
    return err('INVALID_PAYLOAD', 'This search could not be read');
  }
}

type Single = WordClause | PhraseClause | FilterClause;

function parse(input: string): Result<Query> {
  const clauses: Clause[] = [];
  let i = 0;
  const n = input.length;
  /** An OR was read and waits for its right-hand clause. */
  let pendingOr = false;

  const push = (clause: Single): Result<null> => {
    if (pendingOr) {
      pendingOr = false;
      if (clause.negated) return err('INVALID_PAYLOAD', 'An excluded word cannot be one side of OR');
      const left = clauses.pop();
      if (!left) return err('INVALID_PAYLOAD', 'OR needs something on each side');
      if (left.type === 'or') left.options.push(clause);
      else if (left.negated) return err('INVALID_PAYLOAD', 'An excluded word cannot be one side of OR');
      else clauses.push({ type: 'or', options: [left, clause] });
      if (left.type === 'or') clauses.push(left);
      return ok(null);
    }
    clauses.push(clause);
    return ok(null);
  };

  while (i < n) {
    if (SPACE.test(input[i]!)) {
      i++;
      continue;
    }
    let negated = false;
    if (input[i] === '-' && i + 1 < n && !SPACE.test(input[i + 1]!)) {
      negated = true;
      i++;
    }
    if (input[i] === '"') {
      const close = input.indexOf('"', i + 1);
      if (close < 0) return err('INVALID_PAYLOAD', 'A quotation mark is not closed');
      const text = input.slice(i + 1, close);
      i = close + 1;
      // An empty phrase asks for nothing; it is dropped rather than refused.
      if (text.trim() === '') continue;
      const r = push({ type: 'phrase', text, negated });
      if (!r.ok) return r;
      continue;
    }
    let end = i;
    while (end < n && !SPACE.test(input[end]!) && input[end] !== '"') end++;
    const chunk = input.slice(i, end);
    i = end;
    if (chunk === '') {
      // A lone '-' before a quotation mark was handled above; a '-' before white space is no clause.
      continue;
    }
    if (chunk === 'OR' && !negated) {
      if (pendingOr || clauses.length === 0) return err('INVALID_PAYLOAD', 'OR needs something on each side');
      pendingOr = true;
      continue;
    }
    const colon = chunk.indexOf(':');
    const name = colon > 0 ? chunk.slice(0, colon).toLowerCase() : '';
    if (colon > 0 && isFilterField(name)) {
      let value = chunk.slice(colon + 1);
      if (value === '' && input[i] === '"') {
        const close = input.indexOf('"', i + 1);
        if (close < 0) return err('INVALID_PAYLOAD', 'A quotation mark is not closed');
        value = input.slice(i + 1, close);
        i = close + 1;
      }
      if (value.trim() === '') return err('INVALID_PAYLOAD', `${name}: needs a value, as in ${example(name)}`);
      const problem = checkFilter(name, value);
      if (problem) return err('INVALID_PAYLOAD', problem);
      const r = push({ type: 'filter', field: name, value, negated });
      if (!r.ok) return r;
      continue;
    }
    const prefix = chunk.length > 1 && chunk.endsWith('*');
    const text = prefix ? chunk.replace(/\*+$/, '') : chunk;
    if (text === '' || /^\*+$/.test(text)) return err('INVALID_PAYLOAD', 'A * goes at the end of the start of a word, as in negotiat*');
    const r = push({ type: 'word', text, prefix: prefix && text.length > 0, negated });
    if (!r.ok) return r;
  }
  if (pendingOr) return err('INVALID_PAYLOAD', 'OR needs something on each side');
  return ok({ clauses });
}

function example(field: FilterField): string {
  switch (field) {
    case 'tag':
      return 'tag:Claim or tag:"Actor/Vladimir Putin"';
    case 'has':
      return 'has:note';
    case 'is':
      return 'is:unread';
    case 'lang':
      return 'lang:ru';
    case 'format':
      return 'format:pdf';
    case 'before':
    case 'after':
    case 'on':
      return `${field}:2024-03`;
    default:
      return `${field}:"two words"`;
  }
}

function formatSingle(c: Single): string {
  const sign = c.negated ? '-' : '';
  switch (c.type) {
    case 'word':
      return `${sign}${c.text}${c.prefix ? '*' : ''}`;
    case 'phrase':
      return `${sign}"${c.text}"`;
    case 'filter': {
      const quoted = /\s/u.test(c.value) || c.value.startsWith('"');
      return `${sign}${c.field}:${quoted ? `"${c.value}"` : c.value}`;
    }
  }
}

/** The query written back as text that parses to the same tree (saved searches are kept this way). */
export function formatQuery(query: Query): string {
  return query.clauses.map((c) => (c.type === 'or' ? c.options.map(formatSingle).join(' OR ') : formatSingle(c))).join(' ');
}
