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

/**
 * (s62) Latvian words a short posting writes ("pien\u0101kumi", "pras\u012bbas", "sagaid\u0101m", "pieredze"): two of them read a text
 * as Latvian, which declines names as the Slavic languages do (Python\u0101, Kafk\u0101), though a short one may hold fewer than
 * three of the letters the Slavic test counts.
 */
const LATVIAN_WORD =
  /(?<![\p{L}\d])(?:pien\u0101kumi|pras\u012bbas|sagaid\u0101m|pied\u0101v\u0101jam|priek\u0161roc\u012bba|zin\u0101\u0161anas|pieredze|pieredzi|pieredzes|izstr\u0101de|vismaz|str\u0101d\u0101si|tavi|m\u016bsu)(?![\p{L}\d])/giu;

export function slavicText(text: string): boolean {
  LATVIAN_WORD.lastIndex = 0;
  let lv = 0;
  while (LATVIAN_WORD.exec(text) !== null) if (++lv >= 2) return true;
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
  // (s60) After a name ending in a vowel or -y, South Slavic cases put a -j- before the ending: Active Directory|ja,
  // Loki|ju, OpenTelemetry|jem, Odoo|jem, Radi|ju → Radio.
  ['jem', ['', 'o']],
  ['jom', ['', 'o']],
  ['ja', ['', 'o']],
  ['ju', ['', 'o']],
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
  // (s60) Slovenian accusative of a feminine name: Jav|o → Java, Grafan|o → Grafana.
  ['o', ['a']],
  // (s62) Latvian locative, glued on a name or on a feminine name's stem: Python|\u0101 → Python, Kafk|\u0101 → Kafka,
  // Linux|\u0101 → Linux; Latvian texts pass the Slavic letter test (\u0161, \u010d, \u017e).
  ['\u0101', ['', 'a']],
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
  // (s60) "u Gou", "s Goom": Go, a name of two letters, with a case ending.
  if (/^Go(?:u|om|a)$/.test(word)) return ['Go'];
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

/**
 * (s60, #13) Hungarian: a tool's name with a case suffix glued to it ("Dockerben", "Prometheusszal", "Grafanával",
 * "Veeammel", "GNU Radióban", "Terraformot"). Hungarian appends its suffixes rather than changing the ending: taken off,
 * with the long vowel a suffix makes of the name's last one shortened again (Grafaná|val → Grafana, Radió|ban → Radio)
 * and the consonant "-val"/"-vel" doubles undone (Spark|kal, Veeam|mel, Docker|rel, Prometheus|szal), they give the
 * name. A text is read as Hungarian by its letters ő and ű, which no other language of the sets writes, and its short
 * words ("és", "vagy", "egy", "az", "nem", "hogy").
 */
const HUNGARIAN_LETTER = /[\u0151\u0171\u0150\u0170]/g;
const HUNGARIAN_WORD = /(?<![\p{L}\d])(?:és|vagy|egy|az|nem|hogy|valamint|illetve|keresünk|legalább|tapasztalat|ismerete|ismeret|el\u0151ny|feladatok|feladataid|elvárások|kínálunk|munkatársat|kollégát)(?![\p{L}\d])/giu;

export function hungarianText(text: string): boolean {
  HUNGARIAN_LETTER.lastIndex = 0;
  let n = 0;
  while (HUNGARIAN_LETTER.exec(text) !== null) if (++n >= 3) return true;
  HUNGARIAN_WORD.lastIndex = 0;
  while (HUNGARIAN_WORD.exec(text) !== null) if ((n += 2) >= 4) return true;
  return false;
}

/** Hungarian case and number suffixes a name takes, the longest first ("-val"/"-vel" after a consonant double it). */
const HU_SUFFIXES = ['ban', 'ben', 'ból', 'b\u0151l', 'ról', 'r\u0151l', 'hoz', 'hez', 'höz', 'nak', 'nek', 'tól', 't\u0151l', 'val', 'vel', 'ként', 'ba', 'be', 'ra', 're', 'on', 'en', 'ön', 'ot', 'et', 'at', 'ok', 'ek', 'al', 'el', 'os', 'es', 'n', 't'];
const LONG_VOWEL: Readonly<Record<string, string>> = { á: 'a', é: 'e', ó: 'o', '\u0151': 'ö' };

/** The nominatives a Hungarian word may be a suffixed name of, most likely first (none for a word not written as a name). */
export function hungarianNominatives(word: string): string[] {
  if (!NAME_WORD.test(word)) return [];
  const out: string[] = [];
  const add = (s: string) => {
    if (s.length >= 3 && s !== word && !out.includes(s)) out.push(s);
  };
  for (const suffix of HU_SUFFIXES) {
    if (!word.endsWith(suffix)) continue;
    let stem = word.slice(0, -suffix.length);
    if (stem.length < 2) continue;
    // "-al"/"-el" only as "-val"/"-vel" after a doubled consonant: Spark|k|al, Veeam|m|el, Prometheus|sz|al.
    if (suffix === 'al' || suffix === 'el') {
      if (stem.endsWith('ssz') || stem.endsWith('zzs')) stem = stem.slice(0, -2);
      else if (stem.length >= 3 && stem.at(-1) === stem.at(-2) && !/[aeiouáéíóö\u0151úü\u0171]/i.test(stem.at(-1)!)) stem = stem.slice(0, -1);
      else continue;
    }
    // "-n" only after a vowel (Kafká|n).
    if (suffix === 'n' && !/[aeiouáéíóö\u0151úü\u0171]$/i.test(stem)) continue;
    const last = stem.at(-1)!;
    if (LONG_VOWEL[last]) add(stem.slice(0, -1) + LONG_VOWEL[last]);
    add(stem);
  }
  return out;
}

/**
 * (s61, #13) Finnish and Estonian: a tool's name with a case ending glued to it. Finnish puts an -i- after a name ending
 * in a consonant and then the case (Python|illa, Spack|illa, Kubernetes|ia, Linux|in, PowerShell|illä), the case alone
 * after a vowel (Ansible|lla, Grafana|ssa, Kafka|n), and turns a name's -us into -ukse- (Promethe|uksella); Estonian
 * builds on the genitive's -i (Python|is, Linux|i, Kotlin|is, Databricks|isse) or glues the case on (Flyway|ga,
 * Datadog|is). Taken off, they give the name. A text is read as Finnish or Estonian by the short words those languages
 * write and no other of the sets ("sekä", "että", "kokemusta", "eduksi"; "ning", "ootame", "kasuks", "või").
 * Letters outside Latin-1 are written as escapes (the bundle check).
 */
const FINNIC_WORD =
  /(?<![\p{L}\d])(?:sek\u00e4|ett\u00e4|kokemusta|osaamista|eduksi|plussaa|odotamme|edellyt\u00e4mme|toivomme|teht\u00e4v\u00e4si|teht\u00e4v\u00e4t|teht\u00e4viss\u00e4si|ty\u00f6ss\u00e4si|meill\u00e4|kanssa|my\u00f6s|ovat|sinulla|ning|ootame|kasuks|plussiks|kogemust|kogemus|tundmist|oskust|v\u00f5i|\u00fclesanded|pakume|v\u00e4hemalt|sinu|meie)(?![\p{L}\d])/giu;

export function finnicText(text: string): boolean {
  FINNIC_WORD.lastIndex = 0;
  let n = 0;
  while (FINNIC_WORD.exec(text) !== null) if (++n >= 3) return true;
  return false;
}

/**
 * Finnish and Estonian case endings a name takes, the longest first, each with what to put back: "" the stem as it is,
 * "us" for Finnish -ukse- (Promethe|uksella → Prometheus). Finnish harmony writes each with a or ä.
 */
const FINNIC_ENDINGS: ReadonlyArray<readonly [string, string]> = [
  ...['uksella', 'uksessa', 'uksesta', 'ukselle', 'ukseen', 'uksen', 'usta'].map((e) => [e, 'us'] as const),
  ...[
    'illa', 'ill\u00e4', 'issa', 'iss\u00e4', 'ista', 'ist\u00e4', 'ilta', 'ilt\u00e4', 'ille', 'iksi', 'iin', 'ina', 'in\u00e4', 'ia', 'i\u00e4', 'in',
    'lla', 'll\u00e4', 'ssa', 'ss\u00e4', 'sta', 'st\u00e4', 'lta', 'lt\u00e4', 'lle', 'ksi', 'n',
    // Estonian: on the genitive's -i, or glued on.
    'isse', 'iga', 'ist', 'ile', 'iks', 'is', 'it', 'i', 'sse', 'ga', 's',
  ].map((e) => [e, ''] as const),
];

/** The nominatives a Finnish or Estonian word may be a case of a name of, most likely first (none for a word not written as a name). */
export function finnicNominatives(word: string): string[] {
  if (!NAME_WORD.test(word)) return [];
  const out: string[] = [];
  for (const [ending, tail] of FINNIC_ENDINGS) {
    if (!word.endsWith(ending)) continue;
    const stem = word.slice(0, -ending.length);
    if (stem.length < 3) continue;
    const s = stem + tail;
    if (s !== word && !out.includes(s)) out.push(s);
  }
  // A name ending in "a" doubles it as its Finnish partitive (Kafka|a, Grafana|a, Java|a); "a" alone is no ending otherwise.
  if (/aa$/.test(word) && word.length >= 5 && !out.includes(word.slice(0, -1))) out.push(word.slice(0, -1));
  // The Estonian genitive of a name ending in -s takes an -e (Kubernetes|e, Prometheus|e).
  if (/se$/.test(word) && word.length >= 6 && !out.includes(word.slice(0, -1))) out.push(word.slice(0, -1));
  return out;
}
