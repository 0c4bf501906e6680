/**
 * Skills' own guide sections, one file per skill category (named after the
 * category, as in taxonomy/skills/), each `{ "sections": [...] }` sorted by
 * skill id. The contract and how to add a section: lib/guide/schema.ts.
 * Loaded by the guide page and the command line, never by the service
 * worker: links need only the anchor (lib/match/role.ts guideLink).
 */
import ciCd from './ci-cd.json';
import cloudService from './cloud-service.json';
import cloud from './cloud.json';
import containers from './containers.json';
import data from './data.json';
import database from './database.json';
import framework from './framework.json';
import iac from './iac.json';
import language from './language.json';
import library from './library.json';
import ml from './ml.json';
import networking from './networking.json';
import observability from './observability.json';
import os from './os.json';
import practice from './practice.json';
import security from './security.json';
import soft from './soft.json';
import tool from './tool.json';

export const GUIDE_FILES: Record<string, unknown> = {
  'ci-cd': ciCd,
  'cloud-service': cloudService,
  cloud,
  containers,
  data,
  database,
  framework,
  iac,
  language,
  library,
  ml,
  networking,
  observability,
  os,
  practice,
  security,
  soft,
  tool,
};
