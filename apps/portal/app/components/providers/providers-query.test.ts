import { describe, expect, it } from 'vitest';
import {
  activeFilterCount,
  DEFAULT_RADIUS_KM,
  hasFilters,
  NEW_SEARCH,
  type ProviderSearch,
  parseProviderSearch,
  pinnedPlace,
  providerProfileHref,
  providerSearchHref,
  returnHref,
  serializeProviderSearch,
  toApiQuery,
  widerRadius,
} from './providers-query.ts';

const parse = (query: string) => parseProviderSearch(new URLSearchParams(query));

const empty: ProviderSearch = {
  radiusKm: DEFAULT_RADIUS_KM,
  services: [],
  labelOnly: false,
  remote: false,
  page: 1,
};

describe('parseProviderSearch', () => {
  it('reads an empty address as "no search yet" with the defaults', () => {
    expect(parse('')).toEqual(empty);
  });

  it('reads the diagnostic’s provider link (`service` and `public`)', () => {
    expect(parse('service=account-recovery&service=forensics&public=business')).toEqual({
      ...empty,
      public: 'business',
      services: ['account-recovery', 'forensics'],
    });
  });

  it('reads every parameter of a full search', () => {
    expect(
      parse(
        'near=69001&radius_km=50&public=individual&service=forensics&label=expertcyber&remote=true&q=lyon&page=3',
      ),
    ).toEqual({
      near: '69001',
      radiusKm: 50,
      public: 'individual',
      services: ['forensics'],
      labelOnly: true,
      remote: true,
      q: 'lyon',
      page: 3,
    });
  });

  it('reads the page’s own `tri=distance` (only with a text) and `vue=carte`, ignoring other values', () => {
    expect(parse('near=69001&q=rançon&tri=distance&vue=carte')).toEqual({
      ...empty,
      near: '69001',
      q: 'rançon',
      sort: 'distance',
      view: 'map',
    });
    // Without a text the order is by distance anyway: nothing to remember.
    expect(parse('near=69001&tri=distance')).toEqual({ ...empty, near: '69001' });
    expect(parse('q=x&tri=relevance&vue=map')).toEqual({ ...empty, q: 'x' });
  });

  it('reads what a form without JavaScript submits: empty fields mean "not set"', () => {
    expect(parse('near=+Lyon++1er+&radius_km=&q=&public=')).toEqual({ ...empty, near: 'Lyon 1er' });
  });

  it('drops values that do not fit instead of failing the page', () => {
    expect(
      parse(
        `radius_km=0&public=martians&service=teleportation&label=yes&remote=1&page=-2&q=${'x'.repeat(101)}`,
      ),
    ).toEqual(empty);
    expect(parse('radius_km=201').radiusKm).toBe(DEFAULT_RADIUS_KM);
    expect(parse('radius_km=12.5').radiusKm).toBe(DEFAULT_RADIUS_KM);
    expect(parse('page=501').page).toBe(1);
    expect(parse(`near=${'9'.repeat(201)}`).near).toBeUndefined();
  });

  it('keeps any whole radius the API accepts, not only the ones the select offers', () => {
    expect(parse('radius_km=15').radiusKm).toBe(15);
    expect(parse('radius_km=200').radiusKm).toBe(200);
  });

  it('lists services once, in catalogue order, whatever the address says', () => {
    expect(parse('service=forensics&service=incident-response&service=forensics').services).toEqual([
      'incident-response',
      'forensics',
    ]);
  });

  it('reads a submitted FormData like query parameters', () => {
    const form = new FormData();
    form.append('near', '13001');
    form.append('service', 'data-recovery');
    form.append('remote', 'true');
    expect(parseProviderSearch(form)).toEqual({
      ...empty,
      near: '13001',
      services: ['data-recovery'],
      remote: true,
    });
  });
});

