import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { PUBLICS, SERVICE_IDS } from '@vigie/diagnostic';
import { type Commune, DEFAULT_GAZETTEER_PATH, distanceKm, type Gazetteer, loadGazetteer } from '@vigie/geo';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { NewProvider } from '../schema/providers.ts';
import { isValidSiret } from '../siret.ts';
import { DEPARTEMENTS, OVERSEAS_DEPARTEMENTS, phoneZone, REGIONS } from './france.ts';
import { slugify } from './names.ts';
import { DEFAULT_DEMO_REFERENCE_DATE, generateDemoProviders } from './providers.ts';

let gazetteer: Gazetteer;
let providers: NewProvider[];

beforeAll(() => {
  if (!existsSync(DEFAULT_GAZETTEER_PATH)) {
    execFileSync('pnpm', ['--filter', '@vigie/geo', 'build'], { stdio: 'inherit' });
  }
  gazetteer = loadGazetteer();
  providers = generateDemoProviders({ gazetteer });
}, 120_000);

afterEach(() => {
  vi.restoreAllMocks();
});

const DAY = 86_400_000;
const share = (items: readonly NewProvider[], test: (p: NewProvider) => boolean) =>
  items.filter(test).length / items.length;
const communeOf = (p: NewProvider): Commune => {
  const commune = gazetteer.byCode(p.communeCode);
  if (!commune) throw new Error(`unknown commune ${p.communeCode}`);
  return commune;
};
/** The city a provider is in: Paris, Lyon and Marseille rather than their arrondissements. */
const cityCodeOf = (p: NewProvider) => communeOf(p).parent ?? p.communeCode;

