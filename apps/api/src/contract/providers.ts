import { z } from '@hono/zod-openapi';
import { PUBLICS, SERVICE_IDS } from '@vigie/diagnostic';
import { queryInt } from '../lib/schemas.ts';
import { PlaceSchema } from './geo.ts';

/*
 * What `GET /v1/providers` and `GET /v1/providers/{slug}` read and answer: the one definition the
 * routes validate with, the OpenAPI document describes, and the portal imports (`@vigie/api/client`).
 */

const NEAR_HELP = 'is required: a postcode, a commune, "insee:<code>" or "lat,lng"';

const listOf = <T extends z.ZodType<string, string>>(item: T) =>
  z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((v) =>
      v === undefined ? [] : (Array.isArray(v) ? v : [v]).flatMap((s) => s.split(',')).filter(Boolean),
    )
    .pipe(z.array(item).max(SERVICE_IDS.length));

export const ProviderSearchQuerySchema = z.object({
  near: z.string({ error: NEAR_HELP }).trim().min(1, NEAR_HELP).max(200).openapi({
    example: '69001',
    description:
      'Where help is needed: a postcode (`69001`), a commune name (the most populous of that name), `insee:<code>` for exactly one commune (`insee:97411` is Saint-Denis in La Réunion; each `GET /v1/geo/resolve` candidate carries this form in `near`), or "lat,lng"',
  }),
  radius_km: queryInt({ min: 1, max: 200, default: 30 }).openapi({
    description: 'Search radius in km (1–200)',
  }),
  public: z.enum(PUBLICS).optional(),
  service: listOf(z.enum(SERVICE_IDS)).openapi({
    description: 'Provider services, all required (repeat the parameter or separate with commas)',
    type: 'string',
  }),
  label: z.enum(['expertcyber']).optional(),
  remote: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
  q: z.string().trim().max(100).optional(),
  sort: z.enum(['relevance', 'distance']).optional().openapi({
    description:
      'Order of the results: `relevance` (then distance) is the default with `q`, `distance` without it; `relevance` without `q` is distance order',
  }),
  page: queryInt({ min: 1, max: 500, default: 1 }),
  page_size: queryInt({ min: 1, max: 50, default: 20 }),
});

export const ProviderSlugSchema = z.string().regex(/^[a-z0-9-]{1,120}$/, 'is not a provider slug');

const Location = z.object({ lat: z.number(), lng: z.number() });
const Rating = z.object({ average: z.number().nullable(), count: z.number().int() });

export const ProviderSearchItemSchema = z
  .object({
    slug: z.string(),
    name: z.string(),
    distanceKm: z.number().openapi({
      description:
        'Distance from the searched place, to 0.1 km; in whole kilometres (at least 1) when `approximate`',
    }),
    approximate: z.boolean().openapi({
      description:
        'True when the distance rests on an estimated position (of the searched place or of the provider): show it as "about N km"',
    }),
    label: z.enum(['expertcyber']).nullable(),
    services: z.array(z.string()),
    publics: z.array(z.string()),
    remote: z.boolean(),
    onSite: z.boolean(),
    postcode: z.string(),
    city: z.string(),
    location: Location,
    rating: Rating,
  })
  .openapi('ProviderSearchItem');

export const ProviderSearchResultSchema = z
  .object({
    items: z.array(ProviderSearchItemSchema),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
    facets: z.object({
      services: z.record(z.string(), z.number().int()),
      publics: z.record(z.string(), z.number().int()),
      label: z.object({ expertcyber: z.number().int(), none: z.number().int() }),
    }),
    near: PlaceSchema,
  })
  .openapi('ProviderSearchResult');

export const ProviderProfileSchema = z
  .object({
    slug: z.string(),
    name: z.string(),
    legalName: z.string(),
    siret: z.string(),
    description: z.string(),
    address: z.string(),
    postcode: z.string(),
    city: z.string(),
    location: Location,
    radiusKm: z.number().int(),
    onSite: z.boolean(),
    remote: z.boolean(),
    publics: z.array(z.string()),
    services: z.array(z.string()),
    languages: z.array(z.string()),
    hours: z.object({ always: z.boolean(), text: z.object({ fr: z.string(), en: z.string() }).optional() }),
    contact: z.object({
      email: z.string().nullable(),
      phone: z.string().nullable(),
      website: z.string().nullable(),
    }),
    label: z
      .object({
        id: z.literal('expertcyber'),
        grantedAt: z.string().nullable(),
        expiresAt: z.string().nullable(),
        certificate: z.string().nullable(),
      })
      .nullable(),
    rating: Rating,
  })
  .openapi('ProviderProfile');

export type ProviderSearchItem = z.output<typeof ProviderSearchItemSchema>;
export type ProviderSearchResult = z.output<typeof ProviderSearchResultSchema>;
export type ProviderProfile = z.output<typeof ProviderProfileSchema>;
