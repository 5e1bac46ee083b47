// Language detection for articles whose file declares none (src-main/import/language.ts), and its use for
// segmentation when a file is imported.
import { describe, expect, it } from 'vitest';
import type { Block } from '../../../src-renderer/core/article';
import { parseArticleFile, type ParsedArticle } from '../../../src-main/import/index';
import { detectBlockLanguages, detectLanguage } from '../../../src-main/import/language';

async function parse(name: string, text: string): Promise<ParsedArticle> {
  const r = await parseArticleFile(name, new TextEncoder().encode(text));
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value;
}

function statements(a: ParsedArticle): string[] {
  const out: string[] = [];
  const spans = a.spans ?? [];
  for (let i = 0; i + 1 < spans.length; i += 2) out.push(a.text.slice(spans[i], spans[i + 1]));
  return out;
}

const EN = 'The central bank left its key rate unchanged on Thursday, saying inflation had eased but remained above target.';
const RU = 'Центральный банк в четверг сохранил ключевую ставку, отметив, что инфляция замедлилась, но остаётся выше цели.';

describe('detectLanguage', () => {
  it('tells English from Russian news prose', () => {
    expect(detectLanguage(EN)).toBe('en');
    expect(detectLanguage(RU)).toBe('ru');
    expect(detectLanguage(`${RU}\n\n${EN.slice(0, 40)}`)).toBe('ru');
  });

  it('gives no answer for text with too few letters to judge, or short Latin-script text', () => {
    expect(detectLanguage('')).toBeUndefined();
    expect(detectLanguage('2024 — 12,5 %; 3,1 % (Q3)')).toBeUndefined();
    expect(detectLanguage('Rates on hold at last')).toBeUndefined();
  });

  it('trusts a short text in a non-Latin script', () => {
    expect(detectLanguage('Кто виноват? Что делать?')).toBe('ru');
  });

  it('keeps other Latin-script languages apart from English', () => {
    expect(detectLanguage('Le gouvernement a annoncé mardi une hausse des impôts sur les grandes entreprises du pays.')).toBe('fr');
    expect(detectLanguage('Die Regierung kündigte am Dienstag höhere Steuern für große Unternehmen des Landes an.')).toBe('de');
  });
});

describe('import: detected language', () => {
  it('detects a plain-text article’s language, marks it detected and segments with its rules', async () => {
    const a = await parse('muzei.txt', `Музей открылся\n\n${RU} Музей им. Пушкина открыт по будням, а зам. директора проф. Смирнов ведёт экскурсии. Вход свободный.\n`);
    expect([a.lang, a.langDetected]).toEqual(['ru', true]);
    // им., зам. and проф. come before a name: under English rules each would end a statement.
    expect(statements(a).slice(-2)).toEqual([
      'Музей им. Пушкина открыт по будням, а зам. директора проф. Смирнов ведёт экскурсии.',
      'Вход свободный.',
    ]);
  });

  it('keeps a language the file declares', async () => {
    const a = await parse('page.html', `<html lang="de"><head><title>T</title></head><body><article><p>${EN}</p></article></body></html>`);
    expect(a.lang).toBe('de');
    expect(a.langDetected).toBeUndefined();
  });

  it('detects English for an English plain-text article', async () => {
    const a = await parse('bank.txt', `Rates on hold\n\n${EN}\n`);
    expect([a.lang, a.langDetected]).toEqual(['en', true]);
  });
});

describe('import: a paragraph in another script than the article', () => {
  const QUOTE = 'Музей им. Пушкина открыт по будням, а зам. директора проф. Смирнов ведёт экскурсии. Вход свободный.';

  it('gets its own language and is segmented with its rules', async () => {
    const a = await parse('report.txt', `Museum report\n\n${EN} The museum director wrote in Russian:\n\n${QUOTE}\n\n${EN}\n`);
    expect(a.lang).toBe('en');
    // (The first block is the title, "Museum report".)
    expect(a.blocks.map((b) => b.lang)).toEqual([undefined, undefined, 'ru', undefined]);
    expect(statements(a)).toContain('Музей им. Пушкина открыт по будням, а зам. директора проф. Смирнов ведёт экскурсии.');
  });

  it('leaves blocks in the article’s own script, and blocks that already have a language, as they are', () => {
    const text = `${EN}\n\n${QUOTE}`;
    const blocks: Pick<Block, 'kind' | 'start' | 'end' | 'lang'>[] = [
      { kind: 'paragraph', start: 0, end: EN.length },
      { kind: 'paragraph', start: EN.length + 2, end: text.length },
    ];
    const forRussian = detectBlockLanguages(text, blocks, 'ru');
    expect(forRussian.map((b) => b.lang)).toEqual(['en', undefined]);
    expect(forRussian[1]).toBe(blocks[1]);
    const declared = detectBlockLanguages(text, [blocks[0]!, { ...blocks[1]!, lang: 'uk' }], 'en');
    expect(declared.map((b) => b.lang)).toEqual([undefined, 'uk']);
  });
});
