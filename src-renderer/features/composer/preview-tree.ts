// Turns the analyst's Markdown into a small tree of allowlisted elements for the live preview. Raw HTML
// is not enabled, so it shows as text; links are inert (their URL is shown, never followed). Images show
// as their text, except a pattern view the briefing holds (`dossier-view:<name>`), shown as its picture
// from the URL `picture` gives for that name: never a URL the Markdown itself names.
import MarkdownIt from 'markdown-it';
import { VIEW_LINK_SCHEME } from '../../core/patterns/briefing-views';

export interface PreviewNode {
  tag: string | null;
  text?: string;
  title?: string;
  /** For an `img`: the picture's URL (made by the app, see `picture`). */
  src?: string;
  children: PreviewNode[];
}

const md = new MarkdownIt('commonmark', { html: false, linkify: false });
const ALLOWED = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'ul', 'ol', 'li', 'em', 'strong', 'code', 'pre', 'hr', 'br', 's']);

export function previewTree(markdown: string, picture: (viewName: string) => string | null = () => null): PreviewNode[] {
  const root: PreviewNode = { tag: null, children: [] };
  const stack: PreviewNode[] = [root];
  const top = () => stack[stack.length - 1]!;
  const walk = (tokens: ReturnType<typeof md.parse>) => {
    for (const token of tokens) {
      if (token.type === 'inline') {
        walk(token.children ?? []);
      } else if (token.type === 'text' || token.type === 'html_inline' || token.type === 'html_block') {
        top().children.push({ tag: null, text: token.content, children: [] });
      } else if (token.type === 'code_inline') {
        top().children.push({ tag: 'code', children: [{ tag: null, text: token.content, children: [] }] });
      } else if (token.type === 'fence' || token.type === 'code_block') {
        top().children.push({ tag: 'pre', children: [{ tag: null, text: token.content, children: [] }] });
      } else if (token.type === 'softbreak') {
        top().children.push({ tag: null, text: ' ', children: [] });
      } else if (token.type === 'hardbreak') {
        top().children.push({ tag: 'br', children: [] });
      } else if (token.type === 'hr') {
        top().children.push({ tag: 'hr', children: [] });
      } else if (token.type === 'image') {
        const src = String(token.attrGet('src') ?? '');
        const shown = src.startsWith(VIEW_LINK_SCHEME) ? picture(src.slice(VIEW_LINK_SCHEME.length)) : null;
        if (shown) top().children.push({ tag: 'img', src: shown, text: token.content, children: [] });
        else top().children.push({ tag: null, text: `[image: ${token.content}]`, children: [] });
      } else if (token.nesting === 1) {
        const isLink = token.tag === 'a';
        const node: PreviewNode = {
          tag: isLink ? 'span' : ALLOWED.has(token.tag) ? token.tag : 'span',
          children: [],
          ...(isLink ? { title: String(token.attrGet('href') ?? '') } : {}),
        };
        top().children.push(node);
        stack.push(node);
      } else if (token.nesting === -1 && stack.length > 1) {
        stack.pop();
      }
    }
  };
  walk(md.parse(markdown, {}));
  return root.children;
}
