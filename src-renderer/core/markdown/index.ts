// Pure Markdown export: exact escaping, block quotes, slugs, tags, front matter and briefing notes.
// No I/O and no runtime dependencies; markdown-it and yaml are used only by the tests, as oracles.

export { escapeInline, blockquote, containUserMarkdown, normaliseNewlines } from './blocks';
export { slugify, tagToHashtag, tagName } from './slug';
export { frontMatter, yamlString, type FrontMatterValue } from './front-matter';
export {
  renderArticleBriefing,
  linkDestination,
  markdownLink,
  autolink,
  type BriefingAnnotation,
  type BriefingArticle,
  type BriefingInput,
} from './briefing';
export {
  renderCollectionBriefing,
  collectionId,
  type CollectionArticle,
  type CollectionInput,
  type CollectionLayout,
} from './briefing-collection';
