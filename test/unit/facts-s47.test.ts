import { describe, expect, it } from 'vitest';
import { facts, freshShortPostings, kindsOf } from './kinds-readers';

// Session 47: posting facts and requirement kinds on the short postings of test/fixtures/labels/kinds-fresh-s47.jsonl
// (written fresh and labelled blind, two batches of 50; odd n tune, even n report).
freshShortPostings('facts s47: the fresh-written postings', 'kinds-fresh-s47.jsonl');

// Facts by mechanism, not by phrasing (#12): every posting and line below was written for this file, none taken from the
// corpus, the eval fixtures or a labelled row. Each class failed on the tune half of kinds-fresh-s47's batch 1 or was a
// known miss of the session's brief; each has examples in several wordings and counter-examples.

describe('facts s47: sponsorship, the job said to be eligible for it', () => {
  it('reads a post, role or vacancy eligible for sponsorship as sponsored', () => {
    expect(facts('Cardiff | Research Software Engineer | Taff Institute\nThis post is eligible for sponsorship under the Skilled Worker route.').sponsorship).toBe(true);
    expect(facts('Belfast | Data Engineer | Lagan Health\nThe vacancy is eligible for Skilled Worker sponsorship.').sponsorship).toBe(true);
    expect(facts('Bristol | Firmware Engineer | Severn Devices\nThis position may be eligible for immigration sponsorship.').sponsorship).toBe(true);
    // (Counter-examples: the job said not to be eligible; something else it is eligible for.)
    expect(facts('Cardiff | Research Software Engineer | Taff Institute\nThis post is not eligible for sponsorship.').sponsorship).toBe(false);
    expect(facts('Cardiff | Research Software Engineer | Taff Institute\nThis role is eligible for our relocation package and a sign-on bonus.').sponsorship).toBeNull();
  });
  it('gives no authorisation ask for a post eligible for sponsorship', () => {
    expect(kindsOf('Cardiff | Research Software Engineer | Taff Institute\nThis post is eligible for sponsorship under the Skilled Worker route.\n4+ years of Python.')).toEqual(['years']);
  });
});

describe('facts s47: pay, an amount alone on its line', () => {
  it('reads a line that is an amount and the extras pay comes with', () => {
    expect(facts("Basel | Platform Engineer | Rhine Bio AG\nCHF 118'000 plus bonus\n4+ years with Kubernetes.").salary).toEqual({ min: 118000, max: 118000, currency: 'CHF', period: 'year' });
    expect(facts('Leeds | Backend Engineer | Aire Code\n£62,000 + pension + 25 days holiday\n3+ years of Go.').salary).toEqual({ min: 62000, max: 62000, currency: 'GBP', period: 'year' });
    expect(facts('Lisbon | Staff Engineer | Tejo Ledger\n€98,000 plus equity\n8+ years in backend roles.').salary).toEqual({ min: 98000, max: 98000, currency: 'EUR', period: 'year' });
    // (Counter-examples: an amount named as something other than pay, a bonus, a raise, a budget.)
    expect(facts('Leeds | Backend Engineer | Aire Code\n£3,000 referral bonus for staff who refer a hire\n3+ years of Go.').salary).toBeNull();
    expect(facts('Lisbon | Staff Engineer | Tejo Ledger\n€4,000,000 seed round led by Atlantic Ventures\n8+ years in backend roles.').salary).toBeNull();
    expect(facts('Leeds | Backend Engineer | Aire Code\n£1,500 learning budget every year\n3+ years of Go.').salary).toBeNull();
  });
});

