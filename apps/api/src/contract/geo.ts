import { z } from '@hono/zod-openapi';
import { queryInt } from '../lib/schemas.ts';

/*
 * What `GET /v1/geo/resolve` reads and answers. Like every module of `contract/`, it imports
 * nothing but zod and pure packages, so the portal can parse answers with these very schemas.
 */

export const GeoResolveQuerySchema = z.object({
  q: z.string().trim().min(1, 'is required').max(200).openapi({
    example: 'st etienne',
    description:
      'A postcode, a commune name, `postcode name`, a département code, `insee:<code>` or "lat,lng"',
  }),
  limit: queryInt({ min: 1, max: 20, default: 8 }),
});

export const GeoCandidateSchema = z
  .object({
    label: z.string().openapi({ example: 'Saint-Denis (93)' }),
    near: z.string().openapi({
      example: 'insee:93066',
      description:
        'The `near` (or `q`) value that leads back to exactly this place: `insee:<code>` for a commune or a postcode’s commune, "lat,lng" for coordinates, the label for an address. Several communes share a name; this form never mixes them up.',
    }),
    postcode: z.string().optional(),
    communeCode: z.string().optional().openapi({ description: 'INSEE code of the commune' }),
    lat: z.number(),
    lng: z.number(),
    kind: z.enum(['postcode', 'commune', 'coordinates', 'address']),
    score: z.number().openapi({ description: 'Confidence between 0 and 1; candidates come best first' }),
    approximate: z
      .boolean()
      .openapi({ description: 'True when the position is an estimate rather than a point of the commune' }),
  })
  .openapi('GeoCandidate');

export const GeoResolveResultSchema = z
  .object({ candidates: z.array(GeoCandidateSchema) })
  .openapi('GeoResolveResult');

/** The place a search is centred on: a candidate without its ranking. */
export const PlaceSchema = GeoCandidateSchema.pick({
  label: true,
  near: true,
  lat: true,
  lng: true,
  kind: true,
  approximate: true,
}).openapi('Place', {
  description:
    'The place a search is centred on: its proper label, to show, and the `near` form that leads back to exactly it',
});

export type GeoCandidate = z.output<typeof GeoCandidateSchema>;
export type GeoResolveResult = z.output<typeof GeoResolveResultSchema>;
export type Place = z.output<typeof PlaceSchema>;
