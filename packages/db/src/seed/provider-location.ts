/**
 * A provider's exact point: scattered around its commune's point so that a city's providers do not
 * pile up on one map marker, yet kept on the land side of coastal towns.
 */
import type { Commune } from '@vigie/geo';
import type { Rng } from './random.ts';
import { round } from './rounding.ts';

const KM_PER_DEGREE = 111.32;
// A 0.1° grid over the real commune points makes the "which communes lie nearby" test cheap.
const GRID_DEGREES = 0.1;
const LAND_NEIGHBOUR_KM = 12;
const SECTORS = 12;

export function gridKey(lat: number, lng: number): number {
  return Math.floor(lat / GRID_DEGREES) * 10_000 + Math.floor(lng / GRID_DEGREES);
}

/** The sectors (of `SECTORS`) in which another commune lies within `LAND_NEIGHBOUR_KM`: where land is. */
export function landSectors(grid: Map<number, Commune[]>, commune: Commune): number[] {
  const cosLat = Math.cos((commune.lat * Math.PI) / 180);
  const row = Math.floor(commune.lat / GRID_DEGREES);
  const column = Math.floor(commune.lng / GRID_DEGREES);
  const reachRows = Math.ceil(LAND_NEIGHBOUR_KM / (KM_PER_DEGREE * GRID_DEGREES));
  const reachColumns = Math.ceil(LAND_NEIGHBOUR_KM / (KM_PER_DEGREE * GRID_DEGREES * cosLat));
  let mask = 0;
  for (let r = row - reachRows; r <= row + reachRows; r++) {
    for (let c = column - reachColumns; c <= column + reachColumns; c++) {
      for (const other of grid.get(r * 10_000 + c) ?? []) {
        const dy = (other.lat - commune.lat) * KM_PER_DEGREE;
        const dx = (other.lng - commune.lng) * KM_PER_DEGREE * cosLat;
        const d2 = dx * dx + dy * dy;
        if (d2 < 0.01 || d2 > LAND_NEIGHBOUR_KM ** 2) continue;
        const angle = Math.atan2(dy, dx) + Math.PI; // 0..2π
        mask |= 1 << Math.min(SECTORS - 1, Math.floor((angle / (2 * Math.PI)) * SECTORS));
      }
    }
  }
  const sectors: number[] = [];
  for (let s = 0; s < SECTORS; s++) if (mask & (1 << s)) sectors.push(s);
  return sectors;
}

/**
 * A point uniformly in the disc of `km` around the commune's point, restricted to the sectors where
 * other communes lie (so a coastal town's providers do not end up at sea), to 5 decimals (about 1 m).
 */
export function jitter(rng: Rng, commune: Commune, km: number, allowed: readonly number[]): [number, number] {
  let angle: number;
  let r = km * Math.sqrt(rng.next());
  if (allowed.length === 0) {
    // Nothing around: a small island. Stay close to the town centre.
    angle = 2 * Math.PI * rng.next();
    r /= 3;
  } else {
    angle = ((rng.pick(allowed) + rng.next()) / SECTORS) * 2 * Math.PI - Math.PI;
  }
  const dLat = (r * Math.sin(angle)) / KM_PER_DEGREE;
  const dLng = (r * Math.cos(angle)) / (KM_PER_DEGREE * Math.cos((commune.lat * Math.PI) / 180));
  return [round(commune.lat + dLat, 5), round(commune.lng + dLng, 5)];
}
