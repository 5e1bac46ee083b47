// Offsets <-> DOM for the reader: ranges are mapped over the drawn blocks only (a long article is drawn a
// window at a time) and cut to them; the margin numbers never count as text.
import { describe, expect, it } from 'vitest';
import { DrawnText, textOffset } from '../../src-renderer/app/dom-offsets';

/** Blocks as the reader draws them: `data-start`, a margin number, then the block's exact text. */
function drawn(blocks: { start: number; text: string }[]): HTMLElement {
  const root = document.createElement('article');
  for (const block of blocks) {
    const p = document.createElement('p');
    p.dataset.start = String(block.start);
    const pnum = document.createElement('span');
    pnum.className = 'pnum';
    pnum.textContent = '12';
    const statement = document.createElement('span');
    statement.textContent = block.text.slice(0, 5);
    p.append(pnum, statement, document.createTextNode(block.text.slice(5)));
    root.append(p);
  }
  document.body.replaceChildren(root);
  return root;
}

// The article text is "…" + "Alpha beta." (100-111) + "\n\n" + "Gamma delta." (113-125) + "…": only those
// two blocks are drawn.
const root = () => drawn([{ start: 100, text: 'Alpha beta.' }, { start: 113, text: 'Gamma delta.' }]);

describe('DrawnText', () => {
  it('maps a range inside the drawn blocks exactly, across text nodes, in any drawn block', () => {
    const text = new DrawnText(root());
    expect(text.range(100, 105)?.toString()).toBe('Alpha');
    expect(text.range(106, 111)?.toString()).toBe('beta.');
    expect(text.range(103, 108)?.toString()).toBe('ha be');
    expect(text.range(113, 125)?.toString()).toBe('Gamma delta.');
  });

  it('cuts a range to the drawn part and gives nothing for a range wholly outside it', () => {
    const text = new DrawnText(root());
    expect(text.range(40, 105)?.toString()).toBe('Alpha');
    expect(text.range(119, 900)?.toString()).toBe('delta.');
    expect(text.range(0, 90)).toBeNull();
    expect(text.range(200, 300)).toBeNull();
    expect(text.range(111, 113)).toBeNull();
    expect(text.range(105, 105)).toBeNull();
    expect(new DrawnText(document.createElement('div')).range(0, 10)).toBeNull();
  });

  it('agrees with textOffset, the mapping used for mouse selections', () => {
    const element = root();
    const text = new DrawnText(element);
    for (const [start, end] of [[100, 111], [102, 120], [113, 125]] as const) {
      const range = text.range(start, end)!;
      expect(textOffset(range.startContainer, range.startOffset)).toBe(start);
      expect(textOffset(range.endContainer, range.endOffset)).toBe(end);
    }
  });
});
