import { randomBytes, type ScryptOptions, scrypt, scryptSync, timingSafeEqual } from 'node:crypto';
import { DomainError } from './problem.ts';

// scrypt with N=2^15 costs ~50 ms here: slow for guessing, fine for a login.
const N = 2 ** 15;
const R = 8;
const P = 1;
const KEYLEN = 32;
const MAXMEM = 64 * 1024 * 1024;

/** Derives a key from a password; scrypt by default, a stand-in in tests. */
export type DeriveKey = (
  password: string,
  salt: Buffer,
  keylen: number,
  options: ScryptOptions,
) => Promise<Buffer>;

/** scrypt on libuv's threadpool, off the event loop. */
export const scryptAsync: DeriveKey = (password, salt, keylen, options) =>
  new Promise((resolve, reject) => {
    scrypt(password, salt, keylen, options, (error, key) => (error ? reject(error) : resolve(key)));
  });

function format(salt: Buffer, hash: Buffer): string {
  return ['scrypt', N, R, P, salt.toString('base64url'), hash.toString('base64url')].join('$');
}

/**
 * Hashes a password as `scrypt$N$r$p$salt$hash` (base64url), self-describing for later upgrades.
 * Synchronous, for the CLI's demo seed; a request handler uses a PasswordHasher.
 */
export function hashPassword(plain: string): string {
  const salt = randomBytes(16);
  return format(salt, scryptSync(plain.normalize('NFKC'), salt, KEYLEN, { N, r: R, p: P, maxmem: MAXMEM }));
}

/**
 * Verified in place of a missing account's hash, so an unknown email costs the same scrypt as a
 * wrong password (no account enumeration by timing). Random: no password matches it.
 */
export const DUMMY_PASSWORD_HASH = format(randomBytes(16), randomBytes(KEYLEN));

export type PasswordHasher = {
  hash: (plain: string) => Promise<string>;
  /** Compares in constant time; false for a malformed stored hash. */
  verify: (plain: string, stored: string) => Promise<boolean>;
  /** Derivations running and waiting, for tests and diagnostics. */
  load: () => { active: number; queued: number };
};

/**
 * Hashes and verifies passwords a few at a time on libuv's threadpool (four threads by default,
 * shared with file and DNS work): at most `concurrency` derivations run, at most `maxQueue` wait,
 * and beyond that the caller gets 429 at once rather than a queue that only grows.
 */
export function createPasswordHasher(
  options: { concurrency?: number; maxQueue?: number; derive?: DeriveKey } = {},
): PasswordHasher {
  const concurrency = options.concurrency ?? 2;
  const maxQueue = options.maxQueue ?? 32;
  const derive = options.derive ?? scryptAsync;
  let active = 0;
  const waiting: (() => void)[] = [];

  async function limited<T>(task: () => Promise<T>): Promise<T> {
    if (active < concurrency) active += 1;
    else if (waiting.length < maxQueue) await new Promise<void>((resolve) => waiting.push(resolve));
    else {
      throw new DomainError('rate_limited', 'Too many sign-ins are being checked; try again in a moment.', {
        headers: { 'retry-after': '1' },
      });
    }
    try {
      return await task();
    } finally {
      // Hand the slot straight to the next in line, so a newcomer cannot overtake the queue.
      const next = waiting.shift();
      if (next) next();
      else active -= 1;
    }
  }

  return {
    hash: (plain) =>
      limited(async () => {
        const salt = randomBytes(16);
        const key = await derive(plain.normalize('NFKC'), salt, KEYLEN, { N, r: R, p: P, maxmem: MAXMEM });
        return format(salt, key);
      }),
    verify: async (plain, stored) => {
      const [scheme, n, r, p, salt, hash, ...rest] = stored.split('$');
      const params = [n, r, p].map(Number);
      if (scheme !== 'scrypt' || !salt || !hash || rest.length > 0 || !params.every(Number.isSafeInteger)) {
        return false;
      }
      const [cost = N, blockSize = R, parallel = P] = params;
      const expected = Buffer.from(hash, 'base64url');
      const actual = await limited(() =>
        derive(plain.normalize('NFKC'), Buffer.from(salt, 'base64url'), expected.length, {
          N: cost,
          r: blockSize,
          p: parallel,
          maxmem: MAXMEM,
        }),
      );
      return actual.length === expected.length && timingSafeEqual(actual, expected);
    },
    load: () => ({ active, queued: waiting.length }),
  };
}
