/** Customer ratings that look earned: labelled providers are rated more, and a little higher. */
import type { ProviderStatus } from '../schema/providers.ts';
import type { Rng } from './random.ts';
import { round } from './rounding.ts';

/** Averages of whole-star ratings: 3.5-5.0 to one decimal, consistent with the count. */
export function chooseRating(
  rng: Rng,
  status: ProviderStatus,
  labelled: boolean,
): { average: number | null; count: number } {
  const rated =
    status === 'referenced' ? rng.chance(labelled ? 0.95 : 0.8) : status === 'suspended' && rng.chance(0.5);
  if (!rated) return { average: null, count: 0 };
  const count = 1 + Math.floor(119 * rng.next() ** (labelled ? 1.6 : 2.5));
  const target = 4.3 + (rng.next() + rng.next() + rng.next() - 1.5) * 0.6 + (labelled ? 0.15 : 0);
  const sum = Math.min(5 * count, Math.max(Math.ceil(3.5 * count), Math.round(target * count)));
  return { average: round(sum / count, 1), count };
}
