// The stylesheet draws a passage highlight for every tag colour the app hands out, in the same order.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TAG_COLORS } from '../../src-renderer/core/codebook';

describe('passage highlight styles', () => {
  it('has one ::highlight rule per TAG_COLORS entry with that colour', () => {
    const css = readFileSync(resolve(__dirname, '../../src-renderer/styles/app.css'), 'utf8');
    TAG_COLORS.forEach((color, slot) => {
      const rule = new RegExp(`::highlight\\(passage-${slot}\\)\\s*\\{[^}]*${color}`);
      expect(css, `passage-${slot}`).toMatch(rule);
    });
  });
});
