import { generateDemoProviders, type NewProvider } from '@vigie/db';
import { type Public, SERVICE_IDS, type ServiceId } from '@vigie/diagnostic';
import type { Gazetteer } from '@vigie/geo';
import type { ProviderDoc, SearchQuery } from '@vigie/search';

/** Demo-like providers (the seed's generator, spread like French businesses) as search documents. */
export function buildDocs(gazetteer: Gazetteer, count: number): ProviderDoc[] {
  const rows: NewProvider[] = generateDemoProviders({ gazetteer, count, seed: 7 });
  return rows.map((p, i) => ({
    id: i + 1,
    slug: p.slug,
    name: p.tradeName ?? p.legalName,
    description: p.description ?? '',
    postcode: p.postcode,
    city: p.city,
    communeCode: p.communeCode,
    departement: p.departement,
    location: { lat: p.lat, lng: p.lng },
    radiusKm: p.radiusKm ?? 30,
    onSite: p.onSite ?? true,
    remote: p.remote ?? false,
    publics: p.publics as Public[],
    services: p.services as ServiceId[],
    label: p.label ?? null,
    languages: p.languages,
    rating: { average: p.ratingAverage ?? null, count: p.ratingCount ?? 0 },
  }));
}

/** Postcodes victims type, drawn by population so big towns come up more often (deterministic). */
export function typicalPostcodes(
  gazetteer: Gazetteer,
  n: number,
): { postcode: string; lat: number; lng: number }[] {
  const communes = gazetteer.communes
    .filter((c) => !c.approximate && (c.population ?? 0) > 2000 && c.postcodes[0])
    .sort((a, b) => (b.population ?? 0) - (a.population ?? 0));
  const picked: { postcode: string; lat: number; lng: number }[] = [];
  const step = Math.max(1, Math.floor(communes.length / n));
  for (let i = 0; picked.length < n && i < communes.length; i += step) {
    const c = communes[i]!;
    picked.push({ postcode: c.postcodes[0]!, lat: c.lat, lng: c.lng });
  }
  return picked;
}

export type QueryKind = 'postcode + 30 km + service' | 'labelled only' | 'text query';

/** The three typical queries of the benchmark, at a given point. */
export function queryOf(kind: QueryKind, at: { lat: number; lng: number }): SearchQuery {
  const base = { lat: at.lat, lng: at.lng, radiusKm: 30, page: 1, pageSize: 20 };
  if (kind === 'postcode + 30 km + service') return { ...base, services: ['malware-removal'] };
  if (kind === 'labelled only') return { ...base, label: 'expertcyber' };
  return { ...base, q: 'sécurité informatique' };
}

export const QUERY_KINDS: QueryKind[] = ['postcode + 30 km + service', 'labelled only', 'text query'];

/** A small seeded generator (mulberry32): the same seed draws the same traffic on every run. */
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

/**
 * Every postcode with the number of people it serves: a commune's population shared equally among
 * its postcodes (a city holding arrondissements is counted through them, not twice), plus one, so
 * that no postcode is left out.
 */
export function postcodeWeights(gazetteer: Gazetteer): { postcode: string; weight: number }[] {
  const parents = new Set(gazetteer.communes.flatMap((c) => (c.parent ? [c.parent] : [])));
  const weights = new Map<string, number>(gazetteer.postcodes.map((p) => [p, 1]));
  for (const c of gazetteer.communes) {
    if (parents.has(c.code) || c.postcodes.length === 0) continue;
    const share = (c.population ?? 0) / c.postcodes.length;
    for (const p of c.postcodes) weights.set(p, (weights.get(p) ?? 1) + share);
  }
  return [...weights].map(([postcode, weight]) => ({ postcode, weight }));
}

/**
 * Search requests as victims send them: a postcode drawn by population over every postcode, half
 * of them with one service asked for. Deterministic for a seed.
 */
export function drawSearchTraffic(gazetteer: Gazetteer, count: number, seed: number): string[] {
  const random = createRandom(seed);
  const weights = postcodeWeights(gazetteer);
  const cumulative = new Float64Array(weights.length);
  let sum = 0;
  weights.forEach((w, i) => {
    sum += w.weight;
    cumulative[i] = sum;
  });
  const paths: string[] = [];
  for (let i = 0; i < count; i++) {
    const target = random() * sum;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < target) lo = mid + 1;
      else hi = mid;
    }
    const near = weights[lo]!.postcode;
    const service = random() < 0.5 ? SERVICE_IDS[Math.floor(random() * SERVICE_IDS.length)] : undefined;
    paths.push(`/v1/providers?near=${near}${service ? `&service=${service}` : ''}`);
  }
  return paths;
}

/** The share of `paths`, in order, that a least-recently-used cache of `capacity` entries would hold. */
export function lruHitRate(paths: readonly string[], capacity: number): number {
  const lru = new Map<string, true>();
  let hits = 0;
  for (const p of paths) {
    if (lru.delete(p)) hits++;
    lru.set(p, true);
    if (lru.size > capacity) lru.delete(lru.keys().next().value!);
  }
  return hits / paths.length;
}
