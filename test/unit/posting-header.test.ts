import { describe, expect, it } from 'vitest';
import { postingFromText } from '@/lib/posting/text';

// Header lines written for this test (session 34), in the orders pasted postings use: the cells after the company
// come in any order, so the title is the cell that names a job and the place the cell that says where.
const head = (line: string) => {
  const p = postingFromText(`${line}\n\nWe build tools for freight brokers.`);
  return { company: p.company, title: p.title, location: p.location };
};

describe('a pasted posting’s header line', () => {
  it.each([
    ['Quarrylane | Senior Platform Engineer | Remote (EU) | Full-time', 'Quarrylane', 'Senior Platform Engineer', 'Remote (EU)'],
    ['Quarrylane | REMOTE (US) | Full-time | Staff SRE | $180k–$220k', 'Quarrylane', 'Staff SRE', 'REMOTE (US)'],
    ['Quarrylane | Leeds, UK | multiple roles | hybrid or remote | full-time', 'Quarrylane', 'multiple roles', 'Leeds, UK'],
    ['Quarrylane | https://quarrylane.example | Backend Developer (Go) | Onsite in Toronto', 'Quarrylane', 'Backend Developer (Go)', 'Onsite in Toronto'],
    ['Quarrylane | Hybrid in Austin, TX | Founding Engineer', 'Quarrylane', 'Founding Engineer', 'Hybrid in Austin, TX'],
  ])('%s', (line, company, title, location) => {
    expect(head(line)).toEqual({ company, title, location });
  });

  it('names no title where no cell names a job (a place, an address and a contract only)', () => {
    expect(head('Quarrylane | Denver, CO | Full-time | quarrylane.example')).toEqual({ company: 'Quarrylane', title: '', location: 'Denver, CO' });
  });

  it('takes a cell that opens on the place as the place, even if it names levels', () => {
    expect(head('Quarrylane | Data Engineer | Remote, hiring in the US: senior and staff engineers')).toMatchObject({ title: 'Data Engineer', location: 'Remote, hiring in the US: senior and staff engineers' });
  });

  it('reads a header that opens on the job as naming no company', () => {
    expect(head('Head of Platform Engineering | Full-Time | Remote | $190k - $240k USD')).toEqual({ company: '', title: 'Head of Platform Engineering', location: 'Remote' });
  });

  it('keeps a company whose name has a job word when a later cell names the job', () => {
    expect(head('Developer Tools Co | Senior Backend Engineer | Remote (US)')).toEqual({ company: 'Developer Tools Co', title: 'Senior Backend Engineer', location: 'Remote (US)' });
  });

  it('keeps a line without cells as the title', () => {
    expect(head('Senior Site Reliability Engineer')).toEqual({ company: '', title: 'Senior Site Reliability Engineer', location: '' });
  });
});