describe('serializeProviderSearch', () => {
  it('writes nothing for the defaults', () => {
    expect(serializeProviderSearch(empty).toString()).toBe('');
  });

  it('writes parameters in one order and leaves defaults out', () => {
    const search = parse(
      'page=2&q=cyber&remote=true&label=expertcyber&service=forensics&public=business&near=69001',
    );
    expect(serializeProviderSearch(search).toString()).toBe(
      'near=69001&public=business&service=forensics&label=expertcyber&remote=true&q=cyber&page=2',
    );
    expect(serializeProviderSearch({ ...search, radiusKm: 10 }).get('radius_km')).toBe('10');
  });

  it('round-trips: reading what it wrote gives the same search', () => {
    const searches: ProviderSearch[] = [
      empty,
      { ...empty, near: '45.764,4.836', radiusKm: 200, page: 7 },
      {
        near: 'Saint-Étienne',
        radiusKm: 5,
        public: 'public-body',
        services: ['incident-response', 'ransomware-recovery', 'security-audit'],
        labelOnly: true,
        remote: true,
        q: 'rançongiciel & co',
        sort: 'distance',
        view: 'map',
        page: 2,
      },
    ];
    for (const search of searches) {
      expect(parseProviderSearch(serializeProviderSearch(search))).toEqual(search);
    }
  });
});

describe('providerSearchHref', () => {
  const search = parse('near=69001&service=forensics&page=4');

  it('is the canonical address of the search', () => {
    expect(providerSearchHref(search)).toBe('/prestataires?near=69001&service=forensics&page=4');
    expect(providerSearchHref(empty)).toBe('/prestataires');
  });

  it('goes back to the first page when anything but the page changes', () => {
    expect(providerSearchHref(search, { radiusKm: 50 })).toBe(
      '/prestataires?near=69001&radius_km=50&service=forensics',
    );
    expect(providerSearchHref(search, { page: 5 })).toBe('/prestataires?near=69001&service=forensics&page=5');
  });

  it('links to the directory filtered for a diagnostic outcome, leaving the place to the visitor', () => {
    expect(NEW_SEARCH).toEqual(empty);
    expect(providerSearchHref(NEW_SEARCH, { services: ['incident-response'], public: 'public-body' })).toBe(
      '/prestataires?public=public-body&service=incident-response',
    );
  });

  it('keeps the page when only the view or the order changes: the same results, shown another way', () => {
    const texted = parse('near=69001&q=cyber&page=3');
    expect(providerSearchHref(texted, { view: 'map' })).toBe(
      '/prestataires?near=69001&q=cyber&vue=carte&page=3',
    );
    expect(providerSearchHref(texted, { sort: 'distance' })).toBe(
      '/prestataires?near=69001&q=cyber&tri=distance&page=3',
    );
    expect(providerSearchHref({ ...texted, view: 'map' }, { view: undefined })).toBe(
      '/prestataires?near=69001&q=cyber&page=3',
    );
    // A new search keeps the view.
    expect(providerSearchHref({ ...texted, view: 'map' }, { radiusKm: 10 })).toBe(
      '/prestataires?near=69001&radius_km=10&q=cyber&vue=carte',
    );
  });

  it('writes a picked place by its exact form, which reads back as is', () => {
    const href = providerSearchHref(search, { near: 'insee:97411' });
    expect(href).toBe('/prestataires?near=insee%3A97411&service=forensics');
    expect(parse(href.split('?')[1]!).near).toBe('insee:97411');
  });
});

describe('pinnedPlace', () => {
  it('reads the exact form the place field kept beside its label, and nothing else', () => {
    expect(pinnedPlace(new URLSearchParams('near=Saint-Denis+(974)&place=insee%3A97411'))).toBe(
      'insee:97411',
    );
    expect(pinnedPlace(new URLSearchParams('near=69001'))).toBeUndefined();
    expect(pinnedPlace(new URLSearchParams('place=+'))).toBeUndefined();
    expect(pinnedPlace(new URLSearchParams({ place: 'x'.repeat(201) }))).toBeUndefined();
    // Never part of the canonical address.
    expect(providerSearchHref(parse('near=Lyon&place=insee%3A69123'))).toBe('/prestataires?near=Lyon');
  });
});

