import { describe, expect, it } from 'vitest';
import { extract } from '../bench/labelled';

// Vocabulary of session 35, second pass (#12, #13): names in the tune part's any-of groups that the taxonomy lacked or
// read wrongly. Every sentence here is written for this test, none taken from a posting.
const skills = (text: string) => [...new Set(extract(text).map((h) => h.skillId))].sort();
const req = (line: string) => skills(`Requirements:\n- ${line}`);

describe('names the taxonomy lacked', () => {
  it('QML beside quantum words is quantum computing; beside Qt it stays Qt', () => {
    expect(req('Depth in quantum chemistry, QML, or tensor networks.')).toContain('quantum-computing');
    expect(req('Depth in quantum chemistry, QML, or tensor networks.')).not.toContain('qt');
    expect(req('Write touch screens in QML for a kiosk.')).toContain('qt');
    expect(req('Write touch screens in QML for a kiosk.')).not.toContain('quantum-computing');
  });

  it('marketplaces, advertising and gaming are fields of a background, never what the employer is', () => {
    expect(req('Experience with logistics, marketplaces, or fintech is a plus.')).toContain('marketplaces');
    expect(skills('We run a two-sided marketplace for piano teachers.')).not.toContain('marketplaces');
    expect(skills('Grow with us: hiring, marketplace, and pricing complexity.')).not.toContain('marketplaces');
    expect(skills('Our plugin is sold on the Atlassian Marketplace.')).not.toContain('marketplaces');
    expect(req('Eight years of account management in media, ad agencies, or retail.')).toContain('advertising');
    expect(skills('We earn most of our money from advertising.')).not.toContain('advertising');
    expect(req('Ideal background: lending, gaming, or esports.')).toContain('game-development');
    expect(skills('Free cloud gaming subscription for every hire.')).not.toContain('game-development');
    expect(skills('We host gaming evenings each month.')).not.toContain('game-development');
  });

  it('real-money gaming is a field of its own', () => {
    expect(req('Background in brokerage, lotteries, or real-money platforms.')).toContain('real-money-gaming');
    expect(req('Experience with sports betting is a bonus.')).toContain('real-money-gaming');
    expect(skills('We are a regulated sportsbook serving two provinces.')).not.toContain('real-money-gaming');
  });

  it('OSS development is open-source work', () => {
    expect(req('A history of OSS development on compilers helps.')).toContain('open-source');
    expect(skills('Our SDK is open source and free to fork.')).not.toContain('open-source');
  });

  it('mobile alone is mobile development only as a field beside others', () => {
    expect(req('Experience with mobile, embedded, or desktop software is a plus.')).toContain('mobile-development');
    expect(req('You have shipped to web and mobile.')).toContain('mobile-development');
    expect(skills('A mobile phone allowance is paid monthly.')).not.toContain('mobile-development');
    expect(skills('Our founding team expert in farming, mobile, and sensors leads the way.')).not.toContain('mobile-development');
  });

  it('Azure LLMs are Azure OpenAI', () => {
    expect(req('Some exposure to Semantic Kernel or Azure LLMs.')).toContain('azure-openai');
  });

  it('bun in lowercase is the runtime only beside JavaScript tooling', () => {
    expect(req('Package scripts run with npm or bun.')).toContain('bun');
    expect(req('Workspaces in yarn/bun for the monorepo.')).toContain('bun');
    expect(skills('The canteen serves a soft bun with soup.')).not.toContain('bun');
  });

  it('Baserow, Ramda, Keil and Spark MLlib are named tools', () => {
    expect(req('Build client apps on Baserow or NocoDB.')).toContain('baserow');
    expect(req('Functional helpers from Ramda or lodash/fp.')).toContain('ramda');
    expect(req('Flash boards built with Keil or IAR.')).toContain('keil');
    expect(req('Feature pipelines in SparkML for fraud scoring.')).toContain('spark-mllib');
  });

  it('cloud modernization and editorial work are practices', () => {
    expect(req('Led cloud modernization for two retail banks.')).toContain('cloud-modernization');
    expect(req('Background in translation, editorial work, or teaching.')).toContain('editorial-work');
    expect(req('Comfortable with proofreading long reports.')).toContain('editorial-work');
  });

  it('PCF beside other platforms is Cloud Foundry; alone it is not', () => {
    expect(req('Operate Java services on PCF and Kubernetes.')).toContain('cloud-foundry');
    expect(skills('Estimate the PCF of our packaging per unit.')).not.toContain('cloud-foundry');
  });

  it('Sass mixins, Sketch beside Adobe XD, Storm beside Spark, an RE tool', () => {
    expect(req('Tidy the sass mixins in our theme.')).toContain('sass');
    expect(req('Wireframes in Sketch or Adobe XD.')).toContain('sketch-app');
    expect(skills('Sketch out a plan before you code.')).not.toContain('sketch-app');
    expect(req('Stream processing with Storm or Spark Streaming.')).toContain('apache-storm');
    expect(skills('We came through the storm stronger.')).not.toContain('apache-storm');
    expect(req('You have built a tokenizer, a linker, or an RE tool.')).toContain('reverse-engineering');
  });
});
