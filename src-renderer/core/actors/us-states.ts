// US party-and-state tags after a legislator's name ("Sen. John McCain (R-Ariz.)", "Rep. Patrick Murphy
// (D-Fla.)", ", R-S.C.,"): read as the state the person stands for, and skipped as no name of their own.

/** AP abbreviations and postal codes of the states, to the state's name in lower case. */
const STATES: Record<string, string> = {};
const LIST: [string, string, string][] = [
  ['alabama', 'Ala', 'AL'], ['alaska', 'Alaska', 'AK'], ['arizona', 'Ariz', 'AZ'], ['arkansas', 'Ark', 'AR'], ['california', 'Calif', 'CA'],
  ['colorado', 'Colo', 'CO'], ['connecticut', 'Conn', 'CT'], ['delaware', 'Del', 'DE'], ['florida', 'Fla', 'FL'], ['georgia', 'Ga', 'GA'],
  ['hawaii', 'Hawaii', 'HI'], ['idaho', 'Idaho', 'ID'], ['illinois', 'Ill', 'IL'], ['indiana', 'Ind', 'IN'], ['iowa', 'Iowa', 'IA'],
  ['kansas', 'Kan', 'KS'], ['kentucky', 'Ky', 'KY'], ['louisiana', 'La', 'LA'], ['maine', 'Maine', 'ME'], ['maryland', 'Md', 'MD'],
  ['massachusetts', 'Mass', 'MA'], ['michigan', 'Mich', 'MI'], ['minnesota', 'Minn', 'MN'], ['mississippi', 'Miss', 'MS'], ['missouri', 'Mo', 'MO'],
  ['montana', 'Mont', 'MT'], ['nebraska', 'Neb', 'NE'], ['nevada', 'Nev', 'NV'], ['new hampshire', 'N.H', 'NH'], ['new jersey', 'N.J', 'NJ'],
  ['new mexico', 'N.M', 'NM'], ['new york', 'N.Y', 'NY'], ['north carolina', 'N.C', 'NC'], ['north dakota', 'N.D', 'ND'], ['ohio', 'Ohio', 'OH'],
  ['oklahoma', 'Okla', 'OK'], ['oregon', 'Ore', 'OR'], ['pennsylvania', 'Pa', 'PA'], ['rhode island', 'R.I', 'RI'], ['south carolina', 'S.C', 'SC'],
  ['south dakota', 'S.D', 'SD'], ['tennessee', 'Tenn', 'TN'], ['texas', 'Texas', 'TX'], ['utah', 'Utah', 'UT'], ['vermont', 'Vt', 'VT'],
  ['virginia', 'Va', 'VA'], ['washington', 'Wash', 'WA'], ['west virginia', 'W.Va', 'WV'], ['wisconsin', 'Wis', 'WI'], ['wyoming', 'Wyo', 'WY'],
];
for (const [name, ap, postal] of LIST) {
  STATES[ap.toLowerCase()] = name;
  STATES[postal.toLowerCase()] = name;
  STATES[name] = name;
}

const TAG = /^\s*(\(|,\s*)?([RDI])-\s?([A-Z][A-Za-z]*(?:\.\s?[A-Z][a-z]?)*)\.?(\))?/;

/**
 * The party-and-state tag starting at `offset` in `text` ("(R-Ariz.)", ", D-N.Y.,"), with its end offset and
 * the state it names, or null. A bracket must close; a tag after a comma stands alone.
 */
export function partyTagAt(text: string, offset: number): { end: number; state: string } | null {
  const m = TAG.exec(text.slice(offset, offset + 24));
  if (!m || !m[1]) return null;
  if (m[1] === '(' && !m[4]) return null;
  const state = STATES[m[3]!.replace(/\s/g, '').toLowerCase()];
  if (!state) return null;
  return { end: offset + m[0].length, state };
}

/** Whether a word token's text opens a party-and-state tag ("R-Ariz", "D-N", "R-S"). */
export const PARTY_TAG_WORD = /^[RDI]-\p{Lu}/u;
