// The Readability adapter: each of its fast paths answers exactly what the installed Readability's own
// method answers (compared element by element), and the version they were checked against is the one installed.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { DOMParser, Event as LinkedEvent } from 'linkedom';
import { Readability } from '@mozilla/readability';
import {
  elementsByTags,
  fastPathsForTests,
  hasVisibleText,
  READABILITY_MAX_DEPTH,
  READABILITY_VERSION,
  runReadability,
  styleProperty,
  walksLinkedList,
} from '../../../src-main/import/readability';
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

  it('walks linkedom\'s own node list (a linkedom release that renames it falls back to the slower public walk)', () => {
    expect(walksLinkedList).toBe(true);
  });

  it('finds elements added and moved after parsing, as Readability\'s edits leave them', () => {
    const doc = parse(PAGE) as QueryRoot & { body: QueryRoot & { appendChild(n: unknown): void; prepend(n: unknown): void }; createElement(t: string): DomNode };
    const p = doc.createElement('p');
    doc.body.appendChild(p);
    const h1 = [...doc.querySelectorAll('h1')].at(-1);
    doc.body.prepend(h1);
    for (const tags of TAG_LISTS) expect(elementsByTags(doc, tags)).toEqual([...doc.querySelectorAll(tags.join(','))]);
  });
});

const ELEMENTS = `<html><head><title>T</title></head><body>
<div style="display: none">a</div><div style="DISPLAY: none">b</div><div style="color: red ; display:none ;">c</div>
<div style="display: none; display: block">d</div><div style="display: block; display: ">e</div><div style="visibility:hidden">f</div>
<div style="visibility : hidden;display:inline">g</div><div style="background: url(a:b); display: none">h</div><div style="">i</div>
<p hidden>j</p><p aria-hidden="true">k</p><p aria-hidden="false">l</p><img aria-hidden="true" class="mwe-math-fallback-image-inline" src="x">
<svg aria-hidden="true" class="icon"><path d="M0"/></svg>
<span rel="author">Jane Doe</span><a rel="author" href="/a">   </a><div class="byline">By Jane Doe, staff writer</div>
<div class="byline">${'Very long byline text. '.repeat(10)}</div><p itemprop="author">X</p><p itemprop="name">Not a byline</p>
<div id="author-box"><span>Someone</span></div><section><br><hr></section><section><br><p></p></section><h2>  </h2>
<div>  <!-- only a comment --> </div><div><span> </span><b>\u00a0</b></div><div><template><p>inside</p></template></div>
<header><span>  </span><span>x</span></header><div><![CDATA[ data ]]></div></body></html>`;

type Method = (this: unknown, ...args: unknown[]) => unknown;

