import { describe, expect, it } from 'vitest';
import { extract } from '../bench/labelled';

// Members of choice lists ("A, B or C", "such as A or B") the taxonomy did not know (#12, #13, session 36):
// test/tools/mine-choices.ts lists them, test/tools/choice-vocab-s36.txt holds the judgement. Every sentence
// here is written for this test, none taken from a posting.
const skills = (text: string) => [...new Set(extract(text).map((h) => h.skillId))].sort();
const req = (line: string) => skills(`Requirements:\n- ${line}`);

describe('hardware, embedded and edge boards', () => {
  it('PCB on its own is board design', () => {
    expect(req('You have brought up a PCB or two from scratch.')).toContain('pcb-design');
    expect(req('Comfortable reviewing PCBs, firmware or both.')).toContain('pcb-design');
  });

  it('Jetson and Hailo boards', () => {
    expect(req('Experience with Jetson, Hailo or similar edge hardware.')).toEqual(expect.arrayContaining(['nvidia-jetson', 'hailo']));
    expect(req('Profiling models on a Jetson Xavier.')).toContain('nvidia-jetson');
  });

  it('control: LQR and PID tuning', () => {
    expect(req('Controllers such as LQR, MPC or PID loops.')).toContain('control-systems');
  });

  it('Monte Carlo beside simulation work, not as a place', () => {
    expect(req('Validate guidance code with Monte Carlo and HIL testing.')).toContain('scientific-computing');
    expect(req('Monte Carlo sampling of the sensor error model.')).toContain('scientific-computing');
    expect(req('The team retreat was held in Monte Carlo last spring.')).not.toContain('scientific-computing');
  });
});

describe('languages, chains and maps', () => {
  it('Lean beside proof assistants or functional languages; lean the adjective is not', () => {
    expect(req('Proofs in Coq, Isabelle or Lean.')).toContain('lean-prover');
    expect(req('OCaml, Haskell or Lean experience is welcome.')).toContain('lean-prover');
    expect(req('Lean and hungry startup people who like Python.')).not.toContain('lean-prover');
    expect(req('Lean, fast-moving teams suit you.')).not.toContain('lean-prover');
  });

  it('chains named in a list of chains', () => {
    expect(req('Smart contracts on Ethereum, Solana or Aptos.')).toContain('aptos');
    expect(req('Familiar with Polkadot or Cosmos SDK chains.')).toContain('polkadot');
    expect(req('Documents are set in Aptos and Calibri.')).not.toContain('aptos');
  });

  it('Cesium next to map and 3D tools, spatial indexes and H3', () => {
    expect(req('Globe views in Cesium, Mapbox or deck.gl.')).toContain('cesiumjs');
    expect(req('Cesium clocks keep time for the ground station.')).not.toContain('cesiumjs');
    expect(req('Geospatial lookups with PostGIS and H3.')).toContain('spatial-indexing');
    expect(req('Know your k-d trees and octrees.')).toContain('spatial-indexing');
    expect(req('Blog posts need an H3 under every H2.')).not.toContain('spatial-indexing');
  });
});

describe('BI, sales and security tools', () => {
  it('BI tools in a list of BI tools', () => {
    const s = req('Dashboards in Tableau, Mode, Hex or Sigma.');
    expect(s).toEqual(expect.arrayContaining(['mode-analytics', 'hex-tech', 'sigma-computing']));
    expect(req('Power BI or Domo reporting.')).toContain('domo');
    expect(req('Mode: hybrid, three days in the office.')).not.toContain('mode-analytics');
    expect(req('Store the key as Hex in the config file.')).not.toContain('hex-tech');
  });

  it('sales tools', () => {
    expect(req('HubSpot, Gong or Outreach in daily use.')).toEqual(expect.arrayContaining(['gong', 'outreach-io']));
    expect(req('Prospect lists from ZoomInfo, sequences in Salesloft.')).toEqual(expect.arrayContaining(['zoominfo', 'salesloft']));
    expect(req('Community Outreach is part of the job.')).not.toContain('outreach-io');
  });

  it('security and healthcare systems', () => {
    expect(req('Threat feeds such as Recorded Future or similar.')).toContain('recorded-future');
    expect(req('Instrument Android apps with Frida.')).toContain('frida');
    expect(req('Interfaces to Epic or other EHRs through HL7.')).toContain('epic-ehr');
    expect(req('An Epic launch party for the whole company.')).not.toContain('epic-ehr');
  });
});

describe('aliases of skills the taxonomy knew', () => {
  it('new spellings and names', () => {
    expect(req('Payments on Bitcoin and the Lightning Network.')).toContain('cryptocurrency');
    expect(req('Routing problems solved with metaheuristics or mathematical programming.')).toContain('optimization');
    expect(req('You value peer code reviews and pairing.')).toContain('code-review');
    expect(req('Lean Six Sigma or a similar method for process work.')).toContain('six-sigma');
  });
});

describe('certificates, app builders and testing named in choice lists', () => {
  it('Terraform and AWS certificates by name or exam code', () => {
    expect(req('CKA, Terraform Associate or an AWS certificate.')).toEqual(expect.arrayContaining(['terraform-certification', 'kubernetes-certification']));
    expect(req('AWS SAA or DVA-C02 passed in the last two years.')).toContain('aws-certification');
    expect(req('Our Terraform code is certified by nobody.')).not.toContain('terraform-certification');
  });

  it('v0 beside AI coding tools, not a version', () => {
    expect(req('Fast prototyping with Cursor, v0 or Bolt.new.')).toEqual(expect.arrayContaining(['vercel-v0', 'low-code-platforms']));
    expect(req('Move clients off the v0 schema by spring.')).not.toContain('vercel-v0');
  });

  it('NocoDB and mobile testing', () => {
    expect(req('Airtable, NocoDB or a similar spreadsheet database.')).toContain('nocodb');
    expect(req('Mobile app testing on iOS and Android devices.')).toContain('mobile-testing');
  });
});

describe('testing, sales, GPU cloud and other names of a kind', () => {
  it('mobile and visual testing tools beside their kind', () => {
    expect(req('Mobile UI tests in Detox, Maestro or Appium.')).toEqual(expect.arrayContaining(['detox', 'maestro-mobile']));
    expect(req('Visual checks with Percy or Chromatic on top of Playwright.')).toContain('visual-regression-testing');
    expect(req('Test cases live in TestRail.')).toContain('test-management-tools');
    expect(req('A Maestro of process, a Detox of meetings.')).toEqual(expect.not.arrayContaining(['detox', 'maestro-mobile']));
    expect(req('Percy joined as head of people.')).not.toContain('visual-regression-testing');
  });

  it('sales, data and GPU tools', () => {
    expect(req('Apollo.io, Clari or HubSpot for pipeline work.')).toEqual(expect.arrayContaining(['apollo-io', 'clari']));
    expect(req('Lakehouse queries through Dremio or Trino.')).toContain('dremio');
    expect(req('Run fine-tunes on Modal, RunPod or Ray clusters.')).toContain('modal-labs');
    expect(req('Modal forms should close on Escape.')).not.toContain('modal-labs');
  });

  it('RxSwift and Haxe', () => {
    // the implied Swift is the match's business, not the extraction's
    expect(req('RxSwift or Combine for data binding.')).toContain('rxswift');
    expect(req('Haxe, Lua or C# for game scripting.')).toContain('haxe');
  });
});
