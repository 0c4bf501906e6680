import { describe, expect, it } from 'vitest';
import { analyzePosting, analyzeResume, matchResume } from '@/lib/analyze';
import { postingFromText } from '@/lib/posting/text';
import { postingFacts } from '@/lib/requirements/facts';
import { engine, itemsOfText, TODAY } from './readers';

// Readings mended after the s39d batch's first read (careful-reader-18, #12): each with lines written for this test and a
// counter-example.
const items = (body: string) => itemsOfText(`Marrow Lane | Engineer | Remote\n\n${body}`).map((i) => `${i.importance} ${i.text}`);
const kinds = (body: string) => postingFromText(`Marrow Lane | Engineer | Remote\n\n${body}`).sections.map((s) => `${s.kind}: ${s.heading}`);
const facts = (body: string) => postingFacts(postingFromText(`Marrow Lane | Engineer | Tulsa, OK\n\n${body}`));

describe('headings', () => {
  it('"Is this you?" and "Does this sound like you?" head the asks', () => {
    expect(kinds('Intro line.\n\nIs this you?\n- Haskell in production\n')).toContain('requirements: Is this you?');
    expect(kinds('Intro line.\n\nDoes this sound like you?\n- Haskell in production\n')).toContain('requirements: Does this sound like you?');
    // ("Is this your first job?" is no heading of asks.)
    expect(kinds('Intro line.\n\nIs this your first job?\n- Haskell in production\n')).not.toContain('requirements: Is this your first job?');
  });

  it('a heading set in under a list line ("  Good to know:") heads its sub-list; the list goes on after it', () => {
    const t = 'Requirements\n- Haskell in production\n  Good to know:\n  - Nix\n  - Bazel\n- MySQL replication\n';
    expect(items(t)).toEqual(['required Haskell in production', 'preferred Nix', 'preferred Bazel', 'required MySQL replication']);
    // (The same heading at the list's own margin heads the rest of the list.)
    expect(items('Requirements\n- Haskell in production\n\nGood to know:\n- Nix\n- MySQL replication\n')).toEqual(['required Haskell in production', 'preferred Nix', 'preferred MySQL replication']);
  });
});

describe('facts', () => {
  it('a clearance field ("Security Clearance: Top Secret (active)") is read at its level, not as its label', () => {
    expect(facts('Workplace: On-site\nSecurity Clearance: Top Secret (active, required at start)\n\nRequirements:\n- C++\n').clearance).toBe('Top Secret');
    // (A clearance asked with no level is a clearance of no level.)
    expect(facts('Requirements:\n- C++\n- Must hold an active security clearance\n').clearance).toBe('security clearance');
  });
});

function verdictOf(line: string, resume: string) {
  const a = analyzePosting(engine, postingFromText(`Marrow Lane | Engineer | Remote\n\nRequirements:\n- ${line}\n`));
  return matchResume(engine, a, analyzeResume(engine, 'cv', resume, TODAY)).requirements![0]!.verdict;
}
const cv = (lines: string, extra = '') => `Odile Marchetti\nTulsa, OK\n\nExperience\nResearch Engineer, Sandpiper Audio, May 2020 \u2013 present\n${lines}\nAnalyst, Sandpiper Audio, Jan 2017 \u2013 Apr 2020\n- Reports in Excel for the sales team\n${extra}`;

describe('verdicts', () => {
  it('PyTorch or TensorFlow on the resume shows deep learning', () => {
    expect(verdictOf('Deep learning for speech enhancement', cv('- Trained denoising networks in PyTorch'))).toBe('met');
    expect(verdictOf('Deep learning for speech enhancement', cv('- Speech models built with TensorFlow'))).toBe('met');
    // (scikit-learn is machine learning, not deep learning.)
    expect(verdictOf('Deep learning for speech enhancement', cv('- Gradient-boosted churn models in scikit-learn'))).not.toBe('met');
  });

  it('a language the resume gives in words ("elementary proficiency") below the CEFR level asked is partly met', () => {
    const langs = '\nLanguages\nItalian: elementary proficiency\nSpanish: professional working proficiency\n';
    expect(verdictOf('Italian (B2)', cv('- Ran listening tests', langs))).toBe('partial');
    expect(verdictOf('Spanish at B2 level', cv('- Ran listening tests', langs))).toBe('met');
  });
});

describe('a two-column text export', () => {
  it('a sidebar beside the top of the page, the main column running on below it at full width: every role is read', () => {
    const text = [
      'ODILE MARCHETTI                        TOOLS',
      'Audio Engineer                         PyTorch, NumPy',
      'Tulsa, OK                              librosa, SoX',
      'odile@example.com                      Pro Tools',
      '                                       Git, Docker',
      'EXPERIENCE                             C++, JUCE',
      'Research Engineer                      MATLAB',
      'Sandpiper Audio',
      'May 2020 \u2013 Present',
      '- Trained denoising networks for hearing aids and shipped them on a DSP with a fixed-point C++ port',
      '',
      'Analyst',
      'Redbud Insurance',
      'Jan 2017 \u2013 Apr 2020',
      '- Reports in Excel for the claims team',
      '',
    ].join('\n');
    const profile = analyzeResume(engine, 'cv', text, TODAY).profile!;
    expect(profile.roles.map((r) => r.start)).toEqual(['2020-05', '2017-01']);
    expect(profile.totalYears).toBeCloseTo(9.9, 0);
  });
});

describe('a certificate in a bracket, "or equivalent" closing it', () => {
  it('"RHEL administration (RHCSA or equivalent)": the thing the bracket glosses, shown, meets it', () => {
    const rhel = cv('- Systems administration for the lab: forty RHEL 9 hosts patched and hardened');
    expect(verdictOf('RHEL administration (RHCSA or equivalent)', rhel)).toBe('met');
    // (Without "or equivalent" the certificate is asked as well.)
    expect(verdictOf('RHEL administration (RHCSA required)', rhel)).toBe('partial');
    // (Nor does the bracket stand aside where the thing it glosses is not shown.)
    expect(verdictOf('RHEL administration (RHCSA or equivalent)', cv('- Ran listening tests'))).not.toBe('met');
  });
});

describe('vocabulary', () => {
  it('NIST SP 800-61 (the incident handling guide) is incident response, not the Cybersecurity Framework', () => {
    expect(verdictOf('Incident response for a regional bank', cv('- Led containment of phishing cases per NIST SP 800-61'))).toBe('met');
    // (NIST 800-53 stays the framework: no incident response shown.)
    expect(verdictOf('Incident response for a regional bank', cv('- Mapped controls to NIST 800-53 for the audit'))).not.toBe('met');
  });
});

describe('wishes', () => {
  it('"… helps but is not needed" is no ask', () => {
    expect(items('Requirements\n- Go in production\n- Welsh helps but is not needed.\n')).toEqual(['required Go in production', 'preferred Welsh helps but is not needed.']);
    // (What is needed stays asked.)
    expect(items('Requirements\n- Go in production\n- Welsh is needed for the support rota.\n')).toEqual(['required Go in production', 'required Welsh is needed for the support rota.']);
  });
});
