import type { Public, ServiceId } from '@vigie/diagnostic';
import type { ProviderDoc, SearchQuery } from '../src/types.ts';

/** Deterministic PRNG (mulberry32): the same seed gives the same sequence on every machine. */
export function createRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const FIXTURE_SERVICES = [
  'incident-response',
  'ransomware-recovery',
  'malware-removal',
  'account-recovery',
  'data-recovery',
  'forensics',
  'website-repair',
  'network-security',
  'awareness-training',
  'email-security',
  'device-repair',
  'backup-setup',
  'security-audit',
] as const satisfies readonly ServiceId[];

export const FIXTURE_PUBLICS = ['individual', 'business', 'public-body'] as const satisfies readonly Public[];

type Place = {
  city: string;
  postcode: string;
  departement: string;
  communeCode: string;
  lat: number;
  lng: number;
};

/** Cluster centres: most providers around Paris, Lyon and Marseille, the rest around other cities. */
export const FIXTURE_PLACES = {
  paris: {
    city: 'Paris',
    postcode: '75001',
    departement: '75',
    communeCode: '75056',
    lat: 48.8566,
    lng: 2.3522,
  },
  lyon: {
    city: 'Lyon',
    postcode: '69001',
    departement: '69',
    communeCode: '69123',
    lat: 45.764,
    lng: 4.8357,
  },
  marseille: {
    city: 'Marseille',
    postcode: '13001',
    departement: '13',
    communeCode: '13055',
    lat: 43.2965,
    lng: 5.3698,
  },
} satisfies Record<string, Place>;

const SUBURBS: Record<keyof typeof FIXTURE_PLACES, string[]> = {
  paris: ['Paris', 'Saint-Denis', 'Boulogne-Billancourt', 'Montreuil', 'Créteil', 'Versailles', 'Nanterre'],
  lyon: ['Lyon', 'Villeurbanne', 'Vénissieux', 'Bron', 'Écully'],
  marseille: ['Marseille', 'Aix-en-Provence', 'Aubagne', 'La Ciotat', 'Vitrolles'],
};

const OTHER_PLACES: Place[] = [
  { city: 'Rennes', postcode: '35000', departement: '35', communeCode: '35238', lat: 48.1173, lng: -1.6778 },
  { city: 'Nantes', postcode: '44000', departement: '44', communeCode: '44109', lat: 47.2184, lng: -1.5536 },
  {
    city: 'Bordeaux',
    postcode: '33000',
    departement: '33',
    communeCode: '33063',
    lat: 44.8378,
    lng: -0.5792,
  },
  { city: 'Toulouse', postcode: '31000', departement: '31', communeCode: '31555', lat: 43.6047, lng: 1.4442 },
  { city: 'Lille', postcode: '59000', departement: '59', communeCode: '59350', lat: 50.6292, lng: 3.0573 },
  {
    city: 'Strasbourg',
    postcode: '67000',
    departement: '67',
    communeCode: '67482',
    lat: 48.5734,
    lng: 7.7521,
  },
  {
    city: 'Clermont-Ferrand',
    postcode: '63000',
    departement: '63',
    communeCode: '63113',
    lat: 45.7772,
    lng: 3.087,
  },
  { city: 'Dijon', postcode: '21000', departement: '21', communeCode: '21231', lat: 47.322, lng: 5.0415 },
];

const NAME_HEADS = ['Cyber', 'Info', 'Net', 'Sécu', 'Data', 'Alpha', 'Bastion', 'Rempart', 'Vigi', 'Proxi'];
const NAME_TAILS = [
  'Assistance',
  'Services',
  'Conseil',
  'Dépannage',
  'Solutions',
  'Réseau',
  'Expertise',
  'Protection',
];
const SENTENCES = [
  'Intervention rapide après une attaque par rançongiciel.',
  'Récupération de comptes piratés et de messageries.',
  'Nettoyage de logiciels malveillants sur ordinateurs et téléphones.',
  'Audit de sécurité du réseau et des sauvegardes.',
  'Sensibilisation des équipes au hameçonnage.',
  'Réparation de sites web défigurés.',
  'Analyse forensique et préservation des preuves.',
  'Récupération de données effacées ou chiffrées.',
  'Accompagnement des collectivités et des associations.',
  'Dépannage à domicile pour les particuliers.',
];
/** Text queries that hit the fixture's vocabulary: whole words, prefixes, with and without accents. */
export const FIXTURE_TEXT_QUERIES = [
  'rançongiciel',
  'rancongiciel',
  'securite',
  'sécurité',
  'hamecon',
  'forensique',
  'domicile',
  'collectivites',
  'lyon',
  'marseille',
  'bastion',
  'rempart',
  'recuperation donnees',
  'audit reseau',
  'Sécu',
  'zzzunknown',
];
const RADII = [5, 10, 20, 30, 50, 80, 150];
const QUERY_RADII = [5, 10, 20, 30, 50, 100, 200];

/** Moves a point by up to `maxKm` in a random direction (uniform over the disc). */
function jitter(random: () => number, lat: number, lng: number, maxKm: number): { lat: number; lng: number } {
  const r = maxKm * Math.sqrt(random());
  const bearing = 2 * Math.PI * random();
  const dLat = (r * Math.cos(bearing)) / 111.195;
  const dLng = (r * Math.sin(bearing)) / (111.195 * Math.cos((lat * Math.PI) / 180));
  return { lat: round6(lat + dLat), lng: round6(lng + dLng) };
}

