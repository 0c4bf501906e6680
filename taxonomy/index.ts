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
import libraries from './skills/libraries.json';
import domains from './skills/domains.json';
import tools from './skills/tools.json';
import ai from './skills/ai.json';
import engineering from './skills/engineering.json';
import cloudServices from './skills/cloud-services.json';
import cloudPlatforms from './skills/cloud-platforms.json';
import platform from './skills/platform.json';
import observabilityTools from './skills/observability-tools.json';
import securityTools from './skills/security-tools.json';
import networkTools from './skills/network-tools.json';
import dataTools from './skills/data-tools.json';
import infrastructureOps from './skills/infrastructure-ops.json';
import infrastructureEngineer from './roles/infrastructure-engineer.json';
import softwareEngineerInfrastructure from './roles/software-engineer-infrastructure.json';
import siteReliabilityEngineer from './roles/site-reliability-engineer.json';
import devopsEngineer from './roles/devops-engineer.json';
import platformEngineer from './roles/platform-engineer.json';
import cloudEngineer from './roles/cloud-engineer.json';
import backendEngineer from './roles/backend-engineer.json';
import dataEngineer from './roles/data-engineer.json';
import networkEngineer from './roles/network-engineer.json';
import securityEngineer from './roles/security-engineer.json';
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
  libraries,
  domains,
  tools,
  ai,
  engineering,
  'cloud-services': cloudServices,
  'cloud-platforms': cloudPlatforms,
  'platform': platform,
  'observability-tools': observabilityTools,
  'security-tools': securityTools,
  'network-tools': networkTools,
  'data-tools': dataTools,
  'infrastructure-ops': infrastructureOps,
};

export const ROLE_FILES: Record<string, unknown> = {
  'infrastructure-engineer': infrastructureEngineer,
  'software-engineer-infrastructure': softwareEngineerInfrastructure,
  'site-reliability-engineer': siteReliabilityEngineer,
  'devops-engineer': devopsEngineer,
  'platform-engineer': platformEngineer,
  'cloud-engineer': cloudEngineer,
  'backend-engineer': backendEngineer,
  'data-engineer': dataEngineer,
  'network-engineer': networkEngineer,
  'security-engineer': securityEngineer,
};

/** Old skill id → new skill id, so stored resumes and history survive a rename. */
export const RENAMED_IDS: Record<string, string> = renamed;
