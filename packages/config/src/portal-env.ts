import { z } from 'zod';
import { host, httpUrl, logLevel, nodeEnv, port } from './shared.ts';

/** Settings of the portal process. */
export const portalEnvSchema = z
  .object({
    NODE_ENV: nodeEnv,
    LOG_LEVEL: logLevel,
    PORTAL_HOST: host,
    PORTAL_PORT: port(3000),
    API_PORT: port(8787),
    API_INTERNAL_URL: httpUrl.optional(),
    PUBLIC_API_URL: httpUrl.optional(),
    /** Raster tiles of the provider map (Leaflet URL template; `{s}` allowed in the host). */
    MAP_TILE_URL: z
      .string()
      .regex(
        /^https?:\/\/[^/?#\s]+\/\S*$/,
        'must be an http(s) URL template such as https://tile.openstreetmap.org/{z}/{x}/{y}.png',
      )
      .refine((url) => ['{z}', '{x}', '{y}'].every((part) => url.includes(part)), {
        message: 'must contain {z}, {x} and {y}',
      })
      .default('https://tile.openstreetmap.org/{z}/{x}/{y}.png'),
    /** Credit shown on the map, as HTML (the tile provider's licence usually requires it). */
    MAP_ATTRIBUTION: z
      .string()
      .default('&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>'),
  })
  .transform((env) => {
    const apiUrl = env.PUBLIC_API_URL ?? `http://127.0.0.1:${env.API_PORT}`;
    return {
      ...env,
      PUBLIC_API_URL: apiUrl,
      API_INTERNAL_URL: env.API_INTERNAL_URL ?? apiUrl,
    };
  });

export type PortalEnv = z.output<typeof portalEnvSchema>;
