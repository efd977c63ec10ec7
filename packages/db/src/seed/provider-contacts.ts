/**
 * Contact details that can never reach anyone: `.example` domains (reserved by RFC 2606) and phone
 * numbers from the blocks set aside for fiction.
 */
import { phonePrefix } from './france.ts';
import type { Rng } from './random.ts';

export function contactEmail(slug: string): string {
  return `contact@${slug}.example`;
}

export function website(slug: string): string {
  return `https://${slug}.example`;
}

/** "01 99 00 12 34" (metropolitan fiction blocks) or "02 62 12 34 56" (overseas). */
export function phone(rng: Rng, departement: string): string {
  const prefix = phonePrefix(departement);
  const pairs = prefix.length === 8 ? 2 : 3;
  let number = prefix;
  for (let i = 0; i < pairs; i++) number += ` ${String(rng.int(0, 99)).padStart(2, '0')}`;
  return number;
}
