import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileMatcher, dotJsVariant, findSkills, joinedVariant, skillForms, spellingVariant, splitVariant } from '@/lib/skills/matcher';
import { Skill, type SkillInput } from '@/lib/skills/schema';
import { hashOf, lowerAt, maskTokens, normalizeText, scanTokens, TOK_GLUED, TOK_SENTENCE_SHIFT, TOK_WORD, TokenArrays, tokenize } from '@/lib/skills/tokenize';
import { bundled } from '@/lib/skills/taxonomy';

const skill = (s: SkillInput) => Skill.parse(s);

describe('tokenize', () => {
  it('keeps offsets exact and drops only hyphens glued between words', () => {
    const text = 'on-call, C++ and .NET - fine';
    const toks = tokenize(text);
    for (const t of toks) expect(text.slice(t.start, t.end).toLowerCase()).toBe(t.lower);
    expect(toks.map((t) => t.lower)).toEqual(['on', 'call', ',', 'c', '+', '+', 'and', '.', 'net', '-', 'fine']);
  });

  it('starts a new sentence after a full stop and a space, or a line break', () => {
    const toks = tokenize('Use Node.js daily. Then Go\nRust');
    expect(toks.find((t) => t.lower === 'js')!.sentence).toBe(0);
    expect(toks.find((t) => t.lower === 'then')!.sentence).toBe(1);
    expect(toks.find((t) => t.lower === 'rust')!.sentence).toBe(2);
  });
});

describe('scanTokens', () => {
  // The matcher reads tokens from scanTokens' arrays; tokenize() is the reference they must agree with.
  const same = (text: string, buf = new TokenArrays(4)) => {
    scanTokens(text, buf);
    const want = tokenize(text);
    expect(buf.count).toBe(want.length);
    want.forEach((t, k) => {
      expect([buf.start[k], buf.end[k], lowerAt(text, buf, k), buf.hash[k]]).toEqual([t.start, t.end, t.lower, hashOf(t.lower)]);
      const info = buf.info[k]!;
      expect([(info & TOK_WORD) !== 0, (info & TOK_GLUED) !== 0, info >> TOK_SENTENCE_SHIFT]).toEqual([t.word, t.glued, t.sentence]);
    });
  };

  it('gives the tokens tokenize() gives, on written cases', () => {
    for (const text of [
      '', '   ', 'on-call, C++ and .NET - fine', 'a--b -c d- e-\nf-', 'Use Node.js daily. Then Go\nRust; next • item? yes! ok',
      'İSTANBUL ΣΟΦΟΣ Straße 𝐏𝐲𝐭𝐡𝐨𝐧 😀-ok e\u0301t\u00e9 \ud800 x', 'pay $140-170K CAD, see https://acme.io/jobs or jobs@acme.io',
    ])
      same(text);
  });

  it('gives the tokens tokenize() gives, on arbitrary text, growing its buffers as it goes', () => {
    const piece = fc.constantFrom('-', '--', ' ', '\n', '.', '. ', '!', ';', '•', 'İ', 'Σ', 'ς', '😀', '\ud83d', 'é', '\u00a0', 'Go', 'node', 'JS', '42', '$', '@');
    fc.assert(fc.property(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 60 }), fc.array(piece, { maxLength: 40 }).map((a) => a.join(''))), (text) => same(text)), { numRuns: 2000 });
  });
});

