import { parseEnv, portalEnvSchema } from '@vigie/config';
import type { MapSettings } from './providers-map-settings.ts';

let settings: MapSettings | undefined;

/**
 * The map's tiles and credit (MAP_TILE_URL, MAP_ATTRIBUTION), read from the environment once.
 * The portal server reads the same variables for its Content-Security-Policy, so the page never
 * asks for tiles the policy would block.
 */
export function getMapSettings(): MapSettings {
  if (!settings) {
    const env = parseEnv('portal', portalEnvSchema);
    settings = { tileUrl: env.MAP_TILE_URL, attribution: env.MAP_ATTRIBUTION };
  }
  return settings;
}
