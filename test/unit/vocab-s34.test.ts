import { describe, expect, it } from 'vitest';
import { extract } from '../bench/labelled';
import { bundled } from '@/lib/skills/taxonomy';

// Vocabulary of session 34 (#13, items 3 and 6): forms mapped to the wrong skill, and names the tune-safe corpus uses
// that the taxonomy lacked. Every sentence here is written for this test, none taken from a posting.
const skills = (text: string) => [...new Set(extract(text).map((h) => h.skillId))].sort();
const req = (line: string) => skills(`Requirements:\n- ${line}`);
const { taxonomy } = bundled();

describe('forms that named the wrong skill', () => {
  it('FEA and CFD are engineering simulation, not CAD', () => {
    const found = req('Stress checks in FEA and airflow studies in CFD.');
    expect(found).toContain('engineering-simulation');
    expect(found).not.toContain('cad');
    expect(req('Drawings in SolidWorks, load cases in Abaqus.')).toEqual(expect.arrayContaining(['cad', 'engineering-simulation']));
    expect(req('Controllers are modelled in Simulink first.')).toContain('simulink');
  });

  it('a CFD the trader buys is no fluid dynamics', () => {
    expect(skills('Our app lets retail clients open CFD positions on indices.')).not.toContain('engineering-simulation');
  });

  it('KYC and AML are compliance work, not fraud detection', () => {
    const found = req('Build the KYC and AML checks for new business accounts.');
    expect(found).toContain('kyc-aml');
    expect(found).not.toContain('fraud-detection');
    // An AML that is a firm's initials is nothing.
    expect(skills('Ask for Priya at AML Freight when you arrive.')).not.toContain('kyc-aml');
  });

  it('local-first is not a progressive web app', () => {
    const found = req('You have built local-first apps with a sync engine.');
    expect(found).toContain('local-first-software');
    expect(found).not.toContain('pwa');
  });

  it('reactive programming is the paradigm; RxJS, RxJava and Reactor are libraries of it', () => {
    const found = req('Reactive programming on the JVM.');
    expect(found).toContain('reactive-programming');
    expect(found).not.toContain('rxjs');
    for (const id of ['rxjs', 'rxjava', 'project-reactor']) expect(taxonomy.byId.get(id)!.implies).toContain('reactive-programming');
  });

  it('rival products are skills of their own', () => {
    const pairs: Array<[string, string, string]> = [
      ['Screens built with Chakra UI; older ones with MUI.', 'chakra-ui', 'material-ui'],
      ['Dialogs from Radix UI, tables from Material UI.', 'radix-ui', 'material-ui'],
      ['Moving from Headless UI to shadcn/ui.', 'headless-ui', 'shadcn-ui'],
      ['Tokenise with NLTK, tag entities with spaCy.', 'nltk', 'spacy'],
      ['Serve with vLLM or SGLang.', 'vllm', 'sglang'],
      ['Charts in Chart.js, the network map in D3.', 'chartjs', 'd3'],
      ['Animations in GSAP and Framer Motion.', 'gsap', 'framer-motion'],
      ['Team secrets live in Bitwarden, personal ones in 1Password.', 'bitwarden', 'one-password'],
      ['Shaders written in HLSL and GLSL.', 'hlsl', 'glsl'],
      ['Styles in Sass; the old admin in Less CSS with PostCSS plugins.', 'less-css', 'sass'],
      ['Specs in RAML, new ones in OpenAPI.', 'raml', 'openapi'],
      ['Port the Xamarin app to .NET MAUI.', 'dotnet-maui', 'xamarin'],
      ['Linux images with Buildroot for the gateway and Yocto for the camera.', 'buildroot', 'yocto'],
      ['Queries in LINQ over Entity Framework.', 'linq', 'entity-framework'],
      ['Old Enzyme tests move to React Testing Library.', 'enzyme-testing', 'testing-library'],
    ];
    for (const [text, a, b] of pairs) {
      const found = req(text);
      expect(found, text).toContain(a);
      expect(found, text).toContain(b);
    }
  });

  it('a kind keeps its products apart from each rival', () => {
    expect(req('Query the triple store in SPARQL; the data is RDF.')).toEqual(expect.arrayContaining(['semantic-web', 'sparql']));
    expect(req('Write a Prometheus exporter for the printers.')).toContain('prometheus-exporters');
    expect(req('Dataframe libraries such as Vaex.')).toContain('dataframes');
    expect(req('Roll out a password manager to all staff.')).toContain('password-managers');
    expect(req('Port the bootloader and device trees to the new board.')).toContain('embedded-systems');
  });

  it('everyday words that share a name are no tool', () => {
    expect(skills('Lottie runs the front desk on Tuesdays.')).not.toContain('lottie');
    expect(skills('Radix trees index the routes.')).not.toContain('radix-ui');
    expect(skills('LESS IS MORE, SAYS OUR FOUNDER.')).not.toContain('less-css');
    expect(skills('The enzyme breaks the sugar down in minutes.')).not.toContain('enzyme-testing');
    expect(skills('Dinner at TGI Fridays after the offsite.')).not.toContain('huggingface-tgi');
  });
});

