// Hand-made checks of the US election rules (campaigns, party-and-state tags, state-narrowed roles, names
// that are also organisations'), each with the case where the rule must not fire: no speaker is better
// than a wrong one.
import { describe, expect, it } from 'vitest';
import { analyse } from './harness';

function speakers(paragraphs: string[]): (string | null)[] {
  const { text, spans, analysis } = analyse(paragraphs, 'en');
  const out: (string | null)[] = [];
  for (let i = 0; i < spans.length; i += 2) out.push(analysis.speakers.find((s) => s.start === spans[i])?.speaker ?? null);
  void text;
  return out;
}

function names(paragraphs: string[]): string[] {
  return analyse(paragraphs, 'en').analysis.entities.filter((e) => e.type !== 'date').map((e) => `${e.type}:${e.name}`);
}

describe('US election reporting', () => {
  it('a campaign that speaks is an organisation named after its candidate', () => {
    expect(speakers(['Hillary Clinton spoke in Ohio.', 'The Clinton campaign said the ad was false.', "Mrs. Clinton's campaign later released a statement."])).toEqual([null, 'Clinton campaign', 'Clinton campaign']);
    expect(speakers(['The Trump campaign said on Monday that it would appeal.'])).toEqual(['Trump campaign']);
  });

  it('"the campaign" is the one campaign named, and no one when two are', () => {
    expect(speakers(['Donald Trump spoke in Ohio.', 'The Trump campaign said it raised more money.', 'The campaign said it would respond.'])).toEqual([null, 'Trump campaign', 'Trump campaign']);
    expect(speakers(['The Trump campaign said it raised more money.', 'The Clinton campaign disputed that.', 'The campaign said it would respond.'])).toEqual(['Trump campaign', null, null]);
  });

  it('not a campaign qualifying a noun, nor one after a preposition', () => {
    expect(speakers(['Clinton campaign manager Robby Mook said the map favoured them.'])).toEqual(['Robby Mook']);
    expect(speakers(['Donald Trump spoke.', 'A spokeswoman for the Trump campaign said the report was wrong.'])).toEqual([null, null]);
    expect(names(['Bernie Sanders spoke.', 'The Sanders campaign headquarters closed.'])).not.toContain('org:Sanders campaign');
  });

  it('a party-and-state tag is skipped and ties the state to the legislator', () => {
    const p = ['Sen. John McCain (R-Ariz.) said on Tuesday that he would vote no.', '"It is a bad bill," the Arizona senator told reporters.'];
    expect(speakers(p)).toEqual(['John McCain', 'John McCain']);
    expect(names(p).some((n) => n.startsWith('org:R-'))).toBe(false);
    expect(speakers(['Senator Marco Rubio of Florida spoke first.', 'The Florida senator said the plan would fail.'])).toEqual([null, 'Marco Rubio']);
  });

  it('a state-narrowed role stays unresolved when two legislators share the state, or none has it', () => {
    expect(speakers(['Sen. John McCain (R-Ariz.) and Sen. Jeff Flake (R-Ariz.) met the president.', 'The Arizona senator said the talks went well.'])).toEqual([null, null]);
    expect(speakers(['Sen. Ted Cruz (R-Texas) spoke first.', 'The Ohio senator said the talks went well.'])).toEqual([null, null]);
  });

  it('a news agency\'s name after a first name is a surname; after "told" it is the medium', () => {
    expect(speakers(['Michael Bloomberg, the former mayor, said he would endorse her.', 'Mr. Bloomberg said so again.'])).toEqual(['Michael Bloomberg', 'Michael Bloomberg']);
    expect(names(['Michael Bloomberg spoke.', 'Officials told Bloomberg that the deal was off.'])).toContain('org:Bloomberg');
  });

  it('knighted first names, department names and bodies named with "on"', () => {
    expect(speakers(['Prime Minister Keir Starmer spoke.', 'Sir Keir said the plan was fair.'])).toEqual([null, 'Keir Starmer']);
    expect(names(['The U.S. State Department said it was concerned.'])).toEqual(['place:U.S.', 'org:State Department']);
    expect(names(['The US Embassy said it was concerned.'])).toEqual(['org:US Embassy']);
    expect(names(['The Kenya National Commission on Human Rights said so.'])).toEqual(['org:Kenya National Commission on Human Rights']);
  });
});
