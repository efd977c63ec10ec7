import { completeSiret, type DbHandle, type NewProvider, providers } from '@vigie/db';
import { syncProvidersInIndex } from '../../src/services/providers/sync-provider.ts';
import type { SearchService } from '../../src/services/search/search-service.ts';

let counter = 0;

/** A referenced provider in Lyon 1er unless told otherwise. */
export function providerRow(overrides: Partial<NewProvider> = {}): NewProvider {
  counter += 1;
  const n = String(counter).padStart(5, '0');
  return {
    slug: `prestataire-${n}`,
    legalName: `Prestataire ${n} SAS`,
    tradeName: `Prestataire ${n}`,
    siret: completeSiret(`1234567${String(counter).padStart(6, '0')}`),
    address: '1 place Bellecour',
    postcode: '69001',
    communeCode: '69381',
    city: 'Lyon 1er Arrondissement',
    departement: '69',
    lat: 45.7676,
    lng: 4.8345,
    radiusKm: 30,
    onSite: true,
    remote: false,
    publics: ['individual', 'business'],
    services: ['malware-removal', 'account-recovery'],
    languages: ['fr'],
    hours: { always: false, text: { fr: 'Du lundi au vendredi', en: 'Monday to Friday' } },
    contactEmail: `contact@prestataire-${n}.example`,
    contactPhone: '04 72 00 00 00',
    website: `https://prestataire-${n}.example`,
    description: 'Dépannage informatique et sécurité.',
    status: 'referenced',
    ...overrides,
  };
}

/** Inserts providers and brings the search side in step, in one transaction, as the API does. */
export function insertProviders(
  deps: { db: DbHandle; search: SearchService },
  rows: NewProvider[],
): number[] {
  return deps.db.sqlite.transaction(() => {
    const ids = rows.map(
      (r) => deps.db.db.insert(providers).values(r).returning({ id: providers.id }).get().id,
    );
    syncProvidersInIndex(deps, ids);
    return ids;
  })();
}
