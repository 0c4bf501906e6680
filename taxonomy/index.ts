/**
 * The taxonomy's data files, listed once. Everything here is plain data:
 * lib/skills/taxonomy.ts validates it with zod and compiles it.
 */
import cloud from './skills/cloud.json';
import data from './skills/data.json';
import frameworks from './skills/frameworks.json';
import infrastructure from './skills/infrastructure.json';
import languages from './skills/languages.json';
import networking from './skills/networking.json';
import observability from './skills/observability.json';
import practices from './skills/practices.json';
import security from './skills/security.json';
import soft from './skills/soft.json';
import infrastructureEngineer from './roles/infrastructure-engineer.json';
import softwareEngineerInfrastructure from './roles/software-engineer-infrastructure.json';
import renamed from './renamed.json';

export const SKILL_FILES: Record<string, unknown> = {
  languages,
  frameworks,
  cloud,
  infrastructure,
  data,
  observability,
  networking,
  security,
  practices,
  soft,
};

export const ROLE_FILES: Record<string, unknown> = {
  'infrastructure-engineer': infrastructureEngineer,
  'software-engineer-infrastructure': softwareEngineerInfrastructure,
};

/** Old skill id → new skill id, so stored resumes and history survive a rename. */
export const RENAMED_IDS: Record<string, string> = renamed;
