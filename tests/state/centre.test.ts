// The centre pane's history in Node: article -> a tag's passages -> another article, back and forward,
// an article opened again where it was, and a new step dropping the forward ones.
import { afterEach, describe, expect, it } from 'vitest';
import { fakeApi, textArticle } from '../fake-api';
import { startApp, type StartedApp } from './start-app.svelte';

const a = textArticle('a', 'Talks in Baku', ['Leaders met in Baku on Monday. Talks continue.']);
const b = textArticle('b', 'Oslo accord', ['The accord was signed in Oslo. Both sides claimed a win.']);

let started: StartedApp | undefined;
afterEach(() => started?.stop());

describe('CentreState', () => {
  it('goes back and forward through articles and corpus views', async () => {
    started = startApp(fakeApi([a, b]));
    const { centre, reader } = started.app;
    expect(centre.canGoBack).toBe(false);
    await centre.openArticle('a');
    centre.showCorpus({ kind: 'tag-passages', tagId: 'type-claim' });
    await centre.openArticle('b');
    expect([centre.kind, reader.article?.id]).toEqual(['reader', 'b']);

    await centre.back();
    expect(centre.current).toEqual({ kind: 'corpus', view: { kind: 'tag-passages', tagId: 'type-claim' } });
    await centre.back();
    expect([centre.kind, reader.article?.id]).toEqual(['reader', 'a']);
    expect(centre.canGoBack).toBe(false);
    await centre.back();
    expect(reader.article?.id).toBe('a');

    await centre.forward();
    expect(centre.kind).toBe('corpus');
    await centre.forward();
    expect(reader.article?.id).toBe('b');
    expect(centre.canGoForward).toBe(false);
  });

  it('a new step after going back drops the steps ahead, and the same view twice is one step', async () => {
    started = startApp(fakeApi([a, b]));
    const { centre } = started.app;
    await centre.openArticle('a');
    centre.showCorpus({ kind: 'tag-passages', tagId: 'type-claim' });
    centre.showCorpus({ kind: 'tag-passages', tagId: 'type-claim' });
    await centre.back();
    expect(centre.kind).toBe('reader');
    expect(centre.canGoBack).toBe(false);
    centre.showComposer();
    expect(centre.canGoForward).toBe(false);
    await centre.back();
    expect(centre.kind).toBe('reader');
  });
});

describe('CentreState: leaving a corpus view', () => {
  it('Esc in a corpus view returns to the reader, with or without a step before', async () => {
    started = startApp(fakeApi([a, b]));
    const { centre, reader } = started.app;
    centre.showCorpus({ kind: 'search' });
    await centre.leaveCorpus();
    expect(centre.kind).toBe('reader');
    await centre.openArticle('a');
    centre.showCorpus({ kind: 'search' });
    await centre.openArticle('b');
    await centre.back();
    expect(centre.kind).toBe('corpus');
    await centre.leaveCorpus();
    expect([centre.kind, reader.article?.id]).toEqual(['reader', 'a']);
  });
});
