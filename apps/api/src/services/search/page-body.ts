import type { SearchHit, SearchResult } from '@vigie/search';
import type { Place } from '../../contract/geo.ts';
import type { ProviderSearchResult } from '../../contract/providers.ts';
import { shownDistanceKm, toSearchItem } from '../providers/to-doc.ts';

// The two fields of an item that depend on the searched place; every other field is the provider's.
const PLACE_FIELDS = ',"distanceKm":0,"approximate":false,';

/** A provider's item JSON, cut around its place-dependent fields. */
type Fragments = { head: string; tail: string };

function fragmentsOf(hit: SearchHit): Fragments {
  const json = JSON.stringify(toSearchItem({ ...hit, distanceKm: 0 }, { approximate: false }));
  // Keys and string values are escaped, so the first unescaped match is the fields themselves.
  const at = json.indexOf(PLACE_FIELDS);
  if (at < 0) throw new Error('search item fields moved: distanceKm and approximate are not together');
  return { head: `${json.slice(0, at)},"distanceKm":`, tail: json.slice(at + PLACE_FIELDS.length - 1) };
}

/** Above this many providers kept (about 25 MB), the fragments are dropped and built again as pages need them. */
const MAX_FRAGMENTS = 50_000;

/**
 * Writes the JSON of a search page, the same bytes as `JSON.stringify` of the ProviderSearchResult,
 * without serialising each provider again: the part of an item that is the provider's alone is kept,
 * per provider, for as long as the embedded index stays in the same `generation`. Pages of another
 * engine (no generation) are written whole.
 */
export function createPageWriter() {
  let fragments = new Map<number, Fragments>();
  let fragmentsGeneration: number | undefined;
  return (result: SearchResult, place: Place, generation: number | undefined): string => {
    const page: ProviderSearchResult = {
      items: [],
      total: result.total,
      page: result.page,
      pageSize: result.pageSize,
      facets: {
        services: result.facets.services as Record<string, number>,
        publics: result.facets.publics as Record<string, number>,
        label: result.facets.label,
      },
      near: place,
    };
    if (generation === undefined) {
      page.items = result.items.map((hit) => toSearchItem(hit, place));
      return JSON.stringify(page);
    }
    if (generation !== fragmentsGeneration || fragments.size > MAX_FRAGMENTS) {
      fragments = new Map();
      fragmentsGeneration = generation;
    }
    const approximate = place.approximate;
    const placeFields = `,"approximate":${approximate}`;
    let items = '';
    for (const hit of result.items) {
      let f = fragments.get(hit.id);
      if (!f) {
        f = fragmentsOf(hit);
        fragments.set(hit.id, f);
      }
      const distanceKm = JSON.stringify(shownDistanceKm(hit.distanceKm, approximate));
      items += `${items ? ',' : ''}${f.head}${distanceKm}${placeFields}${f.tail}`;
    }
    // `items` is the first key: the rest of the page follows the empty list.
    return `{"items":[${items}]${JSON.stringify(page).slice('{"items":[]'.length)}`;
  };
}
