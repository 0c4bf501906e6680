import type { SkillHit } from './matcher';

/**
 * Session 61 (#13): the context classes the tune half of fresh-skills-s61a read wrong, in the languages it weighted
 * (Estonian, Finnish, Turkish, Romanian, Slovak, Hungarian) and English. Read last in lib/skills/context.ts's chain, after
 * s60's: a hit an older class keeps or drops is not looked at here. Letters outside Latin-1 are written as escapes (the
 * bundle check).
 *
 *  - a tool waived with a noun between it and the waiver: "Kubernetes-osaamista ei tässä tehtävässä tarvita", "Kubernetes
 *    bilgisi aranm\u0131yor", "PLC programlama bilgisi beklemiyoruz", "Kubernetes-tapasztalat nem szükséges", "Kubernetese
 *    kogemust ei nõua", "Kubernetes experience is not required"; before it: "Nu e nevoie de experien\u021b\u0103 cu X", "Meillä
 *    ei ole X";
 *  - a system another party runs, told in the same sentence by a verb of running in the third person and who runs it
 *    (a team, a department, a vendor, a maker, a contractor, a colleague, the parent company): "Hissien PLC-ohjauksia
 *    ylläpitää hissivalmistajan huolto", "X spravuje materská spolo\u010dnos\u0165", "CRM'i (X) BT ekibi yönetiyor", "Sistemul ERP
 *    (X) este gestionat de echipa financiar\u0103", "A silók PLC-it a gépészeti alvállalkozó programozza", "X reports are built
 *    by our data colleague", "X connectors are a separate team's product", "X on kliendi oma süsteem";
 *  - a hands-off clause after a semicolon in the same sentence: "...; o sistemlere eri\u015fimin olmayacak", "... \u2013 nende
 *    poolega sa ei tegele", "...; nendega liidestab teine tiim", "...; you will never log in to either";
 *  - the employer's product called by its name and a tool's word: "Eresto Go" from Eresto Payments; a name disclaimed in
 *    a bracket: "Swift Dispense (nothing to do with Apple's language)".
 */
export type S61Class = 'negated' | 'team' | 'market';

/** A noun of knowing glued on or after the tool: "-osaamista", "'te", " bilgisi", " kogemust", "-tapasztalat", " experience". */
const KNOW_NOUN = String.raw`(?:bilgisi|bilgisine|deneyimi|tecrübesi|programlama|kogemust|kogemus|teadmisi|teadmised|tundmist|oskust|osaamista|osaaminen|kokemusta|tuntemusta|ohjelmointia|ismeret|ismerete|tapasztalat|tudás|znalos\u0165|skúsenosti|experience|knowledge|skills?|expertise|experien\u021b\u0103|cuno\u0219tin\u021be)`;
/** The waiver itself, in the six languages. */
const WAIVER = String.raw`(?:aranm\u0131yor|aranmamaktad\u0131r|beklemiyoruz|beklenmiyor|gerekmiyor|gerekmez|\u015fart\s+de\u011fil|zorunlu\s+de\u011fil|ei\s+(?:\p{L}+\s+){0,3}?(?:tarvita|vaadita|edellytetä|tarvitse|odoteta|ole\s+tarpeen|nõua|nõuta|eelda|eeldata|ole\s+vaja|ole\s+nõutud)|pole\s+(?:vaja|nõutud|tarvis)|nem\s+(?:szükséges|elvárás|feltétel|kell)|(?:sa\s+)?nevy\u017eaduj(?:e|ú)|nie\s+je\s+(?:potrebn\p{L}*|nutn\p{L}*|podmienkou)|nu\s+(?:este|e)\s+(?:necesar\p{L}*|obligatori\p{L}*)|(?:is|are)\s+not\s+(?:required|needed|necessary|expected)|not\s+(?:required|needed|necessary))(?![\p{L}])`;
const WAIVED_AFTER = new RegExp(String.raw`^(?:[-'\u2019]\p{L}+)?(?:\s+` + KNOW_NOUN + String.raw`){0,2}(?:\s+\p{L}+){0,1}\s+` + WAIVER, 'iu');
/** "Nu e nevoie de experien\u021b\u0103 cu X", "nu trebuie s\u0103 cuno\u0219ti X", "Meillä ei ole X", "emme käytä X". */
const WAIVED_BEFORE = new RegExp(
  String.raw`(?:^|[\s(,;:])(?:nu\s+(?:e|este)\s+nevoie\s+(?:de|s\u0103)|nu\s+trebuie\s+s\u0103|nu\s+cerem|ei\s+ole|emme\s+(?:käytä|tarvitse|edellytä|vaadi|odota))(?:\s+[\p{L}-]+){0,3}?\s+(?:[\p{L}\d.+#/-]+\s*(?:,|\s(?:\u0219i|sau|ja|tai|eikä)\s)\s*)*$`,
  'iu',
);

