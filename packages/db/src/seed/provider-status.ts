/**
 * Where a provider stands with the directory: referenced, pending or suspended, and for referenced
 * ones, whether they hold the ExpertCyber label and under which certificate number.
 */
import type { ProviderStatus } from '../schema/providers.ts';
import type { Profile } from './profiles.ts';
import type { Context } from './provider-context.ts';
import type { Rng } from './random.ts';

const STATUS_WEIGHTS: (readonly [ProviderStatus, number])[] = [
  ['referenced', 93],
  ['pending', 4],
  ['suspended', 3],
];

export function chooseStatus(rng: Rng): ProviderStatus {
  return rng.weighted(STATUS_WEIGHTS);
}

/** Only referenced providers can hold the label; the others draw nothing. */
export function chooseLabelled(rng: Rng, status: ProviderStatus, profile: Profile): boolean {
  return status === 'referenced' && rng.chance(profile.label);
}

/** `EC-<year granted>-<5 digits>`, distinct for up to 100,000 labels. */
export function certificate(context: Context, grantedAt: string): string {
  const serial = (context.labelled++ * 7919 + context.certificateOffset) % 100_000;
  return `EC-${grantedAt.slice(0, 4)}-${String(serial).padStart(5, '0')}`;
}
