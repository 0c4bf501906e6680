import { describe, expect, it } from 'vitest';
import { edgeLiterals, endsWithOne, startsWithOne } from '../../lib/skills/rule-edges';
import { bundled } from '../../lib/skills/taxonomy';

// An ambiguity rule's pattern told by its window's edge before it runs (#13 speed): the check may only ever let
// through windows the pattern rejects, never turn away one it matches. Sentences here are written for this test.

const before = (pattern: string, window: string) => {
  const f = edgeLiterals(pattern, 'end');
  return f === null ? null : endsWithOne(window, 0, window.length, f);
};
const after = (pattern: string, window: string) => {
  const f = edgeLiterals(pattern, 'start');
  return f === null ? null : startsWithOne(window, 0, window.length, f);
};

describe('edgeLiterals', () => {
  it('reads the words a before-pattern ends with, white space skipped', () => {
    expect(edgeLiterals('\\b(the|a|our)\\s*$', 'end')).toMatchObject({ lits: ['the', 'a', 'our'], skip: true, min: 0, anywhere: false });
    expect(before('\\b(the|a|our)\\s*$', 'we ship with our ')).toBe(true);
    expect(before('\\b(the|a|our)\\s*$', 'we ship with OUR')).toBe(true);
    expect(before('\\b(the|a|our)\\s*$', 'we ship with my ')).toBe(false);
    // One character of white space at least with \s+.
    expect(before('\\b(ours|mine)\\s+$', 'it is ours')).toBe(false);
    expect(before('\\b(ours|mine)\\s+$', 'it is ours\t')).toBe(true);
  });

  it('expands optional letters, classes and nested groups', () => {
    expect(new Set(edgeLiterals("\\b(compan(y|ies)'?s?|at (our|the))\\s*$", 'end')!.lits)).toEqual(
      new Set(['company', 'companys', "company'", "company's", 'companies', "companies'", 'companiess', "companies's", 'at our', 'at the']),
    );
    expect(new Set(edgeLiterals('^\\s+optimi[sz]ed\\b', 'start')!.lits)).toEqual(new Set(['optimised', 'optimized']));
  });

  it('reads the words an after-pattern starts with', () => {
    expect(after('^\\s+(team|teams|culture)\\b', ' teams are small')).toBe(true);
    expect(after('^\\s+(team|teams|culture)\\b', 'teams are small')).toBe(false);
    expect(after('^\\s*(,|/|and)', ', Rust')).toBe(true);
    expect(after('^\\s*(,|/|and)', '   And Rust')).toBe(true);
    expect(after('^\\s*(,|/|and)', ' for Rust')).toBe(false);
  });

  it('gives no check where it cannot tell', () => {
    expect(edgeLiterals('^\\s*(a)|b', 'start')).toBeNull(); // "|" at the top
    expect(edgeLiterals('\\b(a|an)\\s+([\\w-]+\\s+){0,2}$', 'end')).toBeNull(); // words of any kind before the end
    expect(edgeLiterals('(\\w+) \\1$', 'end')).toBeNull(); // a back-reference
    expect(edgeLiterals('\\b(caf\u00e9|bar)\\s*$', 'end')).toBeNull(); // a letter above ASCII: its case forms are not folded here
    expect(new Set(edgeLiterals('^\\s*(?:foo)?bar', 'start')!.lits)).toEqual(new Set(['foobar', 'bar']));
    expect(edgeLiterals('^\\s*(\\sfoo|bar)', 'start')).toBeNull(); // a word that may open with white space
    expect(edgeLiterals('^\\s*(?:a|b)?', 'start')).toBeNull(); // nothing needed at all
  });

  it('skips hyphens with the white space where the pattern does', () => {
    expect(edgeLiterals('^[\\s-]*(suite|level)\\b', 'start')).toMatchObject({ lits: ['suite', 'level'], skip: true, dash: true });
    expect(after('^[\\s-]*(suite|level)\\b', ' - level three')).toBe(true);
    expect(after('^[\\s-]*(suite|level)\\b', ' : level three')).toBe(false);
    expect(after('^\\s*-?\\s*to\\b', ' -to-do')).toBe(true);
    expect(before('\\b(equity|stock)[- ]*$', 'paid in stock - ')).toBe(true);
    expect(before('\\b(equity|stock)[- ]*$', 'paid in cash - ')).toBe(false);
    // A word that opens with a hyphen cannot follow a skipped run of hyphens.
    expect(edgeLiterals('^[\\s-]*(-x|y)', 'start')).toBeNull();
  });

  it('(s48) keeps what is known of a string whose next node is not known, and skips a later run of white space before anything is read', () => {
    // "for\s+\w+" needs "for" at the edge all the same; "\d+%" read from the end needs "%".
    expect(new Set(edgeLiterals('^\\s*(for\\s+\\w+|-?based|!)\\b', 'start')!.lits)).toEqual(new Set(['for', '-based', 'based', '!']));
    expect(before('\\b(stock|\\d+%)[- ]*$', 'paid in equity, 10% ')).toBe(true);
    expect(before('\\b(stock|\\d+%)[- ]*$', 'paid in equity, ten ')).toBe(false);
    // A digit is one of ten characters.
    expect(before('\\d\\s*$', 'since 2019 ')).toBe(true);
    expect(before('\\d\\s*$', 'since last year ')).toBe(false);
    // ",?\s+(on|in)": a comma, or once the white space is skipped, "on" or "in".
    expect(new Set(edgeLiterals('^\\s*,?\\s+(?:on|in)\\s', 'start')!.lits)).toEqual(new Set([',', 'on', 'in']));
    expect(after('^\\s*,?\\s+(?:on|in)\\s', ' , on our servers')).toBe(true);
    expect(after('^\\s*,?\\s+(?:on|in)\\s', '  in our servers')).toBe(true);
    expect(after('^\\s*,?\\s+(?:on|in)\\s', ' for our servers')).toBe(false);
    expect(after('^\\s*(&\\s*\\w+\\s*)?:\\s', ' : a list')).toBe(true);
    expect(after('^\\s*(&\\s*\\w+\\s*)?:\\s', ' & tools: a list')).toBe(true);
    expect(after('^\\s*(&\\s*\\w+\\s*)?:\\s', ' - a list')).toBe(false);
    // A string that may be empty before a node not known tells nothing.
    expect(edgeLiterals('^\\s*(x)?\\w', 'start')).toBeNull();
    expect(edgeLiterals('\\b(caf[e\u00e9]|bar)?\\s*$', 'end')).toBeNull();
  });

  it('(s48) tells where its check is the pattern itself (exact), which then need not run', () => {
    expect(edgeLiterals('^\\s*(,|/|or|and)\\s*', 'start')).toMatchObject({ exact: true, bound: false });
    expect(edgeLiterals('\\b(our|the)\\s*$', 'end')).toMatchObject({ exact: true, bound: true });
    // The \b before "the" is checked with it: "bathe" ends with "the" inside a word.
    expect(before('\\b(our|the)\\s*$', 'we bathe ')).toBe(false);
    expect(before('\\b(our|the)\\s*$', 'we join the ')).toBe(true);
    expect(after('^\\s+(teams?|roles?)\\b', ' teams, and')).toBe(true);
    expect(after('^\\s+(teams?|roles?)\\b', ' teamsters')).toBe(false);
    // Not exact: one hyphen in "\\s*-\\s*" (the skip passes any number), a \b inside the words, a lookahead, a
    // pattern that goes on past its words, a run of at most one.
    for (const [p, edge] of [
      ['^\\s*-\\s*(cleared|clearance)\\b', 'start'],
      ['\\bnext-$', 'end'],
      ['(?:[,(:/]|\\band|\\bor)\\s*$', 'end'],
      ['^\\s*(team)(?=s)', 'start'],
      ['^\\s*(team)\\s+lead', 'start'],
      ['^\\s?(team)', 'start'],
    ] as const)
      expect(edgeLiterals(p, edge)?.exact ?? false, p).toBe(false);
  });

  it('reads words needed anywhere in the window where no edge tells', () => {
    expect(edgeLiterals('\\b(also hiring|open roles)\\b[^.\\n]{0,30}$', 'end')).toMatchObject({ lits: ['also hiring', 'open roles'], anywhere: true });
    expect(before('\\b(also hiring|open roles)\\b[^.\\n]{0,30}$', 'We are ALSO HIRING a designer and ')).toBe(true);
    expect(before('\\b(also hiring|open roles)\\b[^.\\n]{0,30}$', 'We hire a designer and a ')).toBe(false);
    // Words too short to tell anything give no check.
    expect(edgeLiterals('\\b(a|an)\\s+\\w+$', 'end')).toBeNull();
  });

  it('never turns away a window the pattern matches, for every rule of the taxonomy on its skill\'s own sentences', () => {
    const { taxonomy } = bundled();
    let checked = 0;
    let skipped = 0;
    for (const skill of taxonomy.skills) {
      const rules = skill.ambiguity?.rules ?? [];
      if (rules.length === 0) continue;
      const texts = [...skill.examples, ...skill.counterExamples];
      for (const rule of rules) {
        for (const [source, edge] of [
          [rule.before, 'end'],
          [rule.after, 'start'],
        ] as const) {
          if (source === undefined) continue;
          const f = edgeLiterals(source, edge);
          if (f === null) continue;
          const re = new RegExp(source, 'i');
          for (const text of texts) {
            // Every window of up to 40 characters that ends (before) or starts (after) at a word's edge.
            for (let at = 0; at <= text.length; at++) {
              const edgeHere = at === 0 || at === text.length || /\W/.test(text[at - 1]!) !== /\W/.test(text[at]!);
              if (!edgeHere) continue;
              const window = edge === 'end' ? text.slice(Math.max(0, at - 40), at) : text.slice(at, at + 40);
              const told = edge === 'end' ? endsWithOne(text, Math.max(0, at - 40), at, f) : startsWithOne(text, at, Math.min(text.length, at + 40), f);
              // (An exact check is the pattern: it says no wherever the pattern does not match, too.)
              if (f.exact) expect(told, `${source} (exact) on "${window}"`).toBe(re.test(window));
              if (re.test(window)) expect(told, `${source} on "${window}"`).toBe(true);
              else if (!told) skipped++;
              checked++;
            }
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(10000);
    // And it tells most windows apart: the point of it.
    expect(skipped / checked).toBeGreaterThan(0.5);
  });
});