describe('matcher on a small taxonomy', () => {
  const skills = [
    skill({ id: 'go', name: 'Go', category: 'language', cased: ['Go'], aliases: ['golang'],
      ambiguity: { otherwise: 'accept', rules: [{ decision: 'reject', after: '^\\s*-\\s*to\\b' }] } }),
    skill({ id: 'load-balancing', name: 'load balancing', category: 'networking', aliases: ['load balancer'] }),
    skill({ id: 'aws', name: 'AWS', category: 'cloud' }),
    skill({ id: 'eks', name: 'EKS', category: 'cloud-service', aliases: ['Amazon EKS'] }),
    skill({ id: 'r', name: 'R', category: 'language', cased: ['R'],
      ambiguity: { otherwise: 'reject', rules: [{ decision: 'accept', near: ['go'] }] } }),
  ];
  const m = compileMatcher(skills);
  const ids = (text: string) => findSkills(m, text).map((h) => h.skillId);

  it('matches case-sensitive forms only in their case', () => {
    expect(ids('We write Go services')).toEqual(['go']);
    expect(ids('ready to go live')).toEqual([]);
    expect(ids('Golang and gopher')).toEqual(['go']);
  });

  it('applies ambiguity rules from the data', () => {
    expect(ids('our Go-to-market team')).toEqual([]);
    expect(ids('R and Go in one sentence')).toEqual(['r', 'go']);
    expect(ids('Plan R. Then Go')).toEqual(['go']);
  });

  it('reads a rule\'s context on the mention\'s own line only (issue #13, s26)', () => {
    // The rule rejects Go before "- to"; a list line that ends on Go and a next line opening with "- to …" is no "Go-to".
    expect(ids('Stack: Python, Go\n- to apply, write to us')).toEqual(['go']);
    expect(ids('Stack: Python, Go - to apply, write to us')).toEqual([]);
    expect(ids('Stack: Python, Go\n\n- to apply, write to us')).toEqual(['go']);
  });

  it('takes the longest match, hyphen and space variants, and plurals', () => {
    expect(ids('Amazon EKS clusters')).toEqual(['eks']);
    expect(ids('load-balancers and Load Balancing')).toEqual(['load-balancing', 'load-balancing']);
  });

  it('reads "X/Y Z" as "X Z" too, when the word before the slash ends a phrase only with the words after it', () => {
    expect(ids('Tune the load/traffic balancer nightly')).toEqual(['load-balancing']);
    // The mention is the word before the slash, standing for the phrase (as an item of a shared-head list is), so the
    // phrase after the slash keeps a span of its own.
    const [hit] = findSkills(m, 'a load/traffic balancer');
    expect(hit!.text).toBe('load balancer');
    expect('a load/traffic balancer'.slice(hit!.start, hit!.end)).toBe('load');
    expect(ids('load / traffic balancer')).toEqual([]); // spaced: not one phrase
    expect(ids('load/traffic')).toEqual([]);
    expect(ids('AWS/EKS clusters')).toEqual(['aws', 'eks']); // the word before the slash is a skill of its own
  });

  it('returns offsets that slice back to the mention', () => {
    const text = 'Run  EKS on AWS.';
    for (const h of findSkills(m, text)) expect(text.slice(h.start, h.end)).toBe(h.text);
  });
});

describe('matcher on the bundled taxonomy', () => {
  const { matcher } = bundled();
  const ids = (text: string) => new Set(findSkills(matcher, text).map((h) => h.skillId));

  it.each([
    ['C++ and C# on .NET', ['cpp', 'c-sharp', 'dotnet']],
    ['Node.js services', ['nodejs']],
    ['a CI/CD pipeline', ['ci-cd']],
    ['deep TCP/IP knowledge', ['tcp-ip']],
    ['Kubernetes (k8s) on AWS with Terraform', ['kubernetes', 'aws', 'terraform']],
    ['We use Golang and Postgres', ['go', 'postgresql']],
  ])('finds the skills in %j', (text, expected) => {
    const found = ids(text);
    for (const id of expected) expect(found, `${id} in ${text}`).toContain(id);
  });

  it('judges an ambiguous form at the end of a line by that line alone (issue #13, s26)', () => {
    expect(ids('Tools we run: Bazel, Redis, Nix\nThe office sits by the harbour.')).toContain('nix');
    expect(ids('Nix the old cron jobs before launch.')).not.toContain('nix');
  });

  it('finds common misspellings, which are never shown', async () => {
    const { analyzeResume } = await import('@/lib/analyze');
    const r = analyzeResume(bundled(), 'cv', 'Five years of Kubernets, Terrafrom and Postgress.');
    expect(r.skills.map((x) => [x.id, x.name])).toEqual([
      ['kubernetes', 'Kubernetes'],
      ['terraform', 'Terraform'],
      ['postgresql', 'PostgreSQL'],
    ]);
  });

  it.each(['Ready to go?', 'our go-to-market plan', 'you will go beyond', 'Let us go over the design'])(
    'does not read "go" the verb as Go: %j',
    (text) => {
      expect(ids(text)).not.toContain('go');
    },
  );
});

