/**
 * The state one generation run threads through the per-provider steps: the random source, the
 * demo's "now", the caches that make 100,000 providers affordable, and the counters that keep slugs,
 * SIRETs and certificates unique within the set.
 */
import type { Commune } from '@vigie/geo';
import { SIREN_SPACE } from './provider-siret.ts';
import type { Rng } from './random.ts';

export type Context = {
  rng: Rng;
  reference: number;
  referenceYear: number;
  grid: Map<number, Commune[]>;
  /** slugify() results, by text: names and cities repeat a lot. */
  slugCache: Map<string, string>;
  /** How many providers have each base slug so far. */
  slugs: Map<string, number>;
  /** The description's list of services, by lead and service set: the same few hundred recur. */
  serviceSentences: Map<number, string>;
  sirenOffset: number;
  certificateOffset: number;
  labelled: number;
};

/** Draws the run's SIREN and certificate offsets from `rng`, in that order (the sequence depends on it). */
export function createContext(rng: Rng, reference: number, grid: Map<number, Commune[]>): Context {
  return {
    rng,
    reference,
    referenceYear: new Date(reference).getUTCFullYear(),
    grid,
    slugCache: new Map(),
    slugs: new Map(),
    serviceSentences: new Map(),
    sirenOffset: rng.int(0, SIREN_SPACE - 1),
    certificateOffset: rng.int(0, 99_999),
    labelled: 0,
  };
}
