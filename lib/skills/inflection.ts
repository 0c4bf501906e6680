/**
 * (s59, #13) Tool names inflected by a Slavic case ending: Czech "v Terraformu", "s Kubernetesem", "v Grafaně", Polish
 * "w Kafce", "z Ansiblem", "Linuksa", Slovak "v Jave", "s Pythonom", Croatian "Terraformom", "u Grafani", "Azureu". The
 * taxonomy holds the name as written in English; a case ending glued to it makes a word no form has. Rather than an alias
 * per tool and case, a word the matcher does not know is read as a known name when the text is written in a Slavic
 * language (its letters say so: ě ř ů ą ę ł đ …), the word is written as a name is (a capital first, or inside:
 * "GitLabu", "PowerShellu"), and taking one of the case endings off (and putting back the nominative's own ending where
 * the case changed it: Grafan|ě → Grafana, Kaf|ce → Kafka, Ji|rze → Jira, Linuks|a → Linux, Ansibl|em → Ansible,
 * Promethe|em → Prometheus) gives a word the taxonomy names as a tool on its own.
 * English words whose ending looks like a case ending never change: the rule reads only words no form knows, only
 * in a Slavic text, and only endings of the cases. A proper name of two capitalised words, the second an adjective
 * ("Kotlina Kłodzka", "Kotlinę Kłodzką"), is a place, not the tool.
 */

/** Letters the Slavic languages written in Latin use, and no language of western Europe (Baltic ones decline names alike). */
const SLAVIC_LETTER = /[ěščřžůťďňąęłńśźżćđľĺŕôĚŠČŘŽŮŤĎŇĄĘŁŃŚŹŻĆĐĽĹŔ]/g;
/**
 * Short words of those languages no western one writes alone: the prepositions v, w, s, z, ve, we, ze (before a space,
 * so "w/ Python" is no Polish), and "or", "and", "which" words. Each counts for two letters.
 */
const SLAVIC_WORD = /(?<![\p{L}\d'’])(?:v|w|z|s|ve|we|ze|oraz|nebo|alebo|lub|ili|się|jest|který|která|které|ktorý|ktorá|ktoré|który|która|które|koji|koja|koje)(?=\s)/giu;
/** A text with at least this many such letters (a word counting two) is read as written in one of those languages. */
const SLAVIC_LETTERS = 3;

export function slavicText(text: string): boolean {
  SLAVIC_LETTER.lastIndex = 0;
  let n = 0;
  while (SLAVIC_LETTER.exec(text) !== null) if (++n >= SLAVIC_LETTERS) return true;
  SLAVIC_WORD.lastIndex = 0;
  while (SLAVIC_WORD.exec(text) !== null) if ((n += 2) >= SLAVIC_LETTERS) return true;
  return false;
}

/** A word written as a name: a capital first letter, or a capital inside ("GitLabu"); at least four letters. */
const NAME_WORD = /^(?:\p{Lu}[\p{L}\d]{3,}|[\p{Ll}\d]+\p{Lu}[\p{L}\d]+)$/u;

/**
 * Case endings, the longest first, each with the ways to rebuild the nominative from what is left:
 * "" the stem as it is (Terraform|u, Docker|em), "a" a feminine name (Grafan|ou → Grafana), "e" a name ending in
 * -e (Ansibl|em → Ansible), "us" a Latin or Greek name (Promethe|em → Prometheus).
 */
const ENDINGS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['ovi', ['', 'us']],
  ['owi', ['', 'us']],
  ['ové', ['']],
  ['em', ['', 'e', 'us']],
  ['om', ['', 'a', 'e', 'us']],
  ['ou', ['a']],
  ['ie', ['', 'a']],
  ['ze', ['']],
  ['oj', ['a']],
  ['u', ['', 'a', 'e', 'us']],
  ['a', ['', 'us']],
  ['e', ['', 'a']],
  ['ě', ['a']],
  ['y', ['a']],
  ['i', ['', 'a']],
  ['ą', ['a']],
  ['ę', ['a']],
  ['m', ['']],
];

/** The last consonants a case changes, and the nominative's: Kaf|c|e → Kafka, Ji|ř|e → Jira, Ji|rz|e → Jira, Linu|ks|a → Linux, TypeScrip|c|ie → TypeScript. */
const SOFTENED: ReadonlyArray<readonly [string, string]> = [
  ['c', 'k'],
  ['ř', 'r'],
  ['rz', 'r'],
  ['ks', 'x'],
  ['c', 't'],
];

/** The nominatives a word may be an inflection of, most likely first (none for a word not written as a name). */
export function nominatives(word: string): string[] {
  if (!NAME_WORD.test(word)) return [];
  const out: string[] = [];
  const add = (s: string) => {
    if (s.length >= 3 && s !== word && !out.includes(s)) out.push(s);
  };
  for (const [ending, rebuilt] of ENDINGS) {
    if (!word.endsWith(ending)) continue;
    const stem = word.slice(0, -ending.length);
    if (stem.length < 2) continue;
    // "m" alone only after a name ending in a vowel of its own (Loki|m), "ze" only after r (Docker|ze).
    if (ending === 'm' && !/[iyo]$/.test(stem)) continue;
    if (ending === 'ze' && !stem.endsWith('r')) continue;
    for (const tail of rebuilt) {
      add(stem + tail);
      for (const [now, was] of SOFTENED) if (stem.endsWith(now)) add(stem.slice(0, -now.length) + was + tail);
    }
  }
  return out;
}

/** A Polish, Czech or Slovak adjective after a capitalised word: a place's or an institution's name ("Kotlina Kłodzka"). */
const NAME_ADJECTIVE = /^\p{Lu}\p{L}*(?:sk|ck|zk|ov|in|n)(?:a|á|ą|iej|ej|é|ého|ý|ym|im|ie|ich|ou|i|o)$/u;

/** Whether the word after an inflected name makes it part of a proper name of two words ("Kotlinę Kłodzką"). */
export function namedPlace(next: string): boolean {
  return NAME_ADJECTIVE.test(next);
}

/**
 * Whether the text before an inflected name makes it one of a list of places something comes from: "s Cejlona, iz
 * Darjeelinga i s Jave" (tea from Java, the island), "z Indii, z Chin i z Jawy": the item before it is a preposition of
 * origin and a capitalised word, joined by a comma or "and", and the name itself follows such a preposition.
 */
const ORIGIN_LIST_BEFORE = /(?:^|[\s,(])(?:iz|s|sa|z|ze|od)\s+(\p{Lu}\p{L}+)\s*(?:,|\s(?:i|a|oraz|in)\s)\s*(?:iz|s|sa|z|ze|od)\s+$/u;

export function originListBefore(before: string): string | null {
  const m = ORIGIN_LIST_BEFORE.exec(before);
  return m ? m[1]! : null;
}
