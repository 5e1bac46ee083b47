import { describe, expect, it } from 'vitest';
import { libraryKeyMap } from '../../src-renderer/core/actors/library-keys';

describe('one actor across the library', () => {
  it('joins a surname alone to the only full name ending in it', () => {
    const map = libraryKeyMap(['vladimir putin', 'putin', 'путин', 'владимир путин', 'lavrov']);
    expect(map.get('putin')).toBe('vladimir putin');
    expect(map.get('путин')).toBe('владимир путин');
    expect(map.get('lavrov')).toBe('lavrov');
    expect(map.get('vladimir putin')).toBe('vladimir putin');
  });

  it('leaves a surname shared by two full names alone: no guess is better than a wrong one', () => {
    const map = libraryKeyMap(['ilham aliyev', 'heydar aliyev', 'aliyev']);
    expect(map.get('aliyev')).toBe('aliyev');
    expect(map.get('ilham aliyev')).toBe('ilham aliyev');
  });
});