describe('toApiQuery', () => {
  it('asks the API for exactly the search, with every parameter it expects', () => {
    const search = parse(
      'near=69001&radius_km=10&public=business&service=forensics&service=data-recovery&q=x',
    );
    expect(toApiQuery({ ...search, near: '69001' }, 20)).toEqual({
      near: '69001',
      radius_km: '10',
      public: 'business',
      service: ['data-recovery', 'forensics'],
      remote: 'false',
      q: 'x',
      page: '1',
      page_size: '20',
    });
    expect(toApiQuery({ ...parse('label=expertcyber&remote=true'), near: 'Lyon' })).toMatchObject({
      label: 'expertcyber',
      remote: 'true',
    });
  });

  it('asks for distance order with `tri=distance`, and leaves the API’s default (relevance) otherwise', () => {
    expect(toApiQuery({ ...parse('q=cyber&tri=distance'), near: 'Lyon' }).sort).toBe('distance');
    expect(toApiQuery({ ...parse('q=cyber'), near: 'Lyon' })).not.toHaveProperty('sort');
    expect(toApiQuery({ ...parse('q=cyber&vue=carte'), near: 'Lyon' })).not.toHaveProperty('vue');
  });
});

describe('widerRadius', () => {
  it('offers the next choice up, and nothing beyond the widest', () => {
    expect(widerRadius(30)).toBe(50);
    expect(widerRadius(15)).toBe(20);
    expect(widerRadius(200)).toBeNull();
  });
});

describe('hasFilters', () => {
  it('counts what narrows the results, not the place, radius or remote help', () => {
    expect(hasFilters(parse('near=69001&radius_km=10&remote=true&page=2'))).toBe(false);
    expect(hasFilters(parse('public=business'))).toBe(true);
    expect(hasFilters(parse('service=forensics'))).toBe(true);
    expect(hasFilters(parse('label=expertcyber'))).toBe(true);
    expect(hasFilters(parse('q=abc'))).toBe(true);
  });
});

describe('activeFilterCount', () => {
  it('counts every choice of the filter panel that differs from a new search', () => {
    expect(activeFilterCount(parse('near=69001&page=3&vue=carte'))).toBe(0);
    expect(activeFilterCount(parse(`radius_km=${DEFAULT_RADIUS_KM}`))).toBe(0);
    expect(
      activeFilterCount(
        parse(
          'radius_km=10&public=business&service=forensics&service=data-recovery&label=expertcyber&remote=true&q=x',
        ),
      ),
    ).toBe(7);
  });
});

describe('profile links and the way back', () => {
  it('remembers the search a profile was opened from, and leads back to it', () => {
    const search = parse('near=69001&service=forensics&page=2');
    const href = providerProfileHref('cyber-secours-lyon', search);
    expect(href).toBe(
      '/prestataires/cyber-secours-lyon?retour=near%3D69001%26service%3Dforensics%26page%3D2',
    );
    const back = new URL(href, 'http://portal.test').searchParams.get('retour');
    expect(returnHref(back)).toBe('/prestataires?near=69001&service=forensics&page=2');
  });

  it('links a profile without `retour` when there was no search', () => {
    expect(providerProfileHref('abc', empty)).toBe('/prestataires/abc');
    expect(providerProfileHref('abc')).toBe('/prestataires/abc');
  });

  it('can only ever lead back to the directory, whatever `retour` holds', () => {
    expect(returnHref(null)).toBe('/prestataires');
    expect(returnHref('//evil.example/x')).toBe('/prestataires');
    expect(returnHref('https://evil.example/?near=1')).toBe('/prestataires');
    expect(returnHref('near=69001&next=https://evil.example')).toBe('/prestataires?near=69001');
  });
});
