// Helpers for the hostile-article tests (xss.test.ts, remote-loads.test.ts): a script canary installed in
// every page before its own scripts run, and an inspection of the reader's <article> DOM.
import type { BrowserContext, Page } from 'playwright-core';

export interface CanaryHit {
  kind: string;
  detail: string;
  /** The page URL the hit came from. */
  url: string;
  /** The name of the frame the hit came from ('' for a top frame). */
  frame: string;
}

/**
 * Runs in every page and frame before any of its scripts (context.addInitScript). Replaces or wraps what
 * hostile markup calls once it runs: alert/confirm/prompt/print, eval, Function, string timers, fetch, XHR,
 * document.write, window.open, history and beacons. Every call is recorded in `window.__xssHits` and
 * reported to the test through the `__xssReport` binding (which survives navigation).
 * Must stay self-contained: Playwright serialises it.
 */
export function canaryScript(): void {
  const w = window as unknown as Record<string, unknown> & { __xssHits?: unknown[] };
  if (w.__xssHits) return;
  const hits: { kind: string; detail: string }[] = [];
  Object.defineProperty(w, '__xssHits', { value: hits, configurable: false, writable: false });
  const report = (kind: string, args: unknown[]) => {
    let detail: string;
    try {
      detail = args.map((a) => String(a)).join(', ').slice(0, 160);
    } catch {
      detail = '?';
    }
    hits.push({ kind, detail });
    try {
      (w['__xssReport'] as ((k: string, d: string) => void) | undefined)?.(kind, detail);
    } catch {
      /* the binding may be missing in a detached frame */
    }
  };
  const replace = (target: Record<string, unknown>, name: string, label: string, wrap: (native: (...a: unknown[]) => unknown) => (...a: unknown[]) => unknown) => {
    const native = target[name] as ((...a: unknown[]) => unknown) | undefined;
    if (typeof native !== 'function') return;
    try {
      Object.defineProperty(target, name, { value: wrap(native), configurable: true, writable: true });
    } catch {
      report('canary-install-failed', [label]);
    }
  };
  for (const name of ['alert', 'confirm', 'prompt', 'print']) {
    replace(w, name, name, () =>
      function (...args: unknown[]) {
        report(name, args);
        return name === 'confirm' ? false : name === 'prompt' ? null : undefined;
      },
    );
  }
  // Playwright's own evaluate() goes through eval: let only its utility script through.
  const fromTestDriver = () => /UtilityScript/.test(new Error().stack ?? '');
  replace(w, 'eval', 'eval', (native) =>
    function (this: unknown, ...args: unknown[]) {
      if (fromTestDriver()) return native.apply(this, args);
      report('eval', args);
      return undefined;
    },
  );
  const NativeFunction = Function;
  const fakeFunction = new Proxy(NativeFunction, {
    apply(t, self, args: unknown[]) {
      if (fromTestDriver()) return Reflect.apply(t, self, args);
      report('Function', args);
      return () => undefined;
    },
    construct(t, args: unknown[]) {
      if (fromTestDriver()) return Reflect.construct(t, args);
      report('Function', args);
      return () => undefined;
    },
  });
  Object.defineProperty(w, 'Function', { value: fakeFunction, configurable: true, writable: true });
  for (const name of ['setTimeout', 'setInterval']) {
    replace(w, name, name, (native) =>
      function (this: unknown, handler: unknown, ...rest: unknown[]) {
        if (typeof handler !== 'function') {
          report(`${name}(string)`, [handler]);
          return 0;
        }
        return native.call(this, handler, ...rest);
      },
    );
  }
  replace(w, 'fetch', 'fetch', (native) =>
    function (this: unknown, ...args: unknown[]) {
      report('fetch', args);
      return native.apply(this, args);
    },
  );
  replace(w, 'open', 'window.open', () =>
    function (...args: unknown[]) {
      report('window.open', args);
      return null;
    },
  );
  const protos: [Record<string, unknown>, string, string][] = [
    [XMLHttpRequest.prototype as unknown as Record<string, unknown>, 'open', 'XMLHttpRequest.open'],
    [Document.prototype as unknown as Record<string, unknown>, 'write', 'document.write'],
    [Document.prototype as unknown as Record<string, unknown>, 'writeln', 'document.writeln'],
    [History.prototype as unknown as Record<string, unknown>, 'pushState', 'history.pushState'],
    [History.prototype as unknown as Record<string, unknown>, 'replaceState', 'history.replaceState'],
    [Navigator.prototype as unknown as Record<string, unknown>, 'sendBeacon', 'navigator.sendBeacon'],
  ];
  for (const [proto, name, label] of protos) {
    replace(proto, name, label, (native) =>
      function (this: unknown, ...args: unknown[]) {
        report(label, args);
        return native.apply(this, args);
      },
    );
  }
  for (const name of ['Worker', 'SharedWorker', 'WebSocket', 'EventSource']) {
    const Native = w[name] as (new (...a: unknown[]) => unknown) | undefined;
    if (typeof Native !== 'function') continue;
    Object.defineProperty(w, name, {
      value: new Proxy(Native, {
        construct(t, args: unknown[]) {
          // The app's own workers (the search index, the pattern views' numbers), from its bundle on its own
          // origin, are the app, not a payload.
          const url = args[0] instanceof URL ? args[0] : new URL(String(args[0]), location.href);
          const own = name === 'Worker' && url.origin === location.origin && /^\/assets\/(?:search|patterns)\.worker-[\w-]+\.js$/.test(url.pathname);
          if (!own) report(name, args);
          return Reflect.construct(t, args) as object;
        },
      }),
      configurable: true,
      writable: true,
    });
  }
}

