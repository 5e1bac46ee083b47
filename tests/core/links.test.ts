import { describe, expect, it } from 'vitest';
import { dossierLink, parseDossierLink } from '../../src-renderer/core/links';

describe('dossier:// links', () => {
  it('round-trips article and annotation ids', () => {
    expect(parseDossierLink(dossierLink('4w9R08vx3NNUxSKayIgx5w', 'b151d466-f812-4d3b-a528-e95a09d68e8c'))).toEqual({
      articleId: '4w9R08vx3NNUxSKayIgx5w',
      annotationId: 'b151d466-f812-4d3b-a528-e95a09d68e8c',
    });
    expect(parseDossierLink(dossierLink('abc'))).toEqual({ articleId: 'abc' });
  });

  it('refuses other schemes, hosts and odd ids', () => {
    for (const url of ['https://article/abc', 'dossier://other/abc', 'dossier://article/a%00b', 'nonsense', 'dossier://article/']) {
      expect(parseDossierLink(url), url).toBeNull();
    }
    expect(parseDossierLink('dossier://article/abc?annotation=../x')).toEqual({ articleId: 'abc' });
  });
});
