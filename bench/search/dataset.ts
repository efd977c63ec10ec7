import { generateDemoProviders, type NewProvider } from '@vigie/db';
import type { Public, ServiceId } from '@vigie/diagnostic';
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
