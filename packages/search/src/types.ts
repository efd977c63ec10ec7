import type { Public, ServiceId } from '@vigie/diagnostic';

/** What the provider index stores per provider: the public profile fields needed to search and list. */
export type ProviderDoc = {
  /** Database id (integer primary key of the providers table). */
  id: number;
  slug: string;
  name: string;
  description: string;
  postcode: string;
  city: string;
  communeCode: string;
  departement: string;
  location: { lat: number; lng: number };
  /** How far the provider travels, in km. */
  radiusKm: number;
  onSite: boolean;
  remote: boolean;
  publics: Public[];
  services: ServiceId[];
  label: 'expertcyber' | null;
  languages: string[];
  rating: { average: number | null; count: number };
};

export type SearchQuery = {
  /** The victim's position. */
  lat: number;
  lng: number;
  /** How far the victim looks, in km (1–200). */
  radiusKm: number;
  public?: Public;
  /** Providers offering all of these services. */
  services?: ServiceId[];
  label?: 'expertcyber';
  /** Include providers that work remotely wherever they are. Default false. */
  remote?: boolean;
  /** Free text (name, description, city), diacritics-insensitive. */
  q?: string;
  /**
   * `relevance` (then distance), the default, applies with `q` only: without text every relevance
   * ties, so the order is the distance. `distance` orders text matches by distance alone.
   */
  sort?: SearchSort;
  /** 1-based. */
  page: number;
  pageSize: number;
};

export type SearchSort = 'relevance' | 'distance';

export type SearchHit = ProviderDoc & { distanceKm: number };

export type Facets = {
  services: Partial<Record<ServiceId, number>>;
  publics: Partial<Record<Public, number>>;
  label: { expertcyber: number; none: number };
};

export type SearchResult = {
  items: SearchHit[];
  total: number;
  page: number;
  pageSize: number;
  facets: Facets;
};

export type SearchEngineName = 'embedded' | 'meilisearch';
export type SearchStatus = 'ok' | 'degraded';

/**
 * A provider index. Matching rule, identical in every implementation: a provider matches when the
 * victim is within the provider's own radius AND within the query's radius, or when the provider
 * works remotely and `remote` is accepted; then the filters apply (public, every service, label,
 * text). Sort: by distance; with `q`, by relevance then distance unless `sort` is `distance`. Facets count the final matching
 * set (all pages), so a client can show "ransomware recovery (12)" next to the filters.
 */
export interface ProviderIndex {
  readonly engine: SearchEngineName;
  upsert(docs: ProviderDoc[]): Promise<void>;
  remove(ids: number[]): Promise<void>;
  search(query: SearchQuery): Promise<SearchResult>;
  /** Replaces the whole content of the index with `docs`. */
  reindex(docs: ProviderDoc[]): Promise<void>;
  health(): Promise<SearchStatus>;
}
