import { describe, expect, it } from 'vitest';
import { extract } from '../bench/labelled';

// Vocabulary from breadth (#13, session 40): names and spellings that postings use and the taxonomy
// lacked, found by mining tune-safe postings and the public vocabularies. Every sentence here is
// written for this test, none taken from a posting.
const skills = (text: string) => [...new Set(extract(text).map((h) => h.skillId))].sort();
const req = (line: string) => skills(`Requirements:\n- ${line}`);

describe('named tools', () => {
  it('Scala.js and Python.NET', () => {
    expect(req('Front ends in Scala.js sharing case classes with the API.')).toContain('scala-js');
    expect(req('Bridge our C# pricing library into Python with pythonnet.')).toEqual(expect.arrayContaining(['pythonnet', 'python']));
  });
});

describe('other names for known skills', () => {
  it('the JDK, idiomatic Python, Rust people and the gcloud tool', () => {
    expect(req('Comfortable profiling services on OpenJDK 17.')).toContain('java');
    expect(req('You keep the JDK and build plugins current.')).toContain('java');
    expect(req('You write Pythonic, well-tested modules.')).toContain('python');
    expect(req('Rustaceans who enjoy lifetimes and traits.')).toContain('rust');
    expect(req('Automate projects and IAM with the gcloud CLI.')).toContain('google-cloud');
  });

  it('British spellings of noisy neighbours and analogue design', () => {
    expect(req('Keep noisy neighbours from starving small tenants.')).toContain('multi-tenancy');
    expect(req('Hands-on analogue design for low-noise amplifiers.')).toContain('pcb-design');
  });

  it('the JDK profiler stays a profiler, not Java alone', () => {
    expect(req('Read JDK Flight Recorder dumps to find lock contention.')).toContain('performance-optimization');
  });
});

describe('names from the public vocabularies (O*NET, Stack Overflow tags, linguist)', () => {
  it('a SIEM, XML tooling, JVM management, a Rust UI toolkit, an Azure runtime, and a binding generator', () => {
    expect(req('Tune detection content in ArcSight or a similar SIEM.')).toContain('siem');
    expect(req('Query document stores with XQuery; map payloads with JAXB.')).toContain('xml');
    expect(req('Wire JMX beans into the metrics pipeline.')).toContain('jvm');
    expect(req('Desktop tools written in Rust with Slint.')).toContain('slint');
    expect(req('Migrate workloads off Azure Service Fabric to AKS.')).toContain('azure');
    expect(req('Keep the SWIG interface files in step with the C API.')).toContain('ffi');
  });

  it('a swig of something is no binding generator', () => {
    expect(skills('After the demo we shared a swig of lemonade.')).not.toContain('ffi');
  });
});

describe('scientific, trading and imaging names from the public vocabularies', () => {
  it('array formats and libraries, a FIX engine and a microscopy tool', () => {
    expect(req('Climate grids stored as NetCDF and read with xarray.')).toEqual(expect.arrayContaining(['netcdf', 'xarray']));
    expect(req('You have run a QuickFIX engine against several venues.')).toContain('trading-systems');
    expect(req('Batch-process cell images with ImageJ plugins.')).toContain('image-processing');
  });
});

describe('older and embedded tools from the public vocabularies', () => {
  it('Java, shell and runtime names', () => {
    expect(req('Maintain JDBC data access and a few EJB modules.')).toContain('java');
    expect(req('Nightly builds are driven by Apache Ant targets.')).toContain('apache-ant');
    expect(req('Port the KornShell batch scripts to Python.')).toContain('shell-scripting');
    expect(req('Some services run on JRuby, others on PyPy.')).toEqual(expect.arrayContaining(['ruby', 'python']));
  });

  it('test, backup, statistics and version control tools', () => {
    expect(req('Replace the LoadRunner scenarios with code.')).toContain('load-testing');
    expect(req('Restore drills from Veritas NetBackup every quarter.')).toContain('disaster-recovery');
    expect(req('Process engineers share results from Minitab.')).toContain('statistics');
    expect(req('Move history out of Visual SourceSafe into Git.')).toContain('version-control');
    expect(req('UI checks are scripted in Watir or TestComplete.')).toContain('automated-testing');
  });

  it('embedded, automotive and requirements tools', () => {
    expect(req('Debug PIC boards through MPLAB and a JTAG probe.')).toContain('embedded-systems');
    expect(req('Controller models are validated on dSPACE rigs.')).toContain('hardware-in-the-loop');
    expect(req('Trace requirements in Codebeamer or IBM DOORS.')).toContain('requirements-engineering');
    expect(req('Production test sequences live in TestStand.')).toContain('labview');
  });

  it('scripting languages and an old operating system', () => {
    expect(req('Rewrite the ActionScript widgets for the web.')).toContain('actionscript');
    expect(req('Desktop automation in AppleScript or JXA.')).toContain('applescript');
    expect(req('Help desk macros are written in AutoHotkey.')).toContain('autohotkey');
    expect(req('Batch settlement still runs on OpenVMS.')).toContain('openvms');
  });
});