describe('facts s47: pay, a ceiling said in the posting’s own language', () => {
  it('reads "up to" in German, French, Spanish, Portuguese, Italian, Dutch and Polish as a ceiling', () => {
    expect(facts('Köln | Java-Entwickler | Dom IT GmbH\nGehalt: bis zu 78.000 EUR brutto im Jahr').salary).toEqual({ min: null, max: 78000, currency: 'EUR', period: 'year' });
    expect(facts('Nantes | Développeur | Erdre Soft\nSalaire : jusqu’à 58 000 € bruts annuels').salary).toEqual({ min: null, max: 58000, currency: 'EUR', period: 'year' });
    expect(facts('Valencia | Desarrollador | Turia Apps\nSalario: hasta 47.000 € brutos/año').salary).toEqual({ min: null, max: 47000, currency: 'EUR', period: 'year' });
    expect(facts('Recife | Desenvolvedor | Capibaribe Tech\nSalário: até R$ 11.500 por mês').salary).toEqual({ min: null, max: 11500, currency: 'BRL', period: 'month' });
    expect(facts('Bologna | Sviluppatore | Due Torri S.r.l.\nRAL fino a 41.000 €').salary).toEqual({ min: null, max: 41000, currency: 'EUR', period: 'year' });
    expect(facts('Groningen | Developer | Martini Digitaal\nTot €4.900 bruto per maand').salary).toEqual({ min: null, max: 4900, currency: 'EUR', period: 'month' });
    expect(facts('Poznań | Tester | Warta Soft\nWynagrodzenie: do 14 500 zł brutto miesięcznie').salary).toEqual({ min: null, max: 14500, currency: 'PLN', period: 'month' });
    // (Counter-examples: the same words joining a range's two ends; a floor.)
    expect(facts('Köln | Java-Entwickler | Dom IT GmbH\nGehalt: 62.000 bis 78.000 EUR brutto im Jahr').salary).toEqual({ min: 62000, max: 78000, currency: 'EUR', period: 'year' });
    expect(facts('Valencia | Desarrollador | Turia Apps\nSalario: desde 38.000 € brutos/año').salary).toEqual({ min: 38000, max: null, currency: 'EUR', period: 'year' });
  });
});

describe('facts s47: a clearance the company holds is not asked', () => {
  it('reads no clearance from a facility clearance or a List X status', () => {
    expect(facts('Dayton, OH | Software Engineer | Miami Valley Systems\nWe hold a Secret facility clearance and build ground-station software.\n3+ years of C++.').clearance).toBeNull();
    expect(facts('Reading | Embedded Engineer | Kennet Defence\nAs a List X site we hold Facility Security Clearance.\n5+ years of embedded C.').clearance).toBeNull();
    // (Counter-examples: the hire's clearance asked beside the company's.)
    expect(facts('Dayton, OH | Software Engineer | Miami Valley Systems\nActive Secret clearance required (we hold the facility clearance).\n3+ years of C++.').clearance).toBe('Secret');
    expect(facts('Reading | Embedded Engineer | Kennet Defence\nA List X site; SC clearance is required for this role.\n5+ years of embedded C.').clearance).toBe('SC');
  });
  it('reads no clearance where the role is said not to need a personal one', () => {
    expect(facts('Dayton, OH | Software Engineer | Miami Valley Systems\nThis role does not require a personal security clearance.\n3+ years of C++.').clearance).toBeNull();
    expect(kindsOf('Dayton, OH | Software Engineer | Miami Valley Systems\nThis role does not require a personal security clearance.\n3+ years of C++.')).toEqual(['years']);
    expect(facts('Dayton, OH | Software Engineer | Miami Valley Systems\nThis role requires an active Secret security clearance.\n3+ years of C++.').clearance).toBe('Secret');
  });
});

describe('facts s47: degrees', () => {
  it('reads a degree line the reader took for a heading', () => {
    expect(facts('Tulsa, OK | Data Analyst | Arkansas River Energy\n2+ years of SQL\nBS in Statistics required\n$70,000 - $85,000\nOn-site').degree).toMatchObject({ level: 'bachelor', required: true });
    expect(kindsOf('Tulsa, OK | Data Analyst | Arkansas River Energy\n2+ years of SQL\nBS in Statistics required\n$70,000 - $85,000\nOn-site')).toEqual(['degree', 'years']);
    // (Counter-example: a heading that names no degree.)
    expect(facts('Tulsa, OK | Data Analyst | Arkansas River Energy\nWhat is required\n2+ years of SQL\n$70,000 - $85,000').degree).toBeNull();
    expect(kindsOf('Tulsa, OK | Data Analyst | Arkansas River Energy\nWhat is required\n2+ years of SQL\n$70,000 - $85,000')).toEqual(['years']);
  });
  it('reads Italy’s three-year and two-year degrees and Spain’s university degree', () => {
    expect(facts('Bari | Analista | Levante Dati\nEsperienza di almeno 2 anni con SQL\nLaurea triennale in discipline economiche').degree).toMatchObject({ level: 'bachelor', required: true });
    expect(facts('Bari | Analista | Levante Dati\nEsperienza di almeno 2 anni con SQL\nLaurea magistrale in Statistica').degree).toMatchObject({ level: 'master', required: true });
    expect(facts('Zaragoza | Desarrollador/a | Ebro Sistemas\n3 años de experiencia con Java\nTitulación universitaria en Telecomunicaciones').degree).toMatchObject({ level: 'bachelor', required: true });
    expect(facts('Zaragoza | Desarrollador/a | Ebro Sistemas\n3 años de experiencia con Java\nTitulación universitaria en Informática valorable').degree).toMatchObject({ level: 'bachelor', required: false });
  });
});

