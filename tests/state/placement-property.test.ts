// After any revision of an article, every stored annotation is drawn on its text or listed under
// Unplaced, exactly once, whatever their shapes (nested, overlapping, identical, adjacent): the editor's own
// check (TaggingState.placementReport) holds, and what is drawn resembles what was tagged.
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { describeRange } from '../../src-renderer/core/anchoring';
import { fakeApi, textArticle } from '../fake-api';
import { startApp, type StartedApp } from './start-app.svelte';

const SENTENCES = [
  'Ministers met in Geneva on Monday.',
  'Grain exports rose by 16% last year, officials said.',
  '"We will not accept any deal that weakens our position," the minister told reporters.',
  'Analysts expect an agreement before winter.',
  'Insurance costs for ships fell sharply in March.',
  'The talks resume next month.',
  'Both sides claimed a win.',
  'Critics were unconvinced.',
];

let started: StartedApp | undefined;
afterEach(() => started?.stop());

describe('placement after revisions (state)', () => {
  it('keeps every annotation drawn or unplaced, exactly once', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(fc.constantFrom(...SENTENCES), { minLength: 1, maxLength: 3 }), { minLength: 2, maxLength: 4 }),
        fc.array(fc.tuple(fc.nat(), fc.nat(), fc.integer({ min: 0, max: 3 })), { minLength: 1, maxLength: 8 }),
        fc.array(fc.oneof(fc.constant('delete'), fc.constant('rewrite'), fc.constant('swap'), fc.constant('curly')), { minLength: 1, maxLength: 3 }),
        async (paragraphs, picks, revisions) => {
          started?.stop();
          const before = textArticle('a1', 'Talks', paragraphs.map((p) => p.join(' ')));
          const api = fakeApi([before]);
          started = startApp(api);
          const { reader } = started.app;
          const text = before.text;
          // Annotations of every shape on the first text.
          let made = 0;
          for (const [a, b, shape] of picks) {
            const start = a % text.length;
            const end = shape === 0 ? Math.min(text.length, start + 1 + (b % 80)) : Math.min(text.length, start + 5 + (b % 30));
            if (end <= start) continue;
            const target = describeRange(text, start, end, before.contentHash);
            await started.repos.annotations.create({ articleId: 'a1', target, tagIds: ['type-claim'] });
            made++;
            if (shape === 3) {
              await started.repos.annotations.create({ articleId: 'a1', target, tagIds: ['type-figure'] }); // identical
              made++;
            }
          }
          // The newsroom's revision.
          let revised = paragraphs.map((p) => [...p]);
          for (const r of revisions) {
            if (r === 'delete' && revised[0]!.length > 1) revised[0]!.pop();
            else if (r === 'rewrite') revised[revised.length - 1]![0] = 'An entirely different sentence now stands here.';
            else if (r === 'swap') revised = [...revised.slice(1), revised[0]!];
            else revised = revised.map((p) => p.map((s) => s.replace(/"([^"]*)"/g, '“$1”')));
          }
          const after = textArticle('a1', 'Talks', revised.map((p) => p.join(' ')), { contentHash: 'revised' });
          api.articles.set('a1', after);
          await reader.open('a1');
          await vi.waitFor(() => expect(reader.tagging.placed).toHaveLength(made));
          const report = reader.tagging.placementReport;
          expect(report).toEqual({ missing: [], twice: [], unknown: [] });
          const drawnOrUnplaced = reader.tagging.placed.filter((p) => p.range === null || reader.tagging.decorByKey.has(`s${p.range.start}-${p.range.end}`));
          expect(drawnOrUnplaced).toHaveLength(made);
        },
      ),
      { numRuns: 25 },
    );
  });
});
