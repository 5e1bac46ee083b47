import { describe, expect, it } from 'vitest';
import { fileNameFromPattern } from '../../src-renderer/core/file-names';

const fields = { title: 'Drought pushes provinces to ration water', date: '2026-06-03T10:00:00Z', source: 'Wire', today: '2026-11-28' };

describe('fileNameFromPattern', () => {
  it('fills the tokens and makes one slug', () => {
    expect(fileNameFromPattern('{date} {title}', fields, '.md')).toBe('2026-06-03-drought-pushes-provinces-to-ration-water.md');
    expect(fileNameFromPattern('{today} briefing', fields, '.csv')).toBe('2026-11-28-briefing.csv');
  });

  it('falls back to the title for an empty pattern and never returns an empty name', () => {
    expect(fileNameFromPattern('', fields, '.md')).toBe('drought-pushes-provinces-to-ration-water.md');
    expect(fileNameFromPattern('{source}', { title: 'x', today: '2026-11-28' }, '.md')).toMatch(/^[a-z0-9-]+\.md$/);
  });
});
