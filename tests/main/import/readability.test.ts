// The Readability adapter: its tag lookup returns what linkedom's querySelectorAll returns (the element list
// Readability would otherwise get), and Readability still has the hook the adapter replaces.
import { describe, expect, it } from 'vitest';
import { DOMParser } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { elementsByTags, READABILITY_MAX_DEPTH, runReadability } from '../../../src-main/import/readability';
import type { DomNode } from '../../../src-main/import/html-walk';

interface QueryRoot extends DomNode {
  querySelectorAll(selectors: string): Iterable<DomNode>;
  documentElement?: DomNode | null;
}

const PAGE = `<!DOCTYPE html><!-- before --><html><head><title>T</title><style>p{}</style><script>var a = '<p>';</script></head>
<body><div id="a"><P>One <b>bold</b></P><section><h2>Sub</h2><p>Two<br>lines</p><DIV><p>Three</p></DIV></section>
<template><p>inside a template</p><h1>not counted</h1></template>
<svg><title>svg title</title><a href="#x">svg link</a></svg>
<ul><li>x</li><li><ol><li>y</li></ol></li></ul><table><tr><td><p>cell</p></td></tr></table></div>
<h1>Heading</h1><br/><hr><img src="a.png"><noscript><img src="b.png"></noscript></body></html><!-- after -->`;

function parse(html: string): QueryRoot & { body: QueryRoot } {
  return new DOMParser().parseFromString(html, 'text/html') as unknown as QueryRoot & { body: QueryRoot };
}

const TAG_LISTS = [['p'], ['h1', 'h2'], ['P', 'DIV', 'TD'], ['li'], ['br', 'hr'], ['img', 'picture', 'figure'], ['title'], ['a'], ['script', 'noscript', 'style'], ['article']];

describe('readability adapter: tag lookup', () => {
  it('finds the same elements, in the same order, as querySelectorAll on a document', () => {
    const doc = parse(PAGE);
    for (const tags of TAG_LISTS) expect(elementsByTags(doc, tags), tags.join(',')).toEqual([...doc.querySelectorAll(tags.join(','))]);
  });

  it('finds the same elements as querySelectorAll below an element, never the element itself', () => {
    const doc = parse(PAGE);
    const roots = [doc.body, ...doc.querySelectorAll('div, section, ul, li, table')] as QueryRoot[];
    for (const root of roots) {
      for (const tags of TAG_LISTS) expect(elementsByTags(root, tags)).toEqual([...root.querySelectorAll(tags.join(','))]);
    }
    const section = [...doc.querySelectorAll('section')][0] as QueryRoot;
    expect(elementsByTags(section, ['section'])).toEqual([]);
  });

  it('is still a hook of the installed Readability (else the adapter silently stops speeding it up)', () => {
    expect(typeof (Readability.prototype as unknown as Record<string, unknown>)['_getAllNodesWithTag']).toBe('function');
  });
});

describe('readability adapter: running it', () => {
  it('finds the article of a plain page', () => {
    const para = 'The delegations met on Tuesday and agreed to continue the talks on trade and transport next month. '.repeat(6);
    const doc = parse(`<html><head><title>Talks</title></head><body><nav><a href="/">Home</a></nav><article><h1>Talks</h1><p>${para}</p><p>${para}</p></article></body></html>`);
    const result = runReadability(doc, 4);
    expect(result?.textContent).toContain('agreed to continue the talks');
    expect(result?.textContent).not.toContain('Home');
  });

  it('declines a page deeper than its limit, so the caller falls back to the whole body', () => {
    expect(runReadability(parse('<html><body><p>text</p></body></html>'), READABILITY_MAX_DEPTH + 1)).toBeNull();
  });
});
