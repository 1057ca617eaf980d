// The demo company directory: about 300 FICTIONAL companies in Albertslund, as a sample CVR
// extract would list them. Generated deterministically (a fixed-seed generator, no Math.random):
// every machine gets the same companies. The CVR numbers pass the modulus-11 check but were made
// up here (the range starts at 41000000; any real company with one of them is a coincidence), the
// names are invented and marked "(demo)", and the addresses use a few real street names of the
// town's business areas (see lib/directory/business-areas.ts, itself a fictional grouping).
import { isValidCvr } from '../../lib/companies/cvr';
import { businessAreaFor, streetsOf } from '../../lib/directory/business-areas';

export const DEMO_DIRECTORY_SIZE = 300;

/** DB07 industry codes with their texts, as the register writes them. */
const industries = [
  ['251100', 'Fremstilling af metalkonstruktioner og dele heraf'],
  ['222200', 'Fremstilling af plastemballage'],
  ['274000', 'Fremstilling af elektriske belysningsartikler'],
  ['464900', 'Engroshandel med andre husholdningsartikler'],
  ['494100', 'Vejgodstransport'],
  ['521000', 'Oplagring'],
  ['620100', 'Computerprogrammering'],
  ['711200', 'Rådgivende ingeniørvirksomhed'],
  ['432100', 'El-installation'],
  ['561010', 'Restauranter'],
  ['812100', 'Almindelig rengøring i bygninger'],
  ['869000', 'Andre sundhedsydelser'],
  ['702200', 'Virksomhedsrådgivning og anden rådgivning om driftsledelse'],
  ['471100', 'Supermarkeder'],
] as const;

/** Register bands, weighted towards small companies as in any Danish town. */
const bands = ['1', '2-4', '2-4', '5-9', '5-9', '5-9', '10-19', '10-19', '20-49', '20-49', '50-99', '100-199', '200-499'] as const;

const firstParts = ['Nord', 'Vest', 'Hersted', 'Kanal', 'Komet', 'Lyse', 'Grønne', 'Birke', 'Ege', 'Sol', 'Stjerne', 'Mølle', 'Rugmark', 'Vrids', 'Fabriks', 'Ager', 'Skov', 'Eng', 'Bakke', 'Torve'];
/** One per industry above, so a name says what the company does. */
const secondParts = ['Metal', 'Plast', 'Lys', 'Handel', 'Transport', 'Lager', 'Data', 'Ingeniør', 'El', 'Køkken', 'Rengøring', 'Sundhed', 'Konsult', 'Købmand'];
const forms = ['ApS', 'A/S', 'I/S', 'IVS'];

/** mulberry32: a small, fixed-seed generator, so the demo data is the same everywhere. */
function generator(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type DemoDirectoryCompany = {
  cvr: string;
  name: string;
  address: string;
  postalCode: string;
  industryCode: string;
  industry: string;
  employeesBand: string;
  email: string;
};

const capitalise = (s: string) => s.replace(/(^|\s)\S/g, (c) => c.toUpperCase());

let cached: DemoDirectoryCompany[] | undefined;

export function demoDirectory(): DemoDirectoryCompany[] {
  if (cached) return cached;
  const random = generator(14_2620);
  const pick = <T,>(list: readonly T[]) => list[Math.floor(random() * list.length)];
  const areas = ['nord', 'vest', 'vest', 'herstedvester', 'syd', 'centrum'] as const;
  const result: DemoDirectoryCompany[] = [];
  const names = new Set<string>();
  let candidate = 41_000_000;
  while (result.length < DEMO_DIRECTORY_SIZE) {
    candidate += 1 + Math.floor(random() * 97);
    const cvr = String(candidate);
    if (!isValidCvr(cvr)) continue;
    const i = result.length;
    const [industryCode, industry] = industries[i % industries.length];
    let name = `${pick(firstParts)}${secondParts[i % secondParts.length].toLowerCase()} ${pick(forms)} (demo)`;
    if (names.has(name)) name = name.replace(' (demo)', ` ${i} (demo)`);
    names.add(name);
    // One in twelve lies outside the named business areas (another street, or a neighbouring town).
    const elsewhere = i % 12 === 11;
    const street = elsewhere ? 'Bakkegårdsvej' : capitalise(pick(streetsOf(pick(areas))));
    const slug = name.toLowerCase().replace(' (demo)', '').replace(/[^a-z0-9æøå]+/g, '-').replace(/æ/g, 'ae').replace(/ø/g, 'oe').replace(/å/g, 'aa').replace(/-+$/, '');
    result.push({
      cvr,
      name,
      address: `${street} ${1 + Math.floor(random() * 120)}`,
      postalCode: elsewhere && i % 24 === 23 ? '2600' : '2620',
      industryCode,
      industry,
      employeesBand: pick(bands),
      email: `kontakt@${slug}.example`,
    });
  }
  cached = result;
  return result;
}

/** The area each demo company lies in, as the import derives it. */
export function demoDirectoryArea(company: DemoDirectoryCompany): string {
  return businessAreaFor(company.address, company.postalCode);
}

const csvCell = (value: string) => (/[;"\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/**
 * The demo directory as a CVR extract in Danish Excel's format (";"-separated, with a byte order
 * mark): the import page offers it as its sample file, and the tests import it.
 */
export function demoDirectoryCsv(companies: DemoDirectoryCompany[] = demoDirectory()): string {
  const header = 'CVR-nummer;Navn;Adresse;Postnr;Branchekode;Branchetekst;Antal ansatte;Email';
  const lines = companies.map((c) =>
    [c.cvr, c.name, c.address, c.postalCode, c.industryCode, c.industry, c.employeesBand, c.email].map(csvCell).join(';'),
  );
  return `\uFEFF${[header, ...lines].join('\r\n')}\r\n`;
}

/**
 * The demo companies that took part in the held demo meetings: the first 16 came to the
 * October 2014 meeting, 12 of them and 8 more to January 2015 (24 in all). They stay off
 * september-2015, whose attendee counts the follow-up tests rely on.
 */
export function demoDirectoryAttendees(): { oct2014: string[]; jan2015: string[] } {
  const cvrs = demoDirectory().map((c) => c.cvr);
  return { oct2014: cvrs.slice(0, 16), jan2015: [...cvrs.slice(4, 16), ...cvrs.slice(16, 24)] };
}