/** A verb of running, looking after, building or programming, in the third person (never the hire's "you"). */
const RUN_VERB = String.raw`(?:ylläpitää|hoitaa|vastaa|kehittää|hallinnoi|huoltaa|ohjelmoi|haldab|hooldab|arendab|liidestab|seadistab|vastutab|yönetiyor|yürütüyor|yaz\u0131yor|programl\u0131yor|geli\u015ftiriyor|administreaz\u0103|gestioneaz\u0103|între\u021bine|dezvolt\u0103|spravuje|programuje|servisuje|robí|vyvíja|prevádzkuje|kezeli|programozza|fejleszti|készíti|üzemelteti|karbantartja)`;
/** Who runs it: a team, a department, a vendor, a maker, a contractor, a colleague, the parent company. */
const RUNNER = String.raw`(?:\p{L}*(?:valmistaja|toimittaja|palveluntarjoaja|osasto|tiim|yksikkö|konserni|huolto|alihankkija|konsultti|tarnija|meeskond|osakond|turvafirma|ekip|ekibi|departman|müdürlü\u011f|firma|üretici|tedarikçi|furnizor|echip|departament|produc\u0103tor|spolo\u010dnos\u0165|dodávate\u013e|výrobca|konzultant|oddelenie|osztály|alvállalkozó|cég|ügynökség|beszállító)\p{L}*|bilgi\s+i\u015flem|BT)`;
const OTHERS_RUN_AFTER = new RegExp(String.raw`^[^.;!?\n]{0,120}?(?:(?<![\p{L}])` + RUN_VERB + String.raw`(?![\p{L}])[^.;!?\n]{0,60}?(?<![\p{L}])` + RUNNER + String.raw`(?![\p{L}])|(?<![\p{L}])` + RUNNER + String.raw`(?![\p{L}])[^.;!?\n]{0,60}?(?<![\p{L}])` + RUN_VERB + String.raw`(?![\p{L}]))`, 'iu');
/** English and Romanian passives: "built by our data colleague", "este gestionat de echipa financiar\u0103"; "a separate team's product". */
const BY_OTHERS_AFTER = new RegExp(
  String.raw`^[^.;!?\n]{0,100}?(?:(?:is|are)\s+(?:built|run|maintained|managed|owned|programmed|handled|serviced|developed|configured)\s+by\s+(?:\p{L}+\s+){0,3}?(?:team|colleague|colleagues|vendor|vendors|manufacturer|supplier|contractor|partner|agency|department|consultant|provider)s?|(?:is|are)\s+(?:a\s+)?(?:separate|another|other)\s+team['\u2019]s|(?:este|e|sunt)\s+(?:gestionat|administrat|între\u021binut|dezvoltat|operat)\p{L}*\s+de\s+(?:\p{L}+\s+){0,2}?(?:echip|furnizor|firm|departament|produc\u0103tor|partener)\p{L}*|(?:este|e|sunt)\s+în\s+grija|\s+on\s+(?:kliendi|klientide|partneri)\s+oma)(?![\p{L}])`,
  'iu',
);
/** The office's or the finance team's own tool: "nuestras oficinas usan X para la facturación", "our accountants use X", "muhasebe X kullan\u0131yor". */
const OFFICE_USES_BEFORE = new RegExp(
  String.raw`(?:^|[\s(,;:])(?:(?:nuestras|las)\s+oficinas\s+usan|(?:our|the)\s+(?:office|back\s+office|finance\s+team|accounts\s+team|accountants?|bookkeepers?)\s+(?:uses?|runs?|works?\s+in)|muhasebe(?:\s+departman\p{L}*)?\s+(?:de\s+)?|contabilitatea\s+(?:folose\u0219te|lucreaz\u0103\s+\u00een))\s+$`,
  'iu',
);
/** The hire joins the team, or is told to work on the system, later in the same sentence. */
const HIRE_JOINS_AFTER = /^[^.!?\n]{0,160}?\b(?:you(?:'ll|\u2019ll|\s+will|\s+would)?\s+(?:join|be\s+joining|be\s+part|build|own|extend|integrate|maintain)|your\s+(?:own\s+)?team)\b/i;
/** A hands-off clause after a semicolon or a dash in the same sentence. */
const HANDS_OFF_AFTER = new RegExp(
  String.raw`^[^.!?\n]{0,120}?[;:\u2013\u2014]\s*(?:(?:o|bu)\s+sistem\p{L}*\s+eri\u015fimin\s+olmayacak|(?:nende|selle)\p{L}*\s+(?:poolega\s+)?sa\s+ei\s+tegele|(?:nendega|sellega)\s+liidestab\s+(?:teine|eraldi)|you\s+(?:will|'ll|\u2019ll)\s+never\s+(?:log\s+in|touch|work\s+on)|you\s+won['\u2019]t\s+(?:touch|log\s+in))`,
  'iu',
);

/** A team's word glued to the discipline ("BI-tiimimme", "data-ekibi", "QA-csapat"), after a verb of running in the third person. */
const TEAM_GLUED_AFTER = /^-(?:tiim|ekib|ekip|csapat|meeskon|osasto|oddelen|echip)\p{L}*/iu;
const RUN_VERB_BEFORE = new RegExp(String.raw`(?<![\p{L}])` + RUN_VERB + String.raw`(?![\p{L}])[^.;!?\n]{0,40}$`, 'iu');

/** "(nothing to do with Apple's language)": a product's name disclaimed right after it. */
const DISCLAIMED_AFTER = /^(?:\s+\p{Lu}[\p{L}-]*){0,2}\s*\(\s*(?:nothing\s+to\s+do\s+with|no\s+relation\s+to|not\s+to\s+be\s+confused\s+with|not\s+related\s+to)\b/iu;
/** A vendor's name first in an employer's name: a hit after it may be that vendor's product, a skill ("Apache Kafka", "Microsoft Azure"). */
const VENDOR_FIRST = new Set(['microsoft', 'google', 'amazon', 'apache', 'oracle', 'ibm', 'adobe', 'salesforce', 'atlassian', 'elastic', 'hashicorp', 'confluent', 'databricks', 'snowflake', 'red', 'sap', 'cisco', 'vmware', 'siemens', 'azure', 'aws']);

export function s61Class(text: string, hit: SkillHit, soft: boolean, own: readonly string[]): S61Class | null {
  if (soft) return null;
  const lineStart = text.lastIndexOf('\n', hit.start - 1) + 1;
  const before = text.slice(Math.max(lineStart, hit.start - 160), hit.start);
  const lineEnd = text.indexOf('\n', hit.end);
  const after = text.slice(hit.end, lineEnd < 0 ? hit.end + 200 : Math.min(lineEnd, hit.end + 200));
  if (WAIVED_AFTER.test(after) || WAIVED_BEFORE.test(before)) return 'negated';
  // Not where the team is the one the hire joins ("... maintained by the platform team you'll join"), nor where the hire
  // is told to work with it later in the sentence ("Our finance team uses X, and you will build the integration").
  if ((OTHERS_RUN_AFTER.test(after) || BY_OTHERS_AFTER.test(after) || HANDS_OFF_AFTER.test(after) || OFFICE_USES_BEFORE.test(before)) && !HIRE_JOINS_AFTER.test(after)) return 'team';
  // "... hoitaa erillinen BI-tiimimme": a team named by a discipline glued to its word, the one a verb of running names.
  if (TEAM_GLUED_AFTER.test(after) && RUN_VERB_BEFORE.test(before)) return 'team';
  if (/^\p{Lu}/u.test(hit.text) && DISCLAIMED_AFTER.test(after)) return 'market';
  // "Mobiilirakendust Eresto Go arendab ...": the employer's first name word right before the tool's word.
  const prev = /(?:^|[\s(])(\p{Lu}[\p{L}\d]{3,})\s$/u.exec(before);
  if (prev && /^\p{Lu}/u.test(hit.text)) {
    const word = prev[1]!.toLowerCase();
    if (!VENDOR_FIRST.has(word) && own.some((n) => n === word || n.startsWith(word + ' '))) return 'market';
  }
  return null;
}