describe('cased forms', () => {
  const m = compileMatcher([
    skill({ id: 'telecom', name: 'Telecom', category: 'networking', aliases: ['RAN', 'SIP', 'telco'], cased: ['RAN', 'SIP'] }),
    skill({ id: 'restate', name: 'Restate', category: 'tool', cased: ['Restate'] }),
    skill({ id: 'awk', name: 'awk', category: 'language', aliases: ['AWK', 'gawk'], cased: ['awk'] }),
  ]);
  const ids = (text: string) => findSkills(m, text).map((h) => h.skillId);

  it('match only in their case, even when also listed as aliases', () => {
    expect(ids('She ran the night shift and we sip coffee')).toEqual([]);
    expect(ids('Tune the RAN and debug SIP trunks for a telco')).toEqual(['telecom', 'telecom', 'telecom']);
  });

  it('still find a skill whose only form is cased, in that case', () => {
    expect(ids('Workflows run on Restate.')).toEqual(['restate']);
    expect(ids('Let me restate the plan. RESTATE it.')).toEqual([]);
  });

  it('take a spelling that differs only in case as one more exact spelling', () => {
    expect(ids('awk, AWK and gawk')).toEqual(['awk', 'awk', 'awk']);
    expect(ids('an Awk moment')).toEqual([]);
  });

  it('leave no cased form of the bundled taxonomy matchable in another case', () => {
    for (const s of bundled().taxonomy.skills) {
      const cased = new Set(s.cased.map((c) => c.toLowerCase()));
      for (const [form, caseSensitive] of skillForms(s)) if (!caseSensitive) expect(cased.has(form.toLowerCase()), `${s.id}: ${form}`).toBe(false);
    }
    const found = findSkills(bundled().matcher, 'I ran the team, we sip tea and we restate goals.').map((h) => h.skillId);
    expect(found).toEqual([]);
  });

  it('read a capitalised cased word in lower case only between other skills of a list', () => {
    const b = (text: string) => new Set(findSkills(bundled().matcher, text).map((h) => h.skillId));
    expect(b('tools: python, groovy and bash')).toContain('groovy');
    expect(b('JAVA / GROOVY')).toContain('groovy');
    expect(b('kotlin or groovy')).toContain('groovy');
    expect(b('a groovy, relaxed office')).not.toContain('groovy');
    expect(b('the vibe is groovy')).not.toContain('groovy');
  });
});

