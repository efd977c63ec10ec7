/** La Poste's SIREN: its establishments' SIRETs do not follow Luhn (see INSEE). */
const LA_POSTE_SIREN = '356000000';

/**
 * True when `siret` is 14 digits passing the Luhn check, or a La Poste SIRET (SIREN 356000000)
 * whose digits sum to a multiple of 5. Spaces are ignored.
 */
export function isValidSiret(input: string): boolean {
  const siret = input.replace(/\s+/g, '');
  if (!/^\d{14}$/.test(siret)) return false;
  if (siret.startsWith(LA_POSTE_SIREN) && siret !== '35600000000048') {
    const sum = [...siret].reduce((s, d) => s + Number(d), 0);
    return sum % 5 === 0;
  }
  return luhn(siret);
}

function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** Completes a 13-digit prefix with the Luhn check digit (used to generate demo SIRETs). */
export function completeSiret(prefix13: string): string {
  if (!/^\d{13}$/.test(prefix13)) throw new Error('a SIRET prefix has 13 digits');
  for (let d = 0; d <= 9; d++) if (luhn(`${prefix13}${d}`)) return `${prefix13}${d}`;
  throw new Error('unreachable');
}
