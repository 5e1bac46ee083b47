// Statements are built as plain DOM per block (block-content.ts) and their looks written straight onto
// them (statement-looks.svelte.ts): the text is exactly the article's, hostile text stays text, and a
// statement shows its tags, note, current state and range whether it was drawn before or after the change.
import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import { fillBlock } from '../../src-renderer/app/block-content';
import { StatementLooks } from '../../src-renderer/app/statement-looks.svelte';
import { UNTAGGED, type Decor } from '../../src-renderer/app/tagging.svelte';
import type { Block, Mark } from '../../src-renderer/core/article';
import { buildReadingModel, statementId, toStatements, type BlockView, type Statement } from '../../src-renderer/core/reading-model';

const TEXT = 'First one. <img src=x onerror=alert(1)> is text. Last **one**.\n\nSecond block here.';
const BLOCKS: Block[] = [
  { kind: 'paragraph', start: 0, end: 62 },
  { kind: 'paragraph', start: 64, end: 82 },
];
const MARKS: Mark[] = [{ kind: 'link', start: 2, end: 5, href: 'https://example.org/a' }];
const SPANS = [
  { start: 0, end: 10 },
  { start: 11, end: 48 },
  { start: 49, end: 62 },
  { start: 64, end: 82 },
];

function views(statements: readonly Statement[]): BlockView[] {
  return buildReadingModel({ text: TEXT, blocks: BLOCKS, marks: MARKS }, statements).flatMap((u) => (u.kind === 'list' ? u.items : [u.view]));
}

/** The text a block's element spells, margin number left out. */
function spelled(element: HTMLElement): string {
  return [...element.childNodes].filter((n) => !(n instanceof HTMLElement && n.classList.contains('pnum'))).map((n) => n.textContent).join('');
}

const tagged: Decor = { names: 'Claim Figure', color: '#dc2626', band: 'linear-gradient(#dc2626, #2563eb)', note: 'check the date', bare: false };

describe('block content', () => {
  it('spells exactly the block\'s text, keeps markup-like text as text, and marks statements and links', () => {
    const statements = toStatements(BLOCKS, SPANS);
    const [first] = views(statements);
    const element = document.createElement('p');
    let looks!: StatementLooks;
    const stop = $effect.root(() => {
      looks = new StatementLooks({ statements: () => statements, isStatement: () => true, decorByKey: () => new Map(), speakerByKey: () => new Map(), currentId: () => null, rangeIds: () => new Set() });
    });
    flushSync();
    fillBlock(element, first!, looks);
    expect(spelled(element)).toBe(TEXT.slice(0, 62));
    expect(element.querySelector('img')).toBeNull();
    expect(element.querySelector('.pnum')?.textContent).toBe('1');
    const ids = [...element.querySelectorAll('[data-statement]')].map((e) => e.getAttribute('data-statement'));
    expect(ids).toEqual(SPANS.slice(0, 3).map((s) => statementId(s.start, s.end)));
    const link = element.querySelector('.mark-link') as HTMLElement;
    expect(link.textContent).toBe('rst');
    expect(link.title).toBe('https://example.org/a');
    // The first statement is the Tab stop when none is current.
    expect((element.querySelector('[data-statement]') as HTMLElement).tabIndex).toBe(0);
    stop();
  });
});