describe('normalised text, original offsets', () => {
  const m = compileMatcher([
    skill({ id: 'kubernetes', name: 'Kubernetes', category: 'containers' }),
    skill({ id: 'terraform', name: 'Terraform', category: 'iac' }),
    skill({ id: 'nodejs', name: 'Node.js', category: 'framework' }),
    skill({ id: 'cpp', name: 'C++', category: 'language' }),
    skill({ id: 'fintech', name: 'fintech', category: 'practice' }),
  ]);

  it('reads through soft hyphens, zero-width characters and compatibility forms', () => {
    const text = 'Ship Kuber\u00ADnetes, Terra\u200Bform and \uFF2E\uFF4F\uFF44\uFF45.js in \uFB01ntech';
    const hits = findSkills(m, text);
    expect(hits.map((h) => h.skillId)).toEqual(['kubernetes', 'terraform', 'nodejs', 'fintech']);
    for (const h of hits) expect(text.slice(h.start, h.end)).toBe(h.text);
    expect(hits[0]!.text).toBe('Kuber\u00ADnetes');
    expect(hits[3]!.text).toBe('\uFB01ntech');
  });

  it('reads the Unicode hyphens (U+2010, non-breaking U+2011) as "-", with offsets into the text as written', () => {
    const hyphened = compileMatcher([
      skill({ id: 'multi-tenancy', name: 'Multi-tenancy', category: 'practice', aliases: ['multi-tenant'] }),
      skill({ id: 'real-time', name: 'Real-time systems', category: 'practice', aliases: ['real-time'] }),
      skill({ id: 'kubernetes', name: 'Kubernetes', category: 'containers' }),
    ]);
    const text = 'We run multi\u2011tenant Kubernetes and stream real\u2010time events.';
    const hits = findSkills(hyphened, text);
    expect(hits.map((h) => h.skillId)).toEqual(['multi-tenancy', 'kubernetes', 'real-time']);
    expect(hits.map((h) => h.text)).toEqual(['multi\u2011tenant', 'Kubernetes', 'real\u2010time']);
    // The shipped taxonomy reads them too.
    expect(findSkills(bundled().matcher, 'multi\u2011tenant clusters').map((h) => h.skillId)).toContain('multi-tenancy');
  });

  it('does not hand out offsets inside a character that became several', () => {
    // U+2026 is three full stops after NFKC; "C" then "++" is still C++ only when written so.
    expect(findSkills(m, 'C\u2026++').map((h) => h.skillId)).toEqual([]);
    expect(normalizeText('plain ascii').starts).toBeNull();
  });

  // Each skill written with invisible characters and full-width letters scattered in it, between plain words.
  const forms = ['Kubernetes', 'Terraform', 'Node.js', 'C++', 'fintech'];
  const idOf: Record<string, string> = { Kubernetes: 'kubernetes', Terraform: 'terraform', 'Node.js': 'nodejs', 'C++': 'cpp', fintech: 'fintech' };
  const INVISIBLE = ['\u00AD', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF'];
  const disguised = fc
    .tuple(fc.constantFrom(...forms), fc.array(fc.tuple(fc.nat(), fc.constantFrom(...INVISIBLE, 'wide')), { maxLength: 4 }))
    .map(([form, edits]) => {
      const chars = [...form];
      for (const [at, edit] of edits) {
        const k = at % chars.length;
        const c = chars[k]!;
        // Full-width forms: U+FF01 … U+FF5E are ASCII ! … ~ moved by 0xFEE0.
        const code = c.charCodeAt(c.length - 1);
        if (edit === 'wide') chars[k] = code >= 0x21 && code <= 0x7e ? c.slice(0, -1) + String.fromCharCode(code + 0xfee0) : c;
        else chars[k] = edit + c;
      }
      return { form, written: chars.join('') };
    });
  const filler = fc.constantFrom('we', 'ship', 'daily', 'with', 'caf\u00E9', 'cafe\u0301', '\u00BD', 'and', '\u2026');

  it('finds every disguised skill, and each mention slices back to a text that normalises to its form', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(disguised, filler), { maxLength: 12 }), fc.constantFrom(' ', ', ', '\n', ' \u00A0'), (parts, sep) => {
        const text = parts.map((p) => (typeof p === 'string' ? p : p.written)).join(sep);
        const hits = findSkills(m, text);
        expect(hits.map((h) => h.skillId)).toEqual(parts.flatMap((p) => (typeof p === 'string' ? [] : [idOf[p.form]])));
        let k = 0;
        for (const p of parts) {
          if (typeof p === 'string') continue;
          const h = hits[k++]!;
          expect(text.slice(h.start, h.end)).toBe(h.text);
          expect(normalizeText(h.text).text).toBe(p.form);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('maps every normalised character back to whole original characters', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (text) => {
        const { text: norm, starts, ends } = normalizeText(text);
        if (!starts) {
          expect(norm).toBe(text);
          return;
        }
        expect(starts[norm.length]).toBe(text.length);
        for (let k = 0; k < norm.length; k++) {
          expect(starts[k]).toBeLessThan(ends![k + 1]!);
          // A piece of the original normalises to the characters that come from it.
          if (k === 0 || starts[k] !== starts[k - 1]) {
            let e = k + 1;
            while (e < norm.length && starts[e] === starts[k]) e++;
            expect(normalizeText(text.slice(starts[k], ends![e])).text).toBe(norm.slice(k, e));
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('addresses and money', () => {
  const m = compileMatcher([
    skill({ id: 'notion', name: 'Notion', category: 'tool' }),
    skill({ id: 'github', name: 'GitHub', category: 'tool' }),
    skill({ id: 'rust', name: 'Rust', category: 'language', aliases: ['rustlang'] }),
    skill({ id: 'docker', name: 'Docker', category: 'containers' }),
    skill({ id: 'socket-io', name: 'Socket.IO', category: 'library' }),
    skill({ id: 'kubernetes', name: 'Kubernetes', category: 'containers' }),
    skill({ id: 'cad', name: 'CAD', category: 'tool', cased: ['CAD'] }),
    skill({ id: 'ambiguity', name: 'ambiguity', category: 'soft', aliases: ['ambiguous'] }),
  ]);
  const ids = (text: string) => findSkills(m, text).map((h) => h.skillId);

  it.each([
    'Our wiki: quiet-river-12.notion.site/onboarding',
    'Read the guide at github.com/acme/handbook before you apply.',
    'Questions? Mail rust@acme.io or docker-team@acme.dev',
    'Follow @rustlang and (@github) for news',
    'Pricing lives at https://www.docker.com/pricing.',
    'see www.github.com',
    'Apply via Notion.so/acme-careers',
  ])('reads no skill inside an address: %j', (text) => {
    expect(ids(text)).toEqual([]);
  });

  it('still finds the same words outside addresses, and a form that is the whole address', () => {
    expect(ids('We plan in Notion and review on GitHub.')).toEqual(['notion', 'github']);
    expect(ids('Real-time with socket.io and Socket.IO')).toEqual(['socket-io', 'socket-io']);
    expect(ids('You know Kubernetes.In this role you write Rust.')).toEqual(['kubernetes', 'rust']);
    expect(ids('Comfortable with ambiguous requirements')).toEqual(['ambiguity']);
  });

  it.each(['Base pay $120-150K CAD plus equity', 'Salary: 85k CAD', 'CAD 110,000 to CAD 135,000', 'CAD $95k', '€70 000 CAD'])(
    'reads no currency code beside an amount as a skill: %j',
    (text) => {
      expect(ids(text)).toEqual([]);
    },
  );

  it('(s48) masks a code whatever its case, and no other word of three letters, told by its letters first', () => {
    const ranges = (text: string) => {
      const toks = new TokenArrays(8);
      scanTokens(text, toks);
      return maskTokens(text, toks)?.ranges ?? null;
    };
    expect(ranges('Pay is 85k Cad a year')).toEqual([3, 4, 1]);
    expect(ranges('paid in usd or eur')).toBeNull(); // lowercase, no amount: no code in capitals
    expect(ranges('paid in USD or EUR')).toEqual([2, 3, 1, 4, 5, 1]);
    expect(ranges('the 90k and 120k for you')).toBeNull();
    // A word above ASCII whose lowercase is a code (U+212A, the Kelvin sign, lowercases to "k").
    expect(ranges('SE\u212A 90k')).toEqual([0, 1, 1]);
  });

  it('still finds CAD as a tool', () => {
    expect(ids('Two years of CAD software and CAD drafting')).toEqual(['cad', 'cad']);
    expect(ids('Model parts in CAD for 3 years')).toEqual(['cad']);
    expect(findSkills(bundled().matcher, 'Pay: $140-170K CAD').map((h) => h.skillId)).not.toContain('cad');
  });
});

describe('spellings', () => {
  it.each([
    ['optimization', 'optimisation'],
    ['containerisation', 'containerization'],
    ['virtualized', 'virtualised'],
    ['analyse', 'analyze'],
    ['modelling', 'modeling'],
    ['labeled', 'labelled'],
    ['behaviour', 'behavior'],
    ['behavioural', 'behavioral'],
    ['centre', 'center'],
    ['fibres', 'fibers'],
  ])('%s is also %s', (a, b) => {
    expect(spellingVariant(a)).toBe(b);
    expect(spellingVariant(b)).toBe(a);
  });

  it.each(['size', 'prize', 'seize', 'telling', 'selling', 'feeling', 'noise', 'four', 'tour', 'your', 'hour', 'cluster', 'after', 'fire', 'there'])('%s keeps its one spelling', (w) => {
    expect(spellingVariant(w)).toBeNull();
  });

  it('matches either spelling of a form, whichever the taxonomy wrote', () => {
    const m = compileMatcher([
      skill({ id: 'query-optimization', name: 'query optimization', category: 'database' }),
      skill({ id: 'data-modeling', name: 'Data modelling', category: 'data' }),
    ]);
    const ids = (text: string) => findSkills(m, text).map((h) => h.skillId);
    expect(ids('Query optimisation and data modeling')).toEqual(['query-optimization', 'data-modeling']);
    expect(ids('query optimizations, data modelling')).toEqual(['query-optimization', 'data-modeling']);
  });
});

describe('joined compounds', () => {
  it.each([
    ['on-call', 'oncall'],
    ['self-hosted', 'selfhosted'],
    ['e-commerce', 'ecommerce'],
    ['multi-tenant', 'multitenant'],
    ['fine tuning', 'finetuning'],
    ['on prem', 'onprem'],
  ])('%s may be written %s', (a, b) => {
    expect(joinedVariant(a)).toBe(b);
  });

  it.each(['gh-ost', 'data engineer', 'site reliability engineers', 'CI-CD', 'data pipelines', 'infrastructure as code', 'go', 'a-b', 'Apache Kafka', 'service level objectives'])('%s is not joined', (f) => {
    expect(joinedVariant(f)).toBeNull();
  });

  it('matches the joined spelling of a two-word form, and keeps soft skills and cased forms as written', () => {
    const m = compileMatcher([
      skill({ id: 'on-call', name: 'On-call', category: 'practice', aliases: ['pager duty rotation'] }),
      skill({ id: 'self-hosting', name: 'self hosting', category: 'practice' }),
      skill({ id: 'team-player', name: 'team player', category: 'soft' }),
      skill({ id: 'gh-ost', name: 'gh-ost', category: 'tool' }),
    ]);
    const ids = (text: string) => findSkills(m, text).map((h) => h.skillId);
    expect(ids('Join the oncall rotation; we value selfhosting.')).toEqual(['on-call', 'self-hosting']);
    expect(ids('A real teamplayer who saw a ghost')).toEqual([]);
  });
});

describe('JavaScript libraries written without the dot', () => {
  it.each([
    ['Three.js', 'Threejs'],
    ['Chart.js', 'Chartjs'],
    ['D3.js', 'D3js'],
  ])('%s may be written %s', (a, b) => {
    expect(dotJsVariant(a)).toBe(b);
  });

  it.each(['Node', 'Vue.js app', 'next.config.js', 'JS', '.js'])('%s has no such form', (f) => {
    expect(dotJsVariant(f)).toBeNull();
  });

  it('matches the glued name in any case, and still the dotted one', () => {
    const m = compileMatcher([skill({ id: 'threejs', name: 'Three.js', category: 'library' })]);
    const ids = (text: string) => findSkills(m, text).map((h) => h.skillId);
    expect(ids('Scenes in ThreeJS, shaders in threejs, and the docs of Three.js.')).toEqual(['threejs', 'threejs', 'threejs']);
    expect(ids('Three JavaScript developers.')).toEqual([]);
  });
});

describe('names written in two parts', () => {
  it.each([
    ['TypeScript', 'Type Script'],
    ['PostgreSQL', 'Postgre SQL'],
    ['NumPy', 'Num Py'],
    ['GitHub', 'Git Hub'],
  ])('%s may be written %s', (a, b) => {
    expect(splitVariant(a)).toBe(b);
  });

  it.each(['Kubernetes', 'iOS', 'PagerDutyOps', 'K8s', 'GitHub Actions', 'AWS', 'DataHub', 'FireHydrant'])('%s has no split form', (f) => {
    expect(splitVariant(f)).toBeNull();
  });

  it('matches the split name only as written, capitals and all', () => {
    const m = compileMatcher([
      skill({ id: 'typescript', name: 'TypeScript', category: 'language' }),
      skill({ id: 'opensearch', name: 'OpenSearch', category: 'database' }),
    ]);
    const ids = (text: string) => findSkills(m, text).map((h) => h.skillId);
    expect(ids('Type Script and Open Search')).toEqual(['typescript', 'opensearch']);
    expect(ids('an open search for a type script writer')).toEqual([]);
  });
});
