import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { findMarks } from '@/lib/posting/highlight';

const doc = (html: string) => new JSDOM(`<body><div id="d">${html}</div></body>`).window.document;

describe('in-page marks', () => {
  it('finds each mention on word boundaries, as written, without touching the DOM', () => {
    const d = doc('<p>Run <b>Kubernetes</b> (k8s) with Terraform; Terraformer is not it.</p><script>Terraform</script>');
    const before = d.body.innerHTML;
    const marks = findMarks(d.getElementById('d')!, [
      { text: 'Terraform', kind: 'missing', skillId: 'terraform' },
      { text: 'Kubernetes', kind: 'matched', skillId: 'kubernetes' },
      { text: 'k8s', kind: 'matched', skillId: 'kubernetes' },
    ]);
    expect(marks.map((m) => `${m.skillId}:${m.range.toString()}`).sort()).toEqual(['kubernetes:Kubernetes', 'kubernetes:k8s', 'terraform:Terraform']);
    expect(d.body.innerHTML).toBe(before);
  });

  it('lets the longer mention hold overlapping text, and skips hidden and excluded parts', () => {
    const d = doc('<p>Node.js and Node</p><p hidden>Node.js</p><div class="mine">Node.js</div>');
    const marks = findMarks(
      d.getElementById('d')!,
      [
        { text: 'Node', kind: 'asked', skillId: 'node' },
        { text: 'Node.js', kind: 'asked', skillId: 'nodejs' },
      ],
      (el) => el.classList.contains('mine'),
    );
    expect(marks.map((m) => m.range.toString())).toEqual(['Node.js', 'Node']);
  });
});
