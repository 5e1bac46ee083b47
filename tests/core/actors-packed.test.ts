// The analysis as it travels with the article: mentions packed into numbers, unpacked where they are read.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ENTITY_TYPES, entityCounts, entityMentions, packAnalysis } from '../../src-renderer/core/actors/packed';
import type { EntityMention } from '../../src-renderer/core/actors/types';

const text = 'Vladimir Putin met Ilham Aliyev in Moscow. Putin said trade rose 16%.';
const at = (word: string, from = 0) => text.indexOf(word, from);
const mention = (type: EntityMention['type'], word: string, name: string, from = 0, nominal = false): EntityMention => ({
  type,
  start: at(word, from),
  end: at(word, from) + word.length,
  text: word,
  name,
  ...(nominal ? { nominal: true } : {}),
});

const entities = [
  mention('person', 'Vladimir Putin', 'Vladimir Putin'),
  mention('person', 'Ilham Aliyev', 'Ilham Aliyev'),
  mention('place', 'Moscow', 'Moscow'),
  mention('person', 'Putin', 'Vladimir Putin', 20),
  mention('percent', '16%', '16%'),
];

describe('packed analysis', () => {
  it('unpacks to the same mentions, and counts them per name without unpacking', () => {
    const packed = packAnalysis({ version: 1, entities, speakers: [] });
    expect(packed.entityNames).toEqual(['Vladimir Putin', 'Ilham Aliyev', 'Moscow', '16%']);
    expect(entityMentions(packed, text)).toEqual(entities);
    expect(entityMentions(packed, text, 'Vladimir Putin').map((m) => m.text)).toEqual(['Vladimir Putin', 'Putin']);
    expect(entityMentions(packed, text, 'Nobody')).toEqual([]);
    expect(entityCounts(packed)).toEqual([
      { name: 'Vladimir Putin', type: 'person', mentions: 2 },
      { name: 'Ilham Aliyev', type: 'person', mentions: 1 },
      { name: 'Moscow', type: 'place', mentions: 1 },
      { name: '16%', type: 'percent', mentions: 1 },
    ]);
  });

  it('round-trips any mentions, nominal flags included', () => {
    const arb = fc.array(
      fc.record({
        type: fc.constantFrom(...ENTITY_TYPES),
        start: fc.nat(40),
        length: fc.integer({ min: 1, max: 20 }),
        name: fc.constantFrom('A', 'B', 'Ц', ''),
        nominal: fc.boolean(),
      }),
      { maxLength: 30 },
    );
    fc.assert(
      fc.property(arb, (list) => {
        const source = 'x'.repeat(80);
        const mentions: EntityMention[] = list.map((m) => ({ type: m.type, start: m.start, end: m.start + m.length, text: source.slice(m.start, m.start + m.length), name: m.name, ...(m.nominal ? { nominal: true } : {}) }));
        expect(entityMentions(packAnalysis({ version: 1, entities: mentions, speakers: [] }), source)).toEqual(mentions);
      }),
    );
  });
});