describe('statement looks', () => {
  it('writes tags, note, current and range onto drawn statements, and takes them off again', () => {
    const statements = toStatements(BLOCKS, SPANS);
    const ids = SPANS.map((s) => statementId(s.start, s.end));
    const sources = $state({ decor: new Map<string, Decor>(), current: null as string | null, range: new Set<string>() });
    let looks!: StatementLooks;
    const stop = $effect.root(() => {
      looks = new StatementLooks({
        statements: () => statements,
        isStatement: (id) => ids.includes(id),
        decorByKey: () => sources.decor,
        speakerByKey: () => new Map(),
        currentId: () => sources.current,
        rangeIds: () => sources.range,
      });
    });
    // Tagged before the block is drawn, and a passage key that is no statement (ignored here).
    sources.decor = new Map([[ids[1]!, tagged], ['p3-20', tagged]]);
    flushSync();
    const element = document.createElement('p');
    const cleanup = fillBlock(element, views(statements)[0]!, looks);
    const second = element.querySelector(`[data-statement="${ids[1]}"]`) as HTMLElement;
    expect(second.classList.contains('tagged')).toBe(true);
    expect(second.classList.contains('noted')).toBe(true);
    expect(second.classList.contains('banded')).toBe(true);
    expect(second.getAttribute('data-tags')).toBe('Claim Figure');
    expect(second.title).toBe('check the date');
    expect(second.style.getPropertyValue('--tag-color')).toBe('#dc2626');

    // Current and range, drawn already.
    sources.current = ids[2]!;
    sources.range = new Set([ids[1]!, ids[2]!]);
    flushSync();
    const third = element.querySelector(`[data-statement="${ids[2]}"]`) as HTMLElement;
    expect(third.getAttribute('aria-current')).toBe('true');
    expect(third.classList.contains('current')).toBe(true);
    expect(third.tabIndex).toBe(0);
    expect(second.classList.contains('in-range')).toBe(true);
    const first = element.querySelector(`[data-statement="${ids[0]}"]`) as HTMLElement;
    expect(first.tabIndex).toBe(-1);

    // Untagged and moved on: back to plain, with no stray attributes.
    sources.decor = new Map();
    sources.current = ids[0]!;
    sources.range = new Set();
    flushSync();
    expect(second.className).toBe('statement');
    expect(second.hasAttribute('title')).toBe(false);
    expect(second.hasAttribute('style')).toBe(false);
    expect(second.getAttribute('data-tags')).toBe('');
    expect(third.hasAttribute('aria-current')).toBe(false);
    expect(third.tabIndex).toBe(-1);
    expect(first.getAttribute('aria-current')).toBe('true');
    expect(looks.lookOf(ids[1]!).decor).toBe(UNTAGGED);

    // A statement that left the page is no longer written to.
    cleanup();
    sources.decor = new Map([[ids[0]!, tagged]]);
    flushSync();
    expect(first.classList.contains('tagged')).toBe(false);
    expect(looks.lookOf(ids[0]!).decor).toBe(tagged);
    stop();
  });

  it('writes the speaker as data-speaker on statements drawn before and after it is known, and takes it off', () => {
    const statements = toStatements(BLOCKS, SPANS);
    const ids = SPANS.map((s) => statementId(s.start, s.end));
    const sources = $state({ speakers: new Map<string, string>(), current: null as string | null });
    let looks!: StatementLooks;
    const stop = $effect.root(() => {
      looks = new StatementLooks({
        statements: () => statements,
        isStatement: (id) => ids.includes(id),
        decorByKey: () => new Map(),
        speakerByKey: () => sources.speakers,
        currentId: () => sources.current,
        rangeIds: () => new Set(),
      });
    });
    const element = document.createElement('p');
    element.className = 'block';
    const cleanup = fillBlock(element, views(statements)[0]!, looks);
    const [first, second] = [...element.querySelectorAll<HTMLElement>('[data-statement]')];
    expect(first!.hasAttribute('data-speaker')).toBe(false);
    sources.speakers = new Map([[ids[1]!, 'Vladimir Putin']]);
    flushSync();
    expect(second!.getAttribute('data-speaker')).toBe('Vladimir Putin');
    expect(first!.hasAttribute('data-speaker')).toBe(false);
    // Hovering shows who said it; the block of the current statement carries its speaker for the label.
    expect(second!.title).toBe('— Vladimir Putin');
    expect(element.hasAttribute('data-current-speaker')).toBe(false);
    sources.current = ids[1]!;
    flushSync();
    expect(element.getAttribute('data-current-speaker')).toBe('Vladimir Putin');
    sources.current = ids[0]!;
    flushSync();
    expect(element.hasAttribute('data-current-speaker')).toBe(false);
    // Drawn again (scrolled back into view): the speaker is there from the start.
    cleanup();
    const again = document.createElement('p');
    fillBlock(again, views(statements)[0]!, looks);
    expect(again.querySelector(`[data-statement="${ids[1]}"]`)!.getAttribute('data-speaker')).toBe('Vladimir Putin');
    sources.speakers = new Map();
    flushSync();
    expect(again.querySelector(`[data-statement="${ids[1]}"]`)!.hasAttribute('data-speaker')).toBe(false);
    stop();
  });

  it('starts from plain when the text changes, so an id naming other text keeps no old look', () => {
    const before = toStatements(BLOCKS, SPANS);
    const after = toStatements(BLOCKS, SPANS);
    const id = statementId(SPANS[0]!.start, SPANS[0]!.end);
    const sources = $state({ statements: before as readonly Statement[], decor: new Map<string, Decor>([[id, tagged]]) });
    let looks!: StatementLooks;
    const stop = $effect.root(() => {
      looks = new StatementLooks({ statements: () => sources.statements, isStatement: () => true, decorByKey: () => sources.decor, speakerByKey: () => new Map(), currentId: () => null, rangeIds: () => new Set() });
    });
    flushSync();
    const element = document.createElement('p');
    fillBlock(element, views(before)[0]!, looks);
    const statement = element.querySelector(`[data-statement="${id}"]`) as HTMLElement;
    expect(statement.classList.contains('tagged')).toBe(true);
    sources.statements = after;
    sources.decor = new Map();
    flushSync();
    expect(statement.classList.contains('tagged')).toBe(false);
    expect(looks.lookOf(id).decor).toBe(UNTAGGED);
    stop();
  });
});