describe('facts s47: work mode and languages in Italian and Spanish', () => {
  it('reads "in sede" and "in presenza" as on-site', () => {
    expect(facts('Padova | Sviluppatore | Brenta Soft\nLavoro in sede, dal lunedì al venerdì').workMode).toBe('onsite');
    expect(facts('Padova | Sviluppatore | Brenta Soft\nLavoro in presenza presso la sede di Padova').workMode).toBe('onsite');
    // (Counter-example: days at the site within a hybrid week.)
    expect(facts('Padova | Sviluppatore | Brenta Soft\nIbrido: 2 giorni in sede a settimana').workMode).toBe('hybrid');
  });
  it('reads a language asked at a high level in Spanish', () => {
    expect(kindsOf('Sevilla | Analista | Giralda Datos\nInglés alto\n2 años de experiencia con Power BI')).toEqual(['language', 'years']);
  });
});

describe('facts s47: years', () => {
  it('reads the years before what was done in them, whatever its first letters spell', () => {
    expect(facts('Greer, SC | Controls Engineer | Piedmont Plastics\nRequirements\n4+ years programming Allen-Bradley PLCs').yearsMin).toBe(4);
    expect(facts('Greer, SC | BI Developer | Piedmont Plastics\nRequirements\n3 years visualizing plant data in Power BI').yearsMin).toBe(3);
    // (Counter-examples: a programme, a contract, a term.)
    expect(facts('Greer, SC | Apprentice Technician | Piedmont Plastics\nJoin our 2 year programme in mechatronics.').yearsMin).toBeNull();
    expect(facts('Greer, SC | Contract Engineer | Piedmont Plastics\nThis is a 3 year contract with an option to extend.').yearsMin).toBeNull();
  });
  it('takes the overall ask, not a named skill’s smaller years', () => {
    expect(facts('Phoenix, AZ | Cloud Engineer | Camelback Cloud\n- Minimum 2 years of hands-on Azure experience\n- Minimum 6 years of software engineering experience').yearsMin).toBe(6);
    expect(facts('Phoenix, AZ | Cloud Engineer | Camelback Cloud\nYou bring 3 years of Terraform experience and 7 years of IT experience.').yearsMin).toBe(7);
    // (Counter-examples: only a skill's years; only a line of work.)
    expect(facts('Phoenix, AZ | Frontend Engineer | Camelback Cloud\n- 3+ years of React Native experience').yearsMin).toBe(3);
    expect(facts('Phoenix, AZ | Engineer | Camelback Cloud\n- 5+ years of backend development experience\n- 2+ years of team leadership').yearsMin).toBe(5);
  });
});

describe('facts s47: a negation reads within its own line', () => {
  it('reads remote work under a line that ends in a negation', () => {
    expect(facts('Dundee | Developer | Tay Apps\nA degree is not required\nFully remote within Scotland').workMode).toBe('remote');
    expect(facts('Tampa, FL | Developer | Bayshore IT\nNo C2C, no visa sponsorship\nRemote within Florida').workMode).toBe('remote');
    // (Counter-examples: the negation on the line of the remote work.)
    expect(facts('Dundee | Developer | Tay Apps\nThis is not a remote role: five days in our Dundee office.').workMode).toBe('onsite');
    expect(facts('Tampa, FL | Developer | Bayshore IT\nNo remote work; on site in Tampa.').workMode).toBe('onsite');
  });
});
