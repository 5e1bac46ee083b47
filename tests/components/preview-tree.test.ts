// The composer's preview tree: a pattern view the briefing holds is shown as its picture, from the URL the
// app made for it; any other image, or a view it does not hold, stays text, and no URL in the Markdown is
// ever used as a picture.
import { describe, expect, it } from 'vitest';
import { previewTree } from '../../src-renderer/features/composer/preview-tree';

const PICTURE = 'data:image/svg+xml;charset=utf-8,%3Csvg%2F%3E';
const picture = (name: string) => (name === 'tag-matrix-1.svg' ? PICTURE : null);

describe('preview tree', () => {
  it('shows a view the briefing holds as its picture, with its text as the alternative', () => {
    expect(previewTree('![Tag matrix](dossier-view:tag-matrix-1.svg)', picture)).toEqual([
      { tag: 'p', children: [{ tag: 'img', src: PICTURE, text: 'Tag matrix', children: [] }] },
    ]);
  });

  it('keeps as text a view it does not hold and any other image, whatever its address', () => {
    const nodes = previewTree('![Gone](dossier-view:timeline-9.svg) ![x](https://example.com/a.png) ![y](data:image/svg+xml,%3Csvg%2F%3E)', picture);
    const texts = nodes[0]!.children.map((n) => [n.tag, n.text]);
    expect(texts).toEqual([
      [null, '[image: Gone]'],
      [null, ' '],
      [null, '[image: x]'],
      // markdown-it refuses an SVG data: URL as a link at all: it stays the typed text.
      [null, ' ![y](data:image/svg+xml,%3Csvg%2F%3E)'],
    ]);
  });

  it('shows every image as text where no pictures are given (notes)', () => {
    expect(previewTree('![Tag matrix](dossier-view:tag-matrix-1.svg)')[0]!.children).toEqual([{ tag: null, text: '[image: Tag matrix]', children: [] }]);
  });
});
