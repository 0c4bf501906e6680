import { useEffect, type ReactNode } from 'react';
import type { Role, Skill } from '@/lib/skills/schema';
import { roleAnchor, skillAnchor } from '@/lib/match/role';
import { demandText, roleDemandText, roleShares, type Market } from '@/lib/guide/market';
import { demandOf, type SkillGuide } from '@/lib/guide/sections';

export interface GuideViewProps {
  roles: readonly Role[];
  skills: readonly Skill[];
  /** The fragment to land on (without '#'). */
  hash: string;
  /** The posting the reader came from (http or https only), for a way back. */
  from?: string | null;
  /** Skills' own sections (taxonomy/guides), by skill id. */
  guides?: ReadonlyMap<string, SkillGuide>;
  /** Figures from real postings (taxonomy/market.json). */
  market?: Market | null;
}

const WEIGHT = { core: 'Core: most postings ask for it', common: 'Common: many postings ask for it', adjacent: 'A plus' } as const;

/** The role guides: one section per role, one anchored section per skill it involves. */
export function GuideView({ roles, skills, hash, from, guides = new Map(), market = null }: GuideViewProps) {
  const back = from && /^https?:\/\//.test(from) ? from : null;
  const byId = new Map(skills.map((s) => [s.id, s]));
  const name = (id: string) => byId.get(id)?.name ?? id;
  const roleTitle = new Map(roles.map((r) => [r.id, r.title]));
  // Every skill gets a place: its own full section where written, else a card with its names.
  const guided = skills.filter((s) => guides.has(s.id));
  const others = skills.filter((s) => !guides.has(s.id));

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
          {guided.length > 0 && (
            <li>
              <a href="#skill-guides">Skills, one by one</a>
            </li>
          )}
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
                  <SectionText text={s} why="Why this role needs it." demand={<Demand id={s.skill} market={market} name={name} roleTitle={(id) => roleTitle.get(id) ?? id} role={r} />} />
                  {guides.has(s.skill) && (
                    <p className="g-muted">
                      <a href={`#${skillAnchor(s.skill)}`}>{skill?.name ?? s.skill} beyond this role</a>
                    </p>
                  )}
                </section>
              );
            })}
          </article>
        ))}
        {guided.length > 0 && (
          <article id="skill-guides" className="g-role">
            <h2 tabIndex={-1}>Skills, one by one</h2>
            <p className="g-lead">Each skill postings ask for, whatever the role: what it is, what employers expect, how to show it and how to learn it.</p>
            {guided.map((skill) => {
              const g = guides.get(skill.id)!;
              return (
                <section key={skill.id} id={skillAnchor(skill.id)} className="g-skill">
                  <h3 tabIndex={-1} className="g-skill-name">
                    {skill.name}
                  </h3>
                  <SectionText text={g} why="Why jobs ask for it." demand={<Demand id={skill.id} market={market} name={name} roleTitle={(id) => roleTitle.get(id) ?? id} />} />
                </section>
              );
            })}
          </article>
        )}
        {others.length > 0 && (
          <article id="skills" className="g-role">
            <h2 tabIndex={-1}>Other skills</h2>
            <p className="g-lead">Skills Fitmark recognises that have no section of their own yet, with the names it knows them by.</p>
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

/** The figures from real postings for one skill, where there are any. */
/** A section's five parts in reading order, with the figures from real postings after what the market expects. */
function SectionText({ text, why, demand }: { text: { what: string; why: string; market: string; show: string; learn: string }; why: string; demand: ReactNode }) {
  return (
    <>
      <p>
        <strong>What it is.</strong> {text.what}
      </p>
      <p>
        <strong>{why}</strong> {text.why}
      </p>
      <p>
        <strong>What the market expects.</strong> {text.market}
      </p>
      {demand}
      <p>
        <strong>How to show it on a resume.</strong> {text.show}
      </p>
      <p>
        <strong>How to close the gap.</strong> {text.learn}
      </p>
    </>
  );
}

function Demand({ id, market, name, roleTitle, role }: { id: string; market: Market | null; name: (id: string) => string; roleTitle: (id: string) => string; role?: Role }) {
  const d = demandOf(market, id);
  if (!d) return null;
  // In a role's section, that role's share first; elsewhere the roles that ask for it most.
  const mine = role ? roleDemandText(d, role.id, role.title, market?.roles[role.id]) : null;
  const roles = mine ? [] : roleShares(d, roleTitle);
  return (
    <p className="g-demand" data-testid="demand">
      <strong>In real postings.</strong> {mine && <>{mine} </>}
      {demandText(d, name)}
      {roles.length > 0 && <> Most asked by: {roles.join('; ')}.</>}
    </p>
  );
}