const round6 = (x: number) => Math.round(x * 1e6) / 1e6;
const pick = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
function pickSome<T>(random: () => number, items: readonly T[], min: number, max: number): T[] {
  const n = min + Math.floor(random() * (max - min + 1));
  const pool = [...items];
  const out: T[] = [];
  while (out.length < n && pool.length > 0) out.push(pool.splice(Math.floor(random() * pool.length), 1)[0]!);
  return out;
}

/** A provider with sensible defaults, for hand-written test cases. */
export function makeProvider(fields: Partial<ProviderDoc> & { id: number }): ProviderDoc {
  const place = FIXTURE_PLACES.paris;
  return {
    slug: `provider-${fields.id}`,
    name: `Provider ${fields.id}`,
    description: 'Assistance informatique.',
    postcode: place.postcode,
    city: place.city,
    communeCode: place.communeCode,
    departement: place.departement,
    location: { lat: place.lat, lng: place.lng },
    radiusKm: 50,
    onSite: true,
    remote: false,
    publics: ['individual', 'business', 'public-body'],
    services: ['incident-response'],
    label: null,
    languages: ['fr'],
    rating: { average: null, count: 0 },
    ...fields,
  };
}

export type ProviderFixtureOptions = {
  /** Default 200. */
  count?: number;
  /** Default 1. */
  seed?: number;
  /** Id of the first provider. Default 1. */
  firstId?: number;
};

/**
 * Deterministic providers: about 40% around Paris, 25% around Lyon, 20% around Marseille, the rest
 * around other cities; about a third work remotely (some remote only), a fifth are labelled, and
 * one in ten shares the exact position of the previous one (same commune centroid), which tests
 * the tie-breaks.
 */
export function generateProviderFixture(options: ProviderFixtureOptions = {}): ProviderDoc[] {
  const { count = 200, seed = 1, firstId = 1 } = options;
  const random = createRandom(seed);
  const docs: ProviderDoc[] = [];
  for (let i = 0; i < count; i++) {
    const id = firstId + i;
    const roll = random();
    const cluster: keyof typeof FIXTURE_PLACES | undefined =
      roll < 0.4 ? 'paris' : roll < 0.65 ? 'lyon' : roll < 0.85 ? 'marseille' : undefined;
    const base = cluster ? FIXTURE_PLACES[cluster] : pick(random, OTHER_PLACES);
    const previous = docs[docs.length - 1];
    const colocated = previous !== undefined && random() < 0.1;
    const location = colocated
      ? { ...previous.location }
      : jitter(random, base.lat, base.lng, cluster ? 30 : 20);
    const city = colocated ? previous.city : cluster ? pick(random, SUBURBS[cluster]) : base.city;
    const remoteRoll = random();
    const remote = remoteRoll < 0.33;
    const name = `${pick(random, NAME_HEADS)} ${pick(random, NAME_TAILS)}`;
    docs.push({
      id,
      slug: `${name.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/\s+/g, '-')}-${id}`,
      name,
      description: pickSome(random, SENTENCES, 1, 3).join(' '),
      postcode: base.postcode,
      city,
      communeCode: base.communeCode,
      departement: base.departement,
      location,
      radiusKm: pick(random, RADII),
      onSite: remoteRoll >= 0.08,
      remote,
      publics: pickSome(random, FIXTURE_PUBLICS, 1, 3),
      services: pickSome(random, FIXTURE_SERVICES, 1, 5),
      label: random() < 0.2 ? 'expertcyber' : null,
      languages: random() < 0.3 ? ['fr', 'en'] : ['fr'],
      rating:
        random() < 0.5
          ? { average: Math.round((3 + 2 * random()) * 10) / 10, count: 1 + Math.floor(random() * 40) }
          : { average: null, count: 0 },
    });
  }
  return docs;
}

/**
 * Varied queries for comparing an index with the full-scan reference: points near the clusters or
 * anywhere in France, every radius, random filters, remote sometimes, text a quarter of the time.
 */
export function generateRandomQueries(count: number, seed = 7): SearchQuery[] {
  const random = createRandom(seed);
  const centres = [...Object.values(FIXTURE_PLACES), ...OTHER_PLACES];
  const queries: SearchQuery[] = [];
  for (let i = 0; i < count; i++) {
    const centre = random() < 0.9 ? pick(random, centres) : undefined;
    const point = centre
      ? jitter(random, centre.lat, centre.lng, 30)
      : { lat: round6(42.5 + 8.5 * random()), lng: round6(-4.5 + 12.5 * random()) };
    const serviceCount = pick(random, [0, 0, 0, 0, 0, 0, 1, 1, 1, 2]);
    const query: SearchQuery = {
      lat: point.lat,
      lng: point.lng,
      radiusKm: pick(random, QUERY_RADII),
      page: pick(random, [1, 1, 1, 1, 1, 1, 2, 2, 2, 3]),
      pageSize: pick(random, [5, 10, 20]),
    };
    if (random() < 0.25) query.public = pick(random, FIXTURE_PUBLICS);
    if (serviceCount > 0) query.services = pickSome(random, FIXTURE_SERVICES, serviceCount, serviceCount);
    if (random() < 0.15) query.label = 'expertcyber';
    if (random() < 0.3) query.remote = true;
    if (random() < 0.25) query.q = pick(random, FIXTURE_TEXT_QUERIES);
    queries.push(query);
  }
  return queries;
}