describe('generateDemoProviders: determinism and shape', () => {
  it('is pure: same seed, same providers; another seed, others; no clock, no Math.random', () => {
    vi.spyOn(Math, 'random').mockImplementation(() => {
      throw new Error('Math.random used');
    });
    vi.spyOn(Date, 'now').mockImplementation(() => {
      throw new Error('Date.now used');
    });
    const a = generateDemoProviders({ gazetteer, seed: 42, count: 300 });
    const b = generateDemoProviders({ gazetteer, seed: 42, count: 300 });
    const c = generateDemoProviders({ gazetteer, seed: 43, count: 300 });
    expect(b).toEqual(a);
    expect(c).not.toEqual(a);
    expect(c.map((p) => p.slug)).not.toEqual(a.map((p) => p.slug));
    expect(JSON.stringify(generateDemoProviders({ gazetteer }))).toBe(JSON.stringify(providers));
  });

  it('makes as many providers as asked (1,200 by default)', () => {
    expect(providers).toHaveLength(1200);
    expect(generateDemoProviders({ gazetteer, count: 0 })).toEqual([]);
    expect(generateDemoProviders({ gazetteer, count: 37 })).toHaveLength(37);
    expect(() => generateDemoProviders({ gazetteer, count: -1 })).toThrow(RangeError);
  });

  it('gives unique kebab-case slugs, used for the example email and website', () => {
    const slugs = providers.map((p) => p.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const p of providers) {
      expect(p.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(p.slug.length).toBeLessThanOrEqual(63);
      const firstWord = p.slug.split('-')[0]!;
      if (p.tradeName) expect(slugify(p.tradeName).startsWith(firstWord)).toBe(true);
      else expect(slugify(p.legalName).split('-')).toContain(firstWord);
      expect(p.contactEmail).toBe(`contact@${p.slug}.example`);
      expect(p.website).toBe(`https://${p.slug}.example`);
    }
  });

  it('gives unique valid SIRETs, none in La Poste’s SIREN', () => {
    const sirets = providers.map((p) => p.siret);
    expect(new Set(sirets).size).toBe(sirets.length);
    for (const siret of sirets) {
      expect(siret).toMatch(/^\d{14}$/);
      expect(isValidSiret(siret)).toBe(true);
      expect(siret.startsWith('356000000')).toBe(false);
    }
  });

  it('names companies with a legal form and, for some, a trade name', () => {
    for (const p of providers) {
      expect(p.legalName).toMatch(/(^(SAS|SARL|EURL|SA) )|( (SAS|SARL|EURL|SA)$)/);
      if (p.tradeName !== null) expect(p.tradeName!.length).toBeGreaterThan(2);
    }
    const withTradeName = share(providers, (p) => p.tradeName !== null);
    expect(withTradeName).toBeGreaterThan(0.35);
    expect(withTradeName).toBeLessThan(0.75);
  });

  it('locates each provider in its commune: postcode, city, département, street address', () => {
    for (const p of providers) {
      const commune = communeOf(p);
      const city = commune.parent ? gazetteer.byCode(commune.parent)! : commune;
      expect(p.postcode).toBe(commune.postcodes[0]);
      expect(p.city).toBe(city.name);
      expect(p.departement).toBe(commune.departement);
      expect(DEPARTEMENTS[p.departement]).toBeDefined();
      expect(p.address).toMatch(/\d+( bis)? \S+/);
    }
  });

  it('puts coordinates within 3 km of the commune point', () => {
    let farthest = 0;
    for (const p of providers) {
      const d = distanceKm({ lat: p.lat, lng: p.lng }, communeOf(p));
      farthest = Math.max(farthest, d);
    }
    expect(farthest).toBeLessThanOrEqual(3);
    expect(farthest).toBeGreaterThan(0.5);
  });
});

describe('generateDemoProviders: where', () => {
  it('is dense in the large cities, well above their share of the population', () => {
    const population = new Map<string, number>();
    for (const commune of gazetteer.communes) {
      if (commune.parent || !DEPARTEMENTS[commune.departement]) continue;
      population.set(commune.code, commune.population ?? 0);
    }
    const total = [...population.values()].reduce((a, b) => a + b, 0);
    const top10 = [...population].sort((a, b) => b[1] - a[1]).slice(0, 10);
    const top10Codes = new Set(top10.map(([code]) => code));
    const top10Population = top10.reduce((sum, [, n]) => sum + n, 0) / total;
    const top10Providers = share(providers, (p) => top10Codes.has(cityCodeOf(p)));
    // About 8.4% of the population lives in the 10 largest communes; they hold 1.3x that at least.
    expect(top10Providers).toBeGreaterThanOrEqual(1.3 * top10Population);
    const plm = share(providers, (p) => ['75056', '69123', '13055'].includes(cityCodeOf(p)));
    expect(plm).toBeGreaterThanOrEqual(0.065);
    const paris = providers.filter((p) => p.city === 'Paris');
    expect(new Set(paris.map((p) => p.postcode)).size).toBeGreaterThanOrEqual(12);
  });

  it('places the providers of Paris, Lyon and Marseille around their own arrondissement, with its postcode', () => {
    for (const city of ['75056', '69123', '13055']) {
      const centre = gazetteer.byCode(city)!;
      const inCity = providers.filter((p) => communeOf(p).parent === city);
      const arrondissements = new Set(inCity.map((p) => p.communeCode));
      expect(arrondissements.size, city).toBeGreaterThanOrEqual(5);
      for (const p of inCity) {
        const arrondissement = communeOf(p);
        expect(arrondissement.approximate).toBe(false);
        expect(p.postcode).toBe(arrondissement.postcodes[0]);
        expect(distanceKm(p, arrondissement)).toBeLessThanOrEqual(1);
      }
      // Spread over the city, not piled on its centre.
      expect(Math.max(...inCity.map((p) => distanceKm(p, centre)))).toBeGreaterThan(3);
    }
  });

  it('is sparse in the countryside: communes under 2,000 people hold less than their share', () => {
    let small = 0;
    let total = 0;
    for (const commune of gazetteer.communes) {
      if (commune.parent || !DEPARTEMENTS[commune.departement]) continue;
      total += commune.population ?? 0;
      if ((commune.population ?? 0) < 2000) small += commune.population ?? 0;
    }
    const providersInSmall = share(providers, (p) => (communeOf(p).population ?? 0) < 2000);
    expect(providersInSmall).toBeLessThan(small / total);
  });

  it('covers every région, Corsica and each overseas département', () => {
    const regions = new Set(providers.map((p) => DEPARTEMENTS[p.departement]!.region));
    expect([...regions].sort()).toEqual(Object.keys(REGIONS).sort());
    for (const code of [...OVERSEAS_DEPARTEMENTS, '2A', '2B']) {
      expect(providers.some((p) => p.departement === code)).toBe(true);
    }
    const overseas = share(providers, (p) => OVERSEAS_DEPARTEMENTS.includes(p.departement));
    expect(overseas).toBeGreaterThan(0.02);
    expect(overseas).toBeLessThan(0.06);
    const departements = new Set(providers.map((p) => p.departement));
    expect(departements.size).toBeGreaterThanOrEqual(95);
  });

  it('uses telephone numbers of the right zone', () => {
    for (const p of providers) {
      expect(p.contactPhone).toMatch(/^0[1-5]( \d{2}){4}$/);
      expect(p.contactPhone!.slice(0, 2)).toBe(phoneZone(p.departement));
    }
    expect(providers.find((p) => p.departement === '974')?.contactPhone).toMatch(/^02 62 /);
    expect(providers.find((p) => p.departement === '75')?.contactPhone).toMatch(/^01 /);
  });
});

describe('generateDemoProviders: what', () => {
  it('offers 2 to 6 known services and serves known publics', () => {
    const services = new Set<string>(SERVICE_IDS);
    const publics = new Set<string>(PUBLICS);
    for (const p of providers) {
      expect(p.services.length).toBeGreaterThanOrEqual(2);
      expect(p.services.length).toBeLessThanOrEqual(6);
      expect(new Set(p.services).size).toBe(p.services.length);
      for (const s of p.services) expect(services.has(s)).toBe(true);
      expect(p.publics.length).toBeGreaterThan(0);
      for (const x of p.publics) expect(publics.has(x)).toBe(true);
    }
    const individual = share(providers, (p) => p.publics.includes('individual'));
    const business = share(providers, (p) => p.publics.includes('business'));
    const publicBody = share(providers, (p) => p.publics.includes('public-body'));
    expect(individual).toBeGreaterThan(0.55);
    expect(business).toBeGreaterThan(0.5);
    expect(publicBody).toBeLessThan(Math.min(individual, business));
    // Every service is offered by someone.
    expect(new Set(providers.flatMap((p) => p.services)).size).toBe(SERVICE_IDS.length);
  });

  it('keeps services coherent: device repair goes with home help, not with ransomware recovery alone', () => {
    const repair = providers.filter((p) => p.services.includes('device-repair'));
    expect(share(repair, (p) => p.publics.includes('individual'))).toBeGreaterThan(0.85);
    const ransomware = providers.filter((p) => p.services.includes('ransomware-recovery'));
    expect(share(ransomware, (p) => p.services.includes('device-repair'))).toBeLessThan(0.3);
  });

  it('sets radius, on-site and remote help', () => {
    for (const p of providers) {
      expect(p.radiusKm).toBeGreaterThanOrEqual(10);
      expect(p.radiusKm).toBeLessThanOrEqual(100);
      expect(p.onSite || p.remote).toBe(true);
    }
    const radii = providers.map((p) => p.radiusKm!).sort((a, b) => a - b);
    const median = radii[radii.length >> 1]!;
    expect(median).toBeGreaterThanOrEqual(20);
    expect(median).toBeLessThanOrEqual(50);
    const ruralRadius = providers
      .filter((p) => (communeOf(p).population ?? 0) < 5000)
      .map((p) => p.radiusKm!);
    const cityRadius = providers
      .filter((p) => (communeOf(p).population ?? 0) >= 100_000)
      .map((p) => p.radiusKm!);
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    expect(mean(ruralRadius)).toBeGreaterThan(mean(cityRadius) + 10);
    expect(share(providers, (p) => p.onSite!)).toBeGreaterThan(0.85);
    const remote = share(providers, (p) => p.remote!);
    expect(remote).toBeGreaterThan(0.22);
    expect(remote).toBeLessThan(0.4);
  });

  it('speaks French always, English often, other languages sometimes', () => {
    for (const p of providers) expect(p.languages[0]).toBe('fr');
    const english = share(providers, (p) => p.languages.includes('en'));
    expect(english).toBeGreaterThan(0.28);
    expect(english).toBeLessThan(0.45);
    for (const language of ['de', 'es', 'it', 'ar', 'pt']) {
      expect(providers.some((p) => p.languages.includes(language))).toBe(true);
    }
  });

  it('opens 24/7 for a few, with French and English hours for the others', () => {
    const allDay = share(providers, (p) => p.hours.always);
    expect(allDay).toBeGreaterThan(0.04);
    expect(allDay).toBeLessThan(0.13);
    for (const p of providers) {
      if (!p.hours.always) {
        expect(p.hours.text?.fr).toBeTruthy();
        expect(p.hours.text?.en).toBeTruthy();
      }
    }
  });

  it('describes each provider in one to three French sentences', () => {
    for (const p of providers) {
      const sentences = p.description!.split(/(?<=\.) (?=[A-ZÀ-Ý])/);
      expect(sentences.length).toBeGreaterThanOrEqual(1);
      expect(sentences.length).toBeLessThanOrEqual(3);
      expect(p.description).toMatch(/\.$/);
      expect(p.description).not.toMatch(/\{|undefined/);
    }
  });
});

describe('generateDemoProviders: status, label, ratings, dates', () => {
  const reference = Date.parse(DEFAULT_DEMO_REFERENCE_DATE);

  it('references about 93%, with some pending and suspended', () => {
    const referenced = share(providers, (p) => p.status === 'referenced');
    expect(referenced).toBeGreaterThan(0.9);
    expect(referenced).toBeLessThan(0.96);
    expect(providers.some((p) => p.status === 'pending')).toBe(true);
    expect(providers.some((p) => p.status === 'suspended')).toBe(true);
    for (const p of providers) expect(['referenced', 'pending', 'suspended']).toContain(p.status);
  });

  it('labels about 200 referenced providers (160-240), with consistent label data', () => {
    const labelled = providers.filter((p) => p.label === 'expertcyber');
    expect(labelled.length).toBeGreaterThanOrEqual(160);
    expect(labelled.length).toBeLessThanOrEqual(240);
    const certificates = new Set<string>();
    for (const p of labelled) {
      expect(p.status).toBe('referenced');
      const granted = Date.parse(p.labelGrantedAt!);
      const expires = Date.parse(p.labelExpiresAt!);
      expect(granted).toBeLessThanOrEqual(reference);
      expect(granted).toBeGreaterThan(reference - 730 * DAY);
      expect(expires - granted).toBeGreaterThanOrEqual(730 * DAY);
      expect(expires - granted).toBeLessThanOrEqual(731 * DAY);
      // The same day two years on (1 March for a 29 February).
      if (!p.labelGrantedAt!.startsWith('02-29', 5))
        expect(p.labelExpiresAt!.slice(5)).toBe(p.labelGrantedAt!.slice(5));
      expect(p.labelCertificate).toMatch(new RegExp(`^EC-${p.labelGrantedAt!.slice(0, 4)}-\\d{5}$`));
      certificates.add(p.labelCertificate!);
    }
    expect(certificates.size).toBe(labelled.length);
    for (const p of providers.filter((x) => x.label !== 'expertcyber')) {
      expect(p.label).toBeNull();
      expect(p.labelGrantedAt).toBeNull();
      expect(p.labelExpiresAt).toBeNull();
      expect(p.labelCertificate).toBeNull();
    }
  });

  it('keeps dates in order, before the reference date; referenced providers accepted the charter', () => {
    for (const p of providers) {
      const created = Date.parse(p.createdAt!);
      const updated = Date.parse(p.updatedAt!);
      expect(p.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.000Z$/);
      expect(new Date(created).toISOString()).toBe(p.createdAt);
      expect(new Date(updated).toISOString()).toBe(p.updatedAt);
      expect(created).toBeLessThanOrEqual(updated);
      expect(updated).toBeLessThanOrEqual(reference);
      if (p.status === 'referenced') expect(p.charterAcceptedAt).not.toBeNull();
      if (p.status === 'pending') expect(p.charterAcceptedAt).toBeNull();
      if (p.charterAcceptedAt) {
        const charter = Date.parse(p.charterAcceptedAt);
        expect(charter).toBeGreaterThanOrEqual(created);
        expect(charter).toBeLessThanOrEqual(updated);
        if (p.labelGrantedAt) expect(charter).toBeLessThanOrEqual(Date.parse(p.labelGrantedAt));
      }
      if (p.labelGrantedAt) expect(Date.parse(p.labelGrantedAt)).toBeLessThanOrEqual(updated);
    }
  });

  it('follows the reference date it is given', () => {
    const now = new Date('2030-03-15T12:00:00.000Z');
    const later = generateDemoProviders({ gazetteer, count: 300, referenceDate: now });
    for (const p of later) {
      expect(Date.parse(p.updatedAt!)).toBeLessThanOrEqual(now.getTime());
      if (p.labelExpiresAt) expect(Date.parse(p.labelExpiresAt)).toBeGreaterThan(now.getTime());
    }
  });

  it('rates most referenced providers 3.5 to 5.0 from up to 120 ratings', () => {
    for (const p of providers) {
      expect(p.ratingCount).toBeGreaterThanOrEqual(0);
      expect(p.ratingCount).toBeLessThanOrEqual(120);
      if (p.ratingCount === 0) {
        expect(p.ratingAverage).toBeNull();
      } else {
        expect(p.ratingAverage).toBeGreaterThanOrEqual(3.5);
        expect(p.ratingAverage).toBeLessThanOrEqual(5);
        expect(Math.round(p.ratingAverage! * 10)).toBeCloseTo(p.ratingAverage! * 10, 6);
      }
      if (p.status === 'pending') expect(p.ratingCount).toBe(0);
    }
    const referenced = providers.filter((p) => p.status === 'referenced');
    expect(share(referenced, (p) => p.ratingCount! > 0)).toBeGreaterThan(0.7);
  });
});

describe('generateDemoProviders: scale', () => {
  it('generates 100,000 for the benchmark, still unique, with the same share of labels', () => {
    const many = generateDemoProviders({ gazetteer, count: 100_000, seed: 5 });
    expect(many).toHaveLength(100_000);
    expect(new Set(many.map((p) => p.slug)).size).toBe(100_000);
    expect(new Set(many.map((p) => p.siret)).size).toBe(100_000);
    const labelled = share(many, (p) => p.label === 'expertcyber');
    expect(labelled).toBeGreaterThan(0.14);
    expect(labelled).toBeLessThan(0.2);
  }, 120_000);
});
