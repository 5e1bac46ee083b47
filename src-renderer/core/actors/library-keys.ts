// One actor across the library: an article that names a person by surname alone ("Putin said…") speaks of
// the same actor as the articles that give the full name ("Vladimir Putin"), when the library holds exactly
// one full name with that surname. With two (two Aliyevs), the surname stays an actor of its own, for the
// user to merge; no guess is better than a wrong one.

/**
 * For each key (see `actorKey`), the library-wide key it stands for: a one-word key joins the only
 * many-word key ending in that word; every other key stands for itself.
 */
export function libraryKeyMap(keys: Iterable<string>): Map<string, string> {
  const all = new Set(keys);
  const fullBySurname = new Map<string, string | null>();
  for (const key of all) {
    const words = key.split(' ');
    if (words.length < 2) continue;
    const surname = words.at(-1)!;
    const seen = fullBySurname.get(surname);
    fullBySurname.set(surname, seen === undefined || seen === key ? key : null);
  }
  const out = new Map<string, string>();
  for (const key of all) {
    const joined = !key.includes(' ') ? fullBySurname.get(key) : undefined;
    out.set(key, joined ?? key);
  }
  return out;
}
