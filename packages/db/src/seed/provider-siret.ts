/** Fictitious but valid SIRETs, so that the demo data passes the same checks as real sign-ups. */
import type { Context } from './provider-context.ts';

export const SIREN_SPACE = 60_000_000;
const SIREN_STEP = 7_654_321; // coprime with SIREN_SPACE: i -> i * step is a bijection

/**
 * A SIRET nobody else in the set has: a Luhn-valid SIREN whose first 8 digits are an injective
 * function of the index (40000000-99999999, so never La Poste's 356000000), a 4-digit
 * establishment number and the check digit.
 */
export function siret(context: Context, index: number): string {
  const base = 40_000_000 + ((index * SIREN_STEP + context.sirenOffset) % SIREN_SPACE);
  const siren = `${base}${luhnCheckDigit(String(base))}`;
  const prefix = `${siren}${context.rng.chance(0.7) ? '0001' : `000${context.rng.int(2, 9)}`}`;
  // What completeSiret(prefix) gives, in one pass (this runs 100,000 times in the benchmark).
  return `${prefix}${luhnCheckDigit(prefix)}`;
}

/** The digit that makes `digits` followed by it pass the Luhn check. */
function luhnCheckDigit(digits: string): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
}