describe('spellings and phrasings of known skills', () => {
  it('finds the longer or inflected names', () => {
    expect(req('At least one strongly typed programming language, such as Scala.')).toContain('statically-typed-languages');
    expect(req('You have solved concurrent editing in a shared whiteboard.')).toContain('collaborative-editing');
    expect(req('Turn a spreadsheet model of the pricing into a service.')).toContain('spreadsheets');
    expect(req('Background in building science or home energy audits.')).toContain('building-energy-modeling');
    expect(req('Migrate legacy apps off a low-code builder into React.')).toContain('refactoring');
    expect(req('Recover protocol details from disassembled binaries.')).toContain('reverse-engineering');
    expect(req('Gameplay in C++ and Blueprints on Unreal Engine 5.')).toContain('unreal-engine');
    expect(req('Imagery catalogued as STAC items, read with Rasterio.')).toContain('gis');
    expect(req('Exports land in R2 next to our Cloudflare Workers.')).toContain('cloudflare-r2');
    expect(req('Experience with logistics software for carriers.')).toContain('logistics-tech');
  });

  it('the same words in their everyday sense are no skill', () => {
    expect(skills("You'll learn a good deal of building science from the crew.")).not.toContain('building-energy-modeling');
    expect(skills('Read the Blueprint for the new office before the move.')).not.toContain('unreal-engine');
    expect(skills('The R2 release of the handbook is out.')).not.toContain('cloudflare-r2');
  });
});

describe('more names the tune-safe corpus uses', () => {
  it('finds them', () => {
    expect(req('Amazon Lambdas behind an API gateway.')).toContain('aws-lambda');
    expect(req('Comfortable in mono-repos with many packages.')).toContain('monorepo');
    expect(req('Multinode training on rented H100s.')).toContain('distributed-training');
    expect(req('Production work with queues and eventing.')).toContain('event-driven-architecture');
    expect(req('Modern Python with type hints everywhere.')).toContain('statically-typed-languages');
    expect(req('Background in wireless communications and software-defined radio.')).toContain('rf-engineering');
    expect(req('Experience with protein design tools such as RFdiffusion.')).toContain('protein-engineering');
    expect(req('You will own customer onboarding for new accounts.')).toContain('customer-onboarding');
  });

  it('protein design is no structure prediction, customer onboarding no solutions engineering', () => {
    expect(req('Protein design for industrial enzymes.')).not.toContain('protein-structure-prediction');
    expect(req('Run customer onboarding calls.')).not.toContain('solutions-engineering');
  });
});

describe('hardware description and markup languages', () => {
  it('RTL design and HDL are the practice Verilog and VHDL serve, not Verilog itself', () => {
    const found = req('RTL design in VHDL for a motor controller.');
    expect(found).toEqual(expect.arrayContaining(['rtl-design', 'vhdl']));
    expect(found).not.toContain('verilog');
    expect(req('HDL coding for the FPGA on our camera board.')).toContain('rtl-design');
    expect(skills('Patients see their HDL levels in the app.')).not.toContain('rtl-design');
  });

  it('QML beside quantum work is quantum machine learning, not Qt', () => {
    expect(skills('Depth in quantum algorithms or QML for materials.')).not.toContain('qt');
    expect(req('Desktop UIs in Qt/QML.')).toContain('qt');
    expect(req('Research in quantum machine learning.')).toContain('quantum-computing');
  });

  it('reStructuredText is not Markdown', () => {
    const found = req('Docs in reStructuredText, built with Sphinx.');
    expect(found).toContain('restructuredtext');
    expect(found).not.toContain('markdown');
  });
});
