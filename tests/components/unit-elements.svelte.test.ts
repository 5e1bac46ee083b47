// The drawn window of a long article as plain DOM (unit-elements.ts): units between the two spacers are
// always consecutive units of the article in order, each drawn once while in range, lists drawn as lists,
// and statements that leave the page leave StatementLooks with them.
import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import { StatementLooks } from '../../src-renderer/app/statement-looks.svelte';
import type { Decor } from '../../src-renderer/app/tagging.svelte';
import { UnitElements } from '../../src-renderer/app/unit-elements';
import type { Block } from '../../src-renderer/core/article';
import { buildReadingModel, toStatements, type Unit } from '../../src-renderer/core/reading-model';

/** Twelve paragraphs, then a bulleted list of three items, a heading and a quote: 15 units. */
function article(): { units: Unit[]; text: string } {
  let text = '';
  const blocks: Block[] = [];
  const add = (kind: Block['kind'], body: string, extra: Partial<Block> = {}) => {
    if (text) text += '\n\n';
    blocks.push({ kind, start: text.length, end: text.length + body.length, ...extra } as Block);
    text += body;
  };
  for (let i = 0; i < 12; i++) add('paragraph', `Paragraph ${i} says one thing. It says another.`);
  for (let i = 0; i < 3; i++) add('list-item', `Item ${i}.`);
  add('heading', 'A heading', { level: 1 });
  add('quote', 'A quoted line.');
  const spans = blocks.map((b) => ({ start: b.start, end: b.end }));
  return { units: buildReadingModel({ text, blocks, marks: [] }, toStatements(blocks, spans)), text };
}

function setup() {
  const list = document.createElement('div');
  const top = document.createElement('div');
  top.dataset.pad = 'top';
  const bottom = document.createElement('div');
  bottom.dataset.pad = 'bottom';
  list.append(top, bottom);
  document.body.append(list);
  const sources = $state({ decor: new Map<string, Decor>() });
  let looks!: StatementLooks;
  const stop = $effect.root(() => {
    looks = new StatementLooks({ statements: () => [], isStatement: () => true, decorByKey: () => sources.decor, speakerByKey: () => new Map(), currentId: () => null, rangeIds: () => new Set() });
  });
  flushSync();
  return { list, sources, units: new UnitElements(top, bottom, looks), stop };
}

/** The data-unit of each element between the spacers, in page order. */
function drawn(list: HTMLElement): number[] {
  const children = [...list.children];
  expect((children[0] as HTMLElement).dataset.pad).toBe('top');
  expect((children[children.length - 1] as HTMLElement).dataset.pad).toBe('bottom');
  return children.slice(1, -1).map((el) => Number((el as HTMLElement).dataset.unit));
}

describe('unit elements', () => {
  it('keeps exactly the units in range, in order, as the window moves both ways and jumps', () => {
    const { units: all } = article();
    const { list, units, stop } = setup();
    const range = (a: number, b: number) => Array.from({ length: b - a }, (_, i) => a + i);
    units.show(all, 0, 4);
    expect(drawn(list)).toEqual(range(0, 4));
    const kept = list.querySelector('[data-unit="2"]');
    units.show(all, 2, 9);
    expect(drawn(list)).toEqual(range(2, 9));
    // A unit that stays in range is the same element, not drawn again.
    expect(list.querySelector('[data-unit="2"]')).toBe(kept);
    units.show(all, 1, 5);
    expect(drawn(list)).toEqual(range(1, 5));
    units.show(all, 10, 40);
    expect(drawn(list)).toEqual(range(10, all.length));
    units.show(all, 0, 3);
    expect(drawn(list)).toEqual(range(0, 3));
    units.show(all, 0, 0);
    expect(drawn(list)).toEqual([]);
    stop();
  });

  it('draws blocks as their elements and a list as one unit with its items', () => {
    const { units: all, text } = article();
    const { list, units, stop } = setup();
    units.show(all, 0, all.length);
    const listUnit = list.querySelector('[data-unit="12"]')!;
    expect(listUnit.tagName).toBe('UL');
    expect([...listUnit.children].map((li) => [li.tagName, li.getAttribute('data-unit')])).toEqual([['LI', null], ['LI', null], ['LI', null]]);
    expect(list.querySelector('[data-unit="13"]')!.tagName).toBe('H2');
    expect(list.querySelector('[data-unit="14"]')!.tagName).toBe('BLOCKQUOTE');
    const first = list.querySelector('[data-unit="0"]') as HTMLElement;
    expect(first.tagName).toBe('P');
    expect(first.className).toBe('block block-paragraph');
    expect(first.dataset.block).toBe('1');
    // Every statement of the article is in the page, with its exact text.
    const statements = [...list.querySelectorAll('[data-statement]')].map((s) => s.textContent);
    expect(statements.join('|')).toBe(text.split('\n\n').join('|'));
    stop();
  });

  it('does not number again a list whose items show their own numbers (plain-text lists)', () => {
    const text = '1. Audit the accounts\n\n2. Hold a vote';
    const blocks: Block[] = [
      { kind: 'list-item', start: 0, end: 21, ordinal: 1 },
      { kind: 'list-item', start: 23, end: 38, ordinal: 2 },
    ];
    const model = buildReadingModel({ text, blocks, marks: [] }, toStatements(blocks, blocks.map((b) => ({ start: b.start, end: b.end }))));
    const { list, units, stop } = setup();
    units.show(model, 0, model.length);
    const ol = list.querySelector('[data-unit="0"]')!;
    expect([ol.tagName, ol.className]).toEqual(['OL', 'article-list numbered']);
    expect([...ol.querySelectorAll('[data-statement]')].map((s) => s.textContent)).toEqual(['1. Audit the accounts', '2. Hold a vote']);
    stop();
  });

  it('lets statements leave StatementLooks with their units, and starts over for another article', () => {
    const first = article().units;
    const { list, units, sources, stop } = setup();
    const decor: Decor = { names: 'Claim', color: '#dc2626', band: '', note: '', bare: false };
    units.show(first, 0, 3);
    const statement = list.querySelector('[data-statement]') as HTMLElement;
    const id = statement.dataset.statement!;
    sources.decor = new Map([[id, decor]]);
    flushSync();
    expect(statement.getAttribute('data-tags')).toBe('Claim');
    units.show(first, 5, 8);
    expect(statement.isConnected).toBe(false);
    sources.decor = new Map();
    flushSync();
    // Left the page: no longer written to.
    expect(statement.getAttribute('data-tags')).toBe('Claim');
    // Drawn again: a new element, with its look now.
    units.show(first, 0, 3);
    const again = list.querySelector(`[data-statement="${id}"]`) as HTMLElement;
    expect(again).not.toBe(statement);
    expect(again.getAttribute('data-tags')).toBe('');
    const second = article().units;
    units.show(second, 5, 8);
    expect(drawn(list)).toEqual([5, 6, 7]);
    expect(list.querySelector('[data-unit="0"]')).toBeNull();
    units.clear();
    expect(drawn(list)).toEqual([]);
    stop();
  });
});
