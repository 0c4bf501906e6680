import { describe, expect, it } from 'vitest';
import { skills } from './context-readers';

// Classes of the wrong hits and trap hits studied in session 47 (issue #13): the tune half of fresh-skills-s47a. Every
// sentence here is written for this test, with invented companies: none comes from a real posting or a labelled batch.

describe('team: the tools another team uses, told in brackets right after it', () => {
  it('"partner with the pricing team (they use Stata and SAS)": theirs, not the hire\u2019s', () => {
    for (const [text, id] of [
      ['Partner with the pricing team (they use Stata and SAS) to get them clean inputs every Monday.', 'sas'],
      ['Work with our data scientists (who mostly use PyTorch and JAX) on the serving path.', 'jax'],
      ['Support the actuaries (they live in Excel and R) with a proper warehouse.', 'excel'],
      ['Sit next to the trading desk (they rely on kdb+ for tick data) and learn their questions.', 'kdb'],
    ] as const) {
      expect(skills(text), text).not.toContain(id);
    }
  });

  it('a bracket that asks the hire, or names the team\u2019s own stack, stays', () => {
    expect(skills('Partner with the pricing team (you will rebuild their models in Python and SAS).')).toContain('sas');
    expect(skills('Our platform team (we use Terraform and Kubernetes) is four people.')).toEqual(expect.arrayContaining(['terraform', 'kubernetes']));
    expect(skills('Requirements: PyTorch (they use it for everything here, and so will you).')).toContain('pytorch');
  });
});
