import { useEffect } from 'react';
import type { Role, Skill } from '@/lib/skills/schema';
import { roleAnchor } from '@/lib/match/role';

export interface GuideViewProps {
  roles: readonly Role[];
  skills: readonly Skill[];
  /** The fragment to land on (without '#'). */
  hash: string;
  /** The posting the reader came from (http or https only), for a way back. */
  from?: string | null;
}

const WEIGHT = { core: 'Core: most postings ask for it', common: 'Common: many postings ask for it', adjacent: 'A plus' } as const;

/** The role guides: one section per role, one anchored section per skill it involves. */
export function GuideView({ roles, skills, hash, from }: GuideViewProps) {
  const back = from && /^https?:\/\//.test(from) ? from : null;
  const byId = new Map(skills.map((s) => [s.id, s]));
  const covered = new Set(roles.flatMap((r) => r.skills.map((s) => s.skill)));
  const others = skills.filter((s) => !covered.has(s.id));

  useEffect(() => {
    if (!hash) return;
    const el = document.getElementById(hash);
    if (!el) return;
    el.scrollIntoView({ block: 'start' });
    el.classList.add('g-target');
    // The section's own heading (a role's h2, a skill's h3 or h4): screen readers start reading there.
    (el.querySelector('h2, h3, h4') as HTMLElement | null)?.focus({ preventScroll: true });
  }, [hash]);

  return (
    <div className="g">
      <nav aria-label="Role guides" className="g-toc">
        <h1>Fitmark role guides</h1>
        {back && (
          <p>
            <a href={back} data-testid="back-to-posting">
              ← Back to the posting
            </a>
          </p>
        )}
        <ul>
          {roles.map((r) => (
            <li key={r.id}>
              <a href={`#${roleAnchor(r.id)}`}>{r.title}</a>
              {hash.startsWith(`${r.id}--`) || hash === r.id ? (
                <ul className="g-toc-skills">
                  {r.skills.map((s) => (
                    <li key={s.skill}>
                      <a href={`#${roleAnchor(r.id, s.skill)}`} aria-current={hash === roleAnchor(r.id, s.skill) ? 'location' : undefined}>
                        {byId.get(s.skill)?.name ?? s.skill}
                      </a>
                    </li>
                  ))}
                </ul>
              ) : null}
            </li>
          ))}
          {others.length > 0 && (
            <li>
              <a href="#skills">Other skills</a>
            </li>
          )}
        </ul>
      </nav>
      <main>
        {roles.map((r) => (
          <article key={r.id} id={roleAnchor(r.id)} className="g-role">
            <h2 tabIndex={-1}>{r.title}</h2>
            <p className="g-lead">{r.summary}</p>
            <h3>The role in practice</h3>
            <ul>
              {r.practice.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
            {r.backgrounds.length > 0 && (
              <>
                <h3>Where people come from</h3>
                <ul>
                  {r.backgrounds.map((b) => (
                    <li key={b}>{b}</li>
                  ))}
                </ul>
              </>
            )}
            {r.transitions.length > 0 && (
              <>
                <h3>Moving in from an adjacent role</h3>
                <dl>
                  {r.transitions.map((t) => (
                    <div key={t.from}>
                      <dt>{t.from}</dt>
                      <dd>{t.text}</dd>
                    </div>
                  ))}
                </dl>
              </>
            )}
            {r.fit.length > 0 && (
              <>
                <h3>How to evaluate your fit</h3>
                <dl>
                  {r.fit.map((f) => (
                    <div key={f.question}>
                      <dt>{f.question}</dt>
                      <dd>{f.text}</dd>
                    </div>
                  ))}
                </dl>
              </>
            )}
            <h3>Skill by skill</h3>
            {r.skills.map((s) => {
              const skill = byId.get(s.skill);
              return (
                <section key={s.skill} id={roleAnchor(r.id, s.skill)} className="g-skill">
                  <h4 tabIndex={-1}>
                    {skill?.name ?? s.skill} <span className="g-weight">{WEIGHT[s.weight]}</span>
                  </h4>
                  <p>
                    <strong>What it is.</strong> {s.what}
                  </p>
                  <p>
                    <strong>Why this role needs it.</strong> {s.why}
                  </p>
                  <p>
                    <strong>What the market expects.</strong> {s.market}
                  </p>
                  <p>
                    <strong>How to show it on a resume.</strong> {s.show}
                  </p>
                  <p>
                    <strong>How to close the gap.</strong> {s.learn}
                  </p>
                </section>
              );
            })}
          </article>
        ))}
        {others.length > 0 && (
          <article id="skills" className="g-role">
            <h2 tabIndex={-1}>Other skills</h2>
            <p className="g-lead">Skills Fitmark recognises that no role guide covers yet, with the names it knows them by.</p>
            {others.map((s) => (
              <section key={s.id} id={`skill-${s.id}`} className="g-skill">
                {/* h3 under the h2: no "Skill by skill" level here, and headings must not skip one. */}
                <h3 tabIndex={-1} className="g-skill-name">
                  {s.name}
                </h3>
                <p className="g-muted">
                  {s.category}
                  {s.aliases.length > 0 && ` · also written ${s.aliases.join(', ')}`}
                </p>
              </section>
            ))}
          </article>
        )}
      </main>
    </div>
  );
}