export interface Canary {
  hits: CanaryHit[];
  /** Real dialogs that got past the wrapped functions (dismissed at once). */
  dialogs: string[];
  /** Called for every hit; lets a test attribute hits to the payload being shown. */
  onHit?: (hit: CanaryHit) => void;
}

/** Installs the canary for every page of `context` created or navigated from now on. */
export async function installCanary(context: BrowserContext): Promise<Canary> {
  const canary: Canary = { hits: [], dialogs: [] };
  await context.exposeBinding('__xssReport', (source, kind: string, detail: string) => {
    const hit = { kind: String(kind), detail: String(detail), url: source.frame.url(), frame: source.frame.name() };
    canary.hits.push(hit);
    canary.onHit?.(hit);
  });
  // As source text: the test runner's transpiler may wrap named functions in a `__name` helper that the page
  // does not have, so one is supplied inside the same scope.
  await context.addInitScript({ content: `(() => { const __name = (f) => f; (${canaryScript.toString()})(); })();` });
  return canary;
}

/** Records real dialogs on `page` as canary hits too, and dismisses them so nothing blocks. */
export function watchDialogs(page: Page, canary: Canary): void {
  page.on('dialog', (dialog) => {
    const hit = { kind: `dialog:${dialog.type()}`, detail: dialog.message(), url: page.url(), frame: '' };
    canary.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    canary.hits.push(hit);
    canary.onHit?.(hit);
    dialog.dismiss().catch(() => undefined);
  });
}

export interface ReaderSnapshot {
  /** The article's text content. */
  text: string;
  /** Every element name under <article>. */
  tags: string[];
  /** How many URL-bearing attributes were found. */
  urlAttributes: number;
  /** URL-bearing attributes whose parsed protocol is dangerous. */
  dangerous: string[];
  /** Link targets the reader shows (title of link marks) whose protocol is not http, https or mailto. */
  unsafeLinkTitles: string[];
  /** Event-handler attributes (on*) found anywhere under <article>. */
  handlers: string[];
}

/** Reads the reader's <article>: its text, its element names and every URL it could load or follow. */
export function snapshotReader(page: Page): Promise<ReaderSnapshot> {
  return page.evaluate(() => {
    const article = document.querySelector('article');
    const out = { text: '', tags: [] as string[], urlAttributes: 0, dangerous: [] as string[], unsafeLinkTitles: [] as string[], handlers: [] as string[] };
    if (!article) return out;
    out.text = article.textContent ?? '';
    const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'poster', 'data', 'background', 'cite', 'ping', 'lowsrc', 'dynsrc', 'codebase', 'longdesc', 'manifest', 'icon']);
    const protocolOf = (value: string): string | null => {
      try {
        return new URL(value, document.baseURI).protocol;
      } catch {
        return null;
      }
    };
    const tags = new Set<string>();
    // The reader's own frame: the body that holds the blocks, and its two empty spacers (long articles).
    const frame = (el: Element): boolean =>
      el.localName === 'div' &&
      el.attributes.length <= 2 &&
      ((el.parentElement === article && el.matches('.article-body')) ||
        (el.parentElement?.matches('article > .article-body') === true && el.matches('[data-pad]') && el.childNodes.length === 0));
    for (const el of [article, ...article.querySelectorAll('*')]) {
      if (!frame(el)) tags.add(el.localName);
      for (const attr of el.attributes) {
        const name = attr.name.toLowerCase();
        if (name.startsWith('on')) out.handlers.push(`${el.localName}[${name}]`);
        const urls = name === 'srcset' || name === 'imagesrcset' ? attr.value.split(',').map((s) => s.trim().split(/\s+/)[0] ?? '') : URL_ATTRIBUTES.has(name) ? [attr.value] : [];
        for (const value of urls) {
          out.urlAttributes++;
          const protocol = protocolOf(value);
          const dataHtml = protocol === 'data:' && !/^data:\s*image\/(?:png|gif|jpe?g|webp|avif|bmp)[;,]/i.test(value.trim());
          if (protocol === 'javascript:' || protocol === 'vbscript:' || dataHtml) out.dangerous.push(`${el.localName}[${name}]=${value.slice(0, 80)}`);
        }
      }
    }
    for (const el of article.querySelectorAll<HTMLElement>('.mark-link[title]')) {
      const protocol = protocolOf(el.title);
      if (protocol !== 'http:' && protocol !== 'https:' && protocol !== 'mailto:') out.unsafeLinkTitles.push(el.title.slice(0, 80));
    }
    out.tags = [...tags].sort();
    return out;
  });
}

/**
 * The element names the reader itself renders inside <article> (besides its frame of divs, which the
 * inspection recognises by place and shape); anything else came from somewhere else.
 */
export const READER_TAGS = new Set(['article', 'header', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'span', 'ol', 'ul', 'li', 'blockquote', 'figure', 'figcaption']);