describe('web, Java and platform names from Stack Overflow tags', () => {
  it('front-end libraries of the last decade', () => {
    expect(req('Maintain screens written in Knockout.js and Kendo UI.')).toEqual(expect.arrayContaining(['knockout-js', 'kendo-ui']));
    expect(req('Templates in Handlebars; the old client in Meteor.js.')).toEqual(expect.arrayContaining(['handlebars', 'meteor']));
    expect(req('Rewrite the Ext JS grids and the GWT widgets.')).toEqual(expect.arrayContaining(['extjs', 'gwt']));
  });

  it('Java, Python, Solidity, health and AI names', () => {
    expect(req('SOAP endpoints in JAX-WS and views in PrimeFaces.')).toContain('java');
    expect(req('Entities mapped with Jakarta Persistence.')).toContain('hibernate');
    expect(req('Dependency injection with Guice; deploys to GlassFish.')).toEqual(expect.arrayContaining(['guice', 'glassfish']));
    expect(req('Touch screens built in Kivy.')).toContain('kivy');
    expect(req('Token contracts extend OpenZeppelin libraries.')).toContain('openzeppelin');
    expect(req('Route HL7 feeds through Mirth Connect channels.')).toContain('healthcare-interoperability');
    expect(req('.NET services log with log4net.')).toContain('logging');
    expect(req('Chatbots built on IBM Watson.')).toContain('ibm-watson');
  });

  it('JAX-WS is Java web services, not the JAX machine-learning library', () => {
    expect(req('SOAP endpoints in JAX-WS and views in PrimeFaces.')).not.toContain('jax');
  });

  it('words that only look like the names', () => {
    expect(skills('The crowd watched a meteor cross the sky, full of mirth.')).toEqual([]);
    expect(skills('Adjust the handlebars before the ride.')).toEqual([]);
  });
});

describe('languages from the linguist list', () => {
  it('query, modelling, game, quantum and trading languages as the skills they belong to', () => {
    expect(req('Triggers in PLpgSQL; reports in HiveQL.')).toEqual(expect.arrayContaining(['plsql', 'hadoop']));
    expect(req('Schemas queried with EdgeQL or SurrealQL.')).toEqual(expect.arrayContaining(['edgedb', 'surrealdb']));
    expect(req('Scheduling models in AMPL, GAMS or MiniZinc.')).toContain('optimization');
    expect(req('Protocols checked with Promela models.')).toContain('formal-verification');
    expect(req('Gameplay code in GDScript; older mods in UnrealScript.')).toEqual(expect.arrayContaining(['godot', 'unreal-engine']));
    expect(req('Patch Android apps at the Smali level.')).toContain('reverse-engineering');
    expect(req('Circuits written in Q# or OpenQASM.')).toContain('quantum-computing');
    expect(req('Port the MQL5 expert advisors to Python.')).toContain('trading-systems');
    expect(req('Plant models in Modelica; crowd models in NetLogo.')).toContain('simulation');
    expect(req('Parametric enclosures in OpenSCAD.')).toContain('cad');
  });

  it('languages of their own', () => {
    expect(req('A compiler course project in Standard ML.')).toContain('standard-ml');
    expect(req('Glue scripts in Raku.')).toContain('raku');
    expect(req('Service contracts in TypeSpec.')).toContain('typespec');
    expect(req('Invoices typeset in Typst.')).toContain('typst');
    expect(req('Integration mappings in DataWeave.')).toContain('dataweave');
    expect(req('Keep the PowerBuilder desktop app alive.')).toContain('powerbuilder');
  });

  it('Standard ML is a language, not machine learning', () => {
    expect(req('A compiler course project in Standard ML.')).not.toContain('machine-learning');
  });
});

describe('a security name from Stack Overflow tags', () => {
  it('GnuPG and GPG as encryption', () => {
    expect(req('Release artifacts are signed with GnuPG keys.')).toContain('encryption');
    expect(req('Secrets in the repo are GPG-encrypted.')).toContain('encryption');
  });
});
