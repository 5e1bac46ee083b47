// Pattern views in a briefing's Markdown: the dossier-view: image links found, pointed elsewhere, named.
import { describe, expect, it } from 'vitest';
import { attachmentFolder, attachmentLink, linkViews, nextViewName, viewLink, viewNamesIn } from '../../../src-renderer/core/patterns/briefing-views';

const md = [
  '# Weekly',
  '![Tag matrix](dossier-view:tag-matrix-1.svg)',
  '![Again](dossier-view:tag-matrix-1.svg "the same")',
  '![Timeline](dossier-view:timeline-1.png)',
  '[a link, not a picture](dossier-view:other-1.svg)',
  '![bad name](dossier-view:../x.svg)',
  '`![in code](dossier-view:code-1.svg)` is code only in the rendered page',
].join('\n\n');

describe('views in a briefing', () => {
  it('finds the views its image links show, once each, in order', () => {
    expect(viewNamesIn(md)).toEqual(['tag-matrix-1.svg', 'timeline-1.png', 'code-1.svg']);
  });

  it('points each view link at a new target, keeping its text and title, and leaves unknown names', () => {
    const out = linkViews(md, (name) => (name.startsWith('tag') ? `b-files/${name}` : null));
    expect(out).toContain('![Tag matrix](b-files/tag-matrix-1.svg)');
    expect(out).toContain('![Again](b-files/tag-matrix-1.svg "the same")');
    expect(out).toContain('![Timeline](dossier-view:timeline-1.png)');
    expect(out).toContain('[a link, not a picture](dossier-view:other-1.svg)');
    expect(out).toContain('![bad name](dossier-view:../x.svg)');
  });

  it('names a new view after its title with the next free number', () => {
    expect(nextViewName('Tag matrix', [])).toBe('tag-matrix-1.svg');
    expect(nextViewName('Tag matrix', ['tag-matrix-1.svg', 'tag-matrix-3.svg'])).toBe('tag-matrix-2.svg');
    expect(nextViewName('Tag co-occurrence', [])).toBe('tag-co-occurrence-1.svg');
    expect(nextViewName('Матрица тегов', [])).toMatch(/^[a-z0-9-]+-1\.svg$/);
    expect(nextViewName('!!!', [])).toBe('untitled-1.svg');
    expect(viewLink('timeline-1.svg')).toBe('dossier-view:timeline-1.svg');
  });

  it('puts pictures in a folder named after the .md, linked with spaces and brackets escaped', () => {
    expect(attachmentFolder('weekly.md')).toBe('weekly-files');
    expect(attachmentFolder('Week 12 (draft).MD')).toBe('Week 12 (draft)-files');
    expect(attachmentLink('Week 12 (draft)-files', 'tag-matrix-1.svg')).toBe('Week%2012%20%28draft%29-files/tag-matrix-1.svg');
    expect(attachmentLink('встреча-files', 'a-1.svg')).toBe(`${encodeURIComponent('встреча-files')}/a-1.svg`);
  });
});
