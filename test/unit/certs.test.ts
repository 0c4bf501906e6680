import { describe, expect, it } from 'vitest';
import { certsIn } from '../../lib/requirements/certs';
import { requirementItems } from '../../lib/requirements/items';
import { termPattern } from '../../lib/requirements/terms';
import { postingFromText } from '../../lib/posting/text';
import { bundled } from '../../lib/skills/taxonomy';
import { findSkills as find } from '../../lib/skills/matcher';

// Sentences written for this test.
const { matcher, taxonomy } = bundled();
const groupsOf = (line: string) => {
  const posting = postingFromText(`Engineer\n\nRequirements\n- ${line}\n`);
  const items = requirementItems(posting, (t) => find(matcher, t), { skillInfo: (id) => taxonomy.byId.get(id) });
  return items.map((i) => i.groups);
};

describe('certifications a requirement names', () => {
  it('reads exam codes, acronyms and vendor titles, not TLS certificates or degrees', () => {
    expect(certsIn('DP-203 or SAA-C03 certified').map((c) => c.words)).toEqual(['DP-203', 'SAA-C03']);
    expect(certsIn('HashiCorp Terraform Associate certification preferred').map((c) => c.words)).toEqual(['HashiCorp Terraform Associate']);
    expect(certsIn('Microsoft Certified: Azure Solutions Architect Expert').map((c) => c.words)).toEqual(['Microsoft Azure Solutions Architect Expert']);
    expect(certsIn('Rotate TLS certificates with cert-manager')).toEqual([]);
    expect(certsIn('BS in CS or relevant certifications')).toEqual([]);
  });

  it('makes a choice of them, or one group each when joined by "and"', () => {
    expect(groupsOf('Must have CCNA or CCNP')).toEqual([[['term:CCNA', 'term:CCNP']]]);
    expect(groupsOf('CKA and CKAD certifications')).toEqual([[['term:CKA'], ['term:CKAD']]]);
    expect(groupsOf('AWS certification (Solutions Architect Associate or higher)')).toEqual([[['term:AWS Solutions Architect Associate']]]);
    // The word after a list of vendors is each vendor's: their certifications, not experience of the clouds.
    expect(groupsOf('AWS or GCP certification')).toEqual([[['aws-certification', 'google-cloud-certification']]]);
    expect(groupsOf('AWS experience and an AWS certification')).toEqual([[['aws'], ['aws-certification']]]);
    expect(groupsOf('Kubernetes certification (CKA)')).toEqual([[['term:CKA']]]);
  });

  it('a resume meets a certification by its title in the vendor\'s words, or by its acronym', () => {
    expect(termPattern('term:AWS Security Specialty').test('AWS Certified Security \u2013 Specialty (2022)')).toBe(true);
    expect(termPattern('term:Google Cloud Professional Cloud Architect').test('Google Cloud Certified - Professional Cloud Architect')).toBe(true);
    expect(termPattern('term:CKA').test('Certified Kubernetes Administrator, 2023')).toBe(true);
    expect(termPattern('term:Kubernetes Administrator').test('CKA (2023)')).toBe(true);
    expect(termPattern('term:CKA').test('CKAD (2023)')).toBe(false);
  });
});
