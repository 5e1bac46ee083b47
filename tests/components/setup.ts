import '@testing-library/jest-dom/vitest';
import 'fake-indexeddb/auto';

// jsdom does no layout, so it has no scrolling: the reader scrolls the current statement into view.
if (typeof Element.prototype.scrollIntoView !== 'function') Element.prototype.scrollIntoView = () => undefined;
