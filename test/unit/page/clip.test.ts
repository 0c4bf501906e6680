import { describe, expect, it } from 'vitest';
import { clipPosting, POSTING_LIMITS } from '@/lib/page/clip';
import { PostingSchema } from '@/lib/messages';
import type { Posting } from '@/lib/posting/types';

const base: Posting = { site: 'greenhouse', url: 'https://boards.greenhouse.io/acme/jobs/1', title: 'SRE', company: 'Acme', location: 'Remote', sections: [] };

describe('clipPosting: what a page shows beyond the limits is cut, never refused', () => {
  it('leaves an ordinary posting alone', () => {
    const p = { ...base, sections: [{ kind: 'requirements' as const, heading: 'Requirements', text: 'Go and Kubernetes', offset: 0 }] };
    expect(clipPosting(p)).toEqual({ posting: p, notes: [] });
  });

  it('cuts a 10,000-character title, a 5,000-character URL, 400 sections and 300 KB of text to what the background takes', () => {
    const sections = Array.from({ length: 400 }, (_, i) => ({ kind: 'other' as const, heading: 'H'.repeat(900), text: 'x'.repeat(750), offset: i * 751 }));
    const p: Posting = { ...base, title: 'T'.repeat(10_000), url: `https://boards.greenhouse.io/acme/jobs/1?${'utm=1&'.repeat(800)}`, company: 'C'.repeat(600), sections };
    const { posting, notes } = clipPosting(p);
    expect(posting.title).toHaveLength(POSTING_LIMITS.title);
    expect(posting.title.endsWith('…')).toBe(true);
    expect(posting.url).toBe('https://boards.greenhouse.io/acme/jobs/1'); // the query goes first
    expect(posting.sections).toHaveLength(POSTING_LIMITS.sections);
    expect(posting.sections.every((s, i) => s.offset === sections[i]!.offset && s.heading.length <= POSTING_LIMITS.heading)).toBe(true);
    expect(notes).toEqual([
      'The title was shortened to 500 characters.',
      'The description is very long: Fitmark read the first 75,000 characters (25%).',
      'What it asks is read from its first 50,000 characters.',
    ]);
    // What is sent passes the background's own schema: the message is never "malformed".
    expect(PostingSchema.safeParse(posting).success).toBe(true);
  });

  it('keeps the text budget across sections, cutting the one that crosses it', () => {
    const sections = [0, 1, 2].map((i) => ({ kind: 'other' as const, heading: '', text: 'y'.repeat(90_000), offset: i * 90_001 }));
    const { posting } = clipPosting({ ...base, sections });
    expect(posting.sections.map((s) => s.text.length)).toEqual([90_000, 90_000, 20_000]);
    expect(PostingSchema.safeParse(posting).success).toBe(true);
  });

  it('says so when the text is kept whole but longer than the checklist reads (lib/posting/short-lines.ts)', () => {
    const long = [{ kind: 'requirements' as const, heading: 'Requirements', text: '- Go and Kubernetes\n'.repeat(3000), offset: 0 }];
    expect(clipPosting({ ...base, sections: long }).notes).toEqual(['What it asks is read from its first 50,000 characters.']);
    const short = [{ kind: 'requirements' as const, heading: 'Requirements', text: '- Go and Kubernetes\n'.repeat(2000), offset: 0 }];
    expect(clipPosting({ ...base, sections: short }).notes).toEqual([]);
  });

  it('never splits an emoji (a surrogate pair) when it cuts', () => {
    const { posting } = clipPosting({ ...base, title: '🚀'.repeat(400) });
    expect(posting.title.length).toBeLessThanOrEqual(POSTING_LIMITS.title);
    expect(posting.title).toMatch(/^(?:🚀)+…$/u);
  });
});
