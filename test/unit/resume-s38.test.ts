import { describe, expect, it } from 'vitest';
import { analyzeResume } from '@/lib/analyze';
import { engine, TODAY } from './readers';

// Written for this test (session 38, #12): a role's detail line, unbulleted and indented, sits between two dated lines
// that each name a title and a company; it is the role above's, not the heading of the role below.
describe('a dated line that names title and company heads its role alone', () => {
  const text = 'Marcus Bell\n\nWork History\nSystems Engineer, Riverbend Clinics (2022 - present)\n  Azure landing zones, Azure Policy, Terraform modules\nHelp Desk Technician, Riverbend Clinics (2019 - 2022)\n  Password resets and laptop imaging\n';
  const r = analyzeResume(engine, 'cv', text, TODAY);
  it('keeps the detail with the role above it', () => {
    const roles = r.profile!.roles;
    expect(roles.map((x) => x.title)).toEqual(['Systems Engineer', 'Help Desk Technician']);
    expect(text.slice(roles[0]!.textStart, roles[0]!.textEnd)).toContain('Azure landing zones');
    expect(text.slice(roles[1]!.textStart, roles[1]!.textEnd)).not.toContain('Azure');
  });
  it('so the years of Terraform are the systems role\u2019s, not the help desk\u2019s too (resume-fresh\u2019s au-current keeps a title above a dated line of company and place)', () => {
    expect(r.profile!.skillRoles.terraform).toEqual([0]);
  });
});
