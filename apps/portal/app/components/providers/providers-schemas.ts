import { z } from 'zod';

/*
 * What the provider pages read from the API, checked at run time: the typed client says what
 * the API should send, these say what the pages can render (unknown fields are ignored).
 * Shared by the server calls and the components that render their results.
 */

const location = z.object({ lat: z.number(), lng: z.number() });
const rating = z.object({ average: z.number().nullable(), count: z.number().int().nonnegative() });
const counts = z.record(z.string(), z.number().int().nonnegative());

export const searchItemSchema = z.object({
  slug: z.string().min(1),
  name: z.string(),
  distanceKm: z.number(),
  label: z.literal('expertcyber').nullable(),
  services: z.array(z.string()),
  publics: z.array(z.string()),
  remote: z.boolean(),
  onSite: z.boolean(),
  postcode: z.string(),
  city: z.string(),
  location,
  rating,
});

export const searchResultSchema = z.object({
  items: z.array(searchItemSchema),
  total: z.number().int().nonnegative(),
  page: z.number().int().positive(),
  pageSize: z.number().int().positive(),
  facets: z.object({
    services: counts,
    publics: counts,
    label: z.object({ expertcyber: z.number().int(), none: z.number().int() }),
  }),
  near: z.object({ label: z.string(), lat: z.number(), lng: z.number(), kind: z.string() }),
});

const bilingual = z.object({ fr: z.string(), en: z.string() });

export const profileSchema = z.object({
  slug: z.string(),
  name: z.string(),
  legalName: z.string(),
  siret: z.string(),
  description: z.string(),
  address: z.string(),
  postcode: z.string(),
  city: z.string(),
  location,
  radiusKm: z.number(),
  onSite: z.boolean(),
  remote: z.boolean(),
  publics: z.array(z.string()),
  services: z.array(z.string()),
  languages: z.array(z.string()),
  hours: z.object({ always: z.boolean(), text: bilingual.nullish() }),
  contact: z.object({
    email: z.string().nullish(),
    phone: z.string().nullish(),
    website: z.string().nullish(),
  }),
  label: z
    .object({
      id: z.literal('expertcyber'),
      grantedAt: z.string().nullish(),
      expiresAt: z.string().nullish(),
      certificate: z.string().nullish(),
    })
    .nullable(),
  rating,
});

export const geoCandidateSchema = z.object({
  label: z.string(),
  postcode: z.string().optional(),
  communeCode: z.string().optional(),
  lat: z.number(),
  lng: z.number(),
  kind: z.enum(['postcode', 'commune', 'coordinates', 'address']),
  score: z.number(),
  approximate: z.boolean(),
});

export const problemSchema = z.object({ status: z.number().optional(), detail: z.string().optional() });

export type ProviderSearchItem = z.output<typeof searchItemSchema>;
export type ProviderSearchResult = z.output<typeof searchResultSchema>;
export type ProviderProfile = z.output<typeof profileSchema>;
export type GeoCandidate = z.output<typeof geoCandidateSchema>;