describe('readability adapter: fast paths against the installed Readability', () => {
  const doc = parse(ELEMENTS);
  const elements = [...doc.querySelectorAll('*')] as unknown as (DomNode & { className: unknown; id: string })[];
  const reader = new Readability(parse('<html><body><p>x</p></body></html>') as never) as unknown as Record<string, Method>;
  const original = Readability.prototype as unknown as Record<string, Method>;
  const fast = fastPathsForTests as unknown as Record<string, Method>;

  it('is the Readability version the fast paths were checked against (re-check them when it changes)', () => {
    const pkg = JSON.parse(readFileSync(createRequire(__filename).resolve('@mozilla/readability/package.json'), 'utf8')) as { version: string };
    expect(pkg.version).toBe(READABILITY_VERSION);
    for (const name of Object.keys(fast)) expect(typeof original[name], name).toBe('function');
  });

  // Readability only tests these three in conditions, so their answers are compared as booleans (the
  // original _isProbablyVisible returns the className string in one branch).
  it.each(['_isProbablyVisible', '_isElementWithoutContent'])('%s answers as the original for every element', (name) => {
    expect(elements.length).toBeGreaterThan(30);
    for (const el of elements) {
      const html = String((el as unknown as { outerHTML: string }).outerHTML).slice(0, 80);
      expect(Boolean(fast[name]!.call(reader, el)), `${name} ${html}`).toBe(Boolean(original[name]!.call(reader, el)));
    }
  });

  it('_isValidByline answers as the original for every element', () => {
    for (const el of elements) {
      const matchString = `${String(el.className)} ${el.id}`;
      expect(Boolean(fast['_isValidByline']!.call(reader, el, matchString))).toBe(Boolean(original['_isValidByline']!.call(reader, el, matchString)));
    }
  });

  it('_getAllNodesWithTag answers as the original', () => {
    for (const tags of TAG_LISTS) {
      expect(fast['_getAllNodesWithTag']!.call(reader, doc, tags)).toEqual([...(original['_getAllNodesWithTag']!.call(reader, doc, tags) as Iterable<unknown>)]);
    }
  });

  it('reads style properties and blank text the way linkedom does', () => {
    expect(styleProperty('color: red; display : none', 'display')).toBe('none');
    expect(styleProperty('DISPLAY: none', 'display')).toBe('');
    expect(styleProperty('display: none; display: ', 'display')).toBe('none');
    expect(hasVisibleText(parse('<html><body><div> <b>\u00a0</b><!-- x --></div></body></html>').body)).toBe(false);
    expect(hasVisibleText(parse('<html><body><div> <b> y </b></div></body></html>').body)).toBe(true);
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

  // Our patch to Readability (patches/) keeps a copy of the page's nodes for its retries instead of its HTML.
  it('retries a short page without its first filters and finds the text once, from the untouched page', () => {
    const text = 'The ministry said the new rules would take effect in March after a review by the cabinet.';
    const doc = parse(`<html><head><title>Short</title></head><body><div class="sidebar comment"><p>${text}</p></div><div class="footer"><p>Contact us.</p></div></body></html>`);
    const result = runReadability(doc, 4) as { textContent?: string; content?: { querySelectorAll(s: string): { length: number } } } | null;
    expect(result?.textContent).toContain(text);
    expect(result!.textContent!.split(text).length - 1).toBe(1);
  });
});

// Our patch to linkedom (patches/) makes each node's listener map when a listener is first added.
describe('linkedom events after the listener-map patch', () => {
  it('adds, dispatches and removes listeners, and removing from a node without any is harmless', () => {
    const doc = parse('<html><body><div><button>b</button></div></body></html>') as unknown as {
      body: { firstChild: EventTarget & { firstChild: EventTarget } };
    };
    const div = doc.body.firstChild;
    const button = div.firstChild;
    const heard: string[] = [];
    const onDiv = (e: Event) => heard.push(`div:${e.type}`);
    expect(() => button.removeEventListener('click', onDiv)).not.toThrow();
    div.addEventListener('click', onDiv);
    button.addEventListener('click', () => heard.push('button:click'), { once: true });
    button.dispatchEvent(new LinkedEvent('click', { bubbles: true }) as never);
    button.dispatchEvent(new LinkedEvent('click', { bubbles: true }) as never);
    div.removeEventListener('click', onDiv);
    button.dispatchEvent(new LinkedEvent('click', { bubbles: true }) as never);
    expect(heard).toEqual(['button:click', 'div:click', 'div:click']);
  });
});

// Our patch to linkedom's getElementsByTagName only skips an upper-casing that cannot match.
describe('linkedom getElementsByTagName after the case patch', () => {
  it('finds HTML elements by lower- or upper-case name, as before', () => {
    const doc = parse('<html><body><p>a</p><div><p>b</p><P>c</P></div><section><p>d</p></section></body></html>') as unknown as QueryRoot & {
      getElementsByTagName(t: string): ArrayLike<unknown> & Iterable<unknown>;
    };
    const ps = [...doc.querySelectorAll('p')];
    expect(ps.length).toBe(4);
    expect([...doc.getElementsByTagName('p')]).toEqual(ps);
    expect([...doc.getElementsByTagName('P')]).toEqual(ps);
    expect(doc.getElementsByTagName('Div').length).toBe(0);
  });
});

// Our patch to linkedom's className reads and writes the attribute directly while it already is its own
// token list; anything else goes through the DOMTokenList as before, so the answers are linkedom's own.
describe('linkedom className after the attribute patch', () => {
  interface ClassElement {
    className: string;
    readonly classList: { value: string; add(...t: string[]): void; contains(t: string): boolean };
    getAttribute(name: string): string | null;
  }
  const VALUES = ['', 'a', 'a b', 'a  b', ' a', 'a ', 'a a', 'b a b', 'a\tb', 'a\nb c', 'x-y z_1 ü', '  ', 'a\u00a0b', 'a b\u3000c', 'a\u000bb', 'a\u001cb'];
  function elementWithClass(value: string | null): ClassElement {
    const attr = value === null ? '' : ` class="${value}"`;
    return (parse(`<html><body><p${attr}>t</p></body></html>`).body as unknown as { firstChild: ClassElement }).firstChild;
  }

  it('reads what the token list reads, for plain, spaced, repeated and absent values', () => {
    for (const value of [...VALUES, null]) {
      const fresh = elementWithClass(value);
      const listed = elementWithClass(value);
      const expected = listed.classList.value; // the token list made first: linkedom's own reading
      expect(fresh.className, JSON.stringify(value)).toBe(expected);
      expect(fresh.getAttribute('class') ?? '', JSON.stringify(value)).toBe(value === null ? '' : expected);
    }
  });

  it('writes what the token list writes, and a token list made afterwards agrees', () => {
    for (const before of ['a', null]) {
      for (const value of VALUES) {
        const fast = elementWithClass(before);
        const slow = elementWithClass(before);
        void slow.classList; // forces linkedom's original path
        fast.className = value;
        slow.className = value;
        expect(fast.className, `${before} -> ${JSON.stringify(value)}`).toBe(slow.className);
        expect(fast.getAttribute('class'), `${before} -> ${JSON.stringify(value)}`).toBe(slow.getAttribute('class'));
        expect(fast.classList.value).toBe(slow.classList.value);
      }
    }
    const el = elementWithClass('a b');
    el.className = 'c d';
    el.classList.add('e');
    expect(el.className).toBe('c d e');
    expect(el.classList.contains('a')).toBe(false);
  });
});
