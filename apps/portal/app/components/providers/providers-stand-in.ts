import { Hono } from 'hono';

/*
 * A strict stand-in for the API's provider directory (`GET /v1/providers`, `GET
 * /v1/providers/{slug}`, `GET /v1/geo/resolve`), for unit tests: it speaks the documented
 * contract (problem+json errors included) over a handful of fixed providers, and records the
 * requests it receives. The browser tests run against the real API.
 */

export type StandInProvider = {
  slug: string;
  name: string;
  lat: number;
  lng: number;
  postcode: string;
  city: string;
  label: 'expertcyber' | null;
  services: string[];
  publics: string[];
  remote: boolean;
};

export const standInPlaces = [
  { label: '69001 Lyon 1er', postcode: '69001', lat: 45.7676, lng: 4.8345, kind: 'postcode' as const },
  { label: 'Saint-Denis (93)', postcode: '93200', lat: 48.9356, lng: 2.3539, kind: 'commune' as const },
  { label: 'Saint-Denis (974)', lat: -20.8823, lng: 55.4504, kind: 'commune' as const },
  { label: 'Lyon (69)', lat: 45.758, lng: 4.835, kind: 'commune' as const },
];

export const standInProviders: StandInProvider[] = [
  {
    slug: 'cyber-secours-lyon',
    name: 'Cyber Secours Lyon',
    lat: 45.764,
    lng: 4.8357,
    postcode: '69002',
    city: 'Lyon',
    label: 'expertcyber',
    services: ['incident-response', 'forensics'],
    publics: ['business', 'public-body'],
    remote: true,
  },
  {
    slug: 'depannage-rhone',
    name: 'Dépannage Rhône',
    lat: 45.78,
    lng: 4.87,
    postcode: '69100',
    city: 'Villeurbanne',
    label: null,
    services: ['malware-removal', 'device-repair'],
    publics: ['individual'],
    remote: false,
  },
];

const problem = (status: number, title: string, detail: string) =>
  new Response(JSON.stringify({ type: 'about:blank', title, status, detail, requestId: 'req-test' }), {
    status,
    headers: { 'content-type': 'application/problem+json' },
  });

function distanceKm(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLng = (b.lng - a.lng) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

function resolve(q: string) {
  const text = q.trim().toLowerCase();
  const point = /^(-?\d+(?:\.\d+)?)\s*,\s*(-?\d+(?:\.\d+)?)$/.exec(text);
  if (point) {
    const lat = Number(point[1]);
    const lng = Number(point[2]);
    return [
      { label: `${lat}, ${lng}`, lat, lng, kind: 'coordinates' as const, score: 1, approximate: false },
    ];
  }
  return standInPlaces
    .filter((place) => place.postcode === text || place.label.toLowerCase().startsWith(text))
    .map((place) => ({ ...place, score: place.postcode === text ? 1 : 0.9, approximate: false }));
}

/** The stand-in app; `requests` lists every `METHOD path?query` it answered. */
export function createProvidersStandIn() {
  const requests: string[] = [];
  const app = new Hono();
  app.use('*', async (c, next) => {
    const url = new URL(c.req.url);
    requests.push(`${c.req.method} ${url.pathname}${url.search}`);
    await next();
  });

  app.get('/v1/providers', (c) => {
    const url = new URL(c.req.url);
    const near = url.searchParams.get('near');
    if (!near) return problem(400, 'Invalid request', 'near is required');
    const radius = Number(url.searchParams.get('radius_km') ?? '30');
    if (!Number.isInteger(radius) || radius < 1 || radius > 200) {
      return problem(400, 'Invalid request', 'radius_km must be between 1 and 200');
    }
    const place = resolve(near)[0];
    if (!place) return problem(404, 'Not found', `No place matches "${near}".`);
    const services = url.searchParams.getAll('service');
    const pub = url.searchParams.get('public');
    const remote = url.searchParams.get('remote') === 'true';
    const labelOnly = url.searchParams.get('label') === 'expertcyber';
    const page = Number(url.searchParams.get('page') ?? '1');
    const pageSize = Number(url.searchParams.get('page_size') ?? '20');
    const matching = standInProviders
      .map((provider) => ({ provider, distance: distanceKm(place, provider) }))
      .filter(({ provider, distance }) => distance <= radius || (remote && provider.remote))
      .filter(({ provider }) => services.every((service) => provider.services.includes(service)))
      .filter(({ provider }) => !pub || provider.publics.includes(pub))
      .filter(({ provider }) => !labelOnly || provider.label === 'expertcyber')
      .sort((a, b) => a.distance - b.distance);
    const facets = { services: {} as Record<string, number>, publics: {} as Record<string, number> };
    for (const { provider } of matching) {
      for (const s of provider.services) facets.services[s] = (facets.services[s] ?? 0) + 1;
      for (const p of provider.publics) facets.publics[p] = (facets.publics[p] ?? 0) + 1;
    }
    const labelled = matching.filter(({ provider }) => provider.label).length;
    return c.json({
      items: matching.slice((page - 1) * pageSize, page * pageSize).map(({ provider, distance }) => ({
        slug: provider.slug,
        name: provider.name,
        distanceKm: Math.round(distance * 10) / 10,
        label: provider.label,
        services: provider.services,
        publics: provider.publics,
        remote: provider.remote,
        onSite: true,
        postcode: provider.postcode,
        city: provider.city,
        location: { lat: provider.lat, lng: provider.lng },
        rating: { average: null, count: 0 },
      })),
      total: matching.length,
      page,
      pageSize,
      facets: { ...facets, label: { expertcyber: labelled, none: matching.length - labelled } },
      near: { label: place.label, lat: place.lat, lng: place.lng, kind: place.kind },
    });
  });

  app.get('/v1/providers/:slug', (c) => {
    const provider = standInProviders.find((p) => p.slug === c.req.param('slug'));
    if (!provider) return problem(404, 'Not found', `No provider "${c.req.param('slug')}".`);
    return c.json({
      slug: provider.slug,
      name: provider.name,
      legalName: `${provider.name} SAS`,
      siret: '73282932000074',
      description: 'Nous intervenons sur les incidents de sécurité.',
      address: '10 rue de la République',
      postcode: provider.postcode,
      city: provider.city,
      location: { lat: provider.lat, lng: provider.lng },
      radiusKm: 40,
      onSite: true,
      remote: provider.remote,
      publics: provider.publics,
      services: provider.services,
      languages: ['fr', 'en'],
      hours: {
        always: false,
        text: { fr: 'Du lundi au vendredi, 9 h – 18 h', en: 'Monday to Friday, 9am – 6pm' },
      },
      contact: { email: 'contact@example.fr', phone: '04 78 00 00 00', website: 'https://www.example.fr' },
      label: provider.label
        ? { id: 'expertcyber', grantedAt: '2025-03-12', expiresAt: '2027-03-12', certificate: 'EC-2025-0042' }
        : null,
      rating: { average: 4.5, count: 8 },
    });
  });

  app.get('/v1/geo/resolve', (c) => {
    const q = new URL(c.req.url).searchParams.get('q') ?? '';
    if (q.trim() === '') return problem(400, 'Invalid request', 'q is required');
    return c.json({ candidates: resolve(q) });
  });

  /** A `fetch` that answers from the stand-in, for the functions under test. */
  const fetchFromStandIn: typeof fetch = async (input, init) => app.request(new Request(input, init));
  return { app, requests, fetch: fetchFromStandIn };
}
