/**
 * The taxonomy's data files, listed once: one skill file per category (the
 * file is named after the skills' `category`, sorted by id, in the canonical
 * form of lib/skills/canonical.ts) and one file per role guide.
 *
 * Everything here is plain data, validated before it ships (lib/skills/validate.ts,
 * run by the build and by test/unit/taxonomy.test.ts); the extension loads it
 * as it is (lib/skills/taxonomy.ts), without zod.
 */
import ciCd from './skills/ci-cd.json';
import cloud from './skills/cloud.json';
import cloudService from './skills/cloud-service.json';
import containers from './skills/containers.json';
import data from './skills/data.json';
import database from './skills/database.json';
import framework from './skills/framework.json';
import iac from './skills/iac.json';
import language from './skills/language.json';
import library from './skills/library.json';
import ml from './skills/ml.json';
import networking from './skills/networking.json';
import observability from './skills/observability.json';
import os from './skills/os.json';
import practice from './skills/practice.json';
import security from './skills/security.json';
import soft from './skills/soft.json';
import tool from './skills/tool.json';
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
import frontendEngineer from './roles/frontend-engineer.json';
import fullStackEngineer from './roles/full-stack-engineer.json';
import mobileEngineer from './roles/mobile-engineer.json';
import machineLearningEngineer from './roles/machine-learning-engineer.json';
import dataScientist from './roles/data-scientist.json';
import embeddedEngineer from './roles/embedded-engineer.json';
import qaEngineer from './roles/qa-engineer.json';
import renamed from './renamed.json';

/** Category → its file's contents, in the order of SKILL_CATEGORIES (lib/skills/schema.ts). */
export const SKILL_FILES: Record<string, unknown> = {
  language,
  framework,
  library,
  database,
  cloud,
  'cloud-service': cloudService,
  iac,
  containers,
  'ci-cd': ciCd,
  observability,
  networking,
  security,
  os,
  data,
  ml,
  tool,
  practice,
  soft,
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
  'frontend-engineer': frontendEngineer,
  'full-stack-engineer': fullStackEngineer,
  'mobile-engineer': mobileEngineer,
  'machine-learning-engineer': machineLearningEngineer,
  'data-scientist': dataScientist,
  'embedded-engineer': embeddedEngineer,
  'qa-engineer': qaEngineer,
};

/** Old skill id → new skill id, so stored resumes and history survive a rename. */
export const RENAMED_IDS: Record<string, string> = renamed;
