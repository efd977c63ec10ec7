/**
 * Reading the registry data packages the gazetteer is built from. They are devDependencies resolved
 * through node's resolver, so the build uses exactly the versions in the lockfile, and records them.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** An INSEE commune code: five digits, or 2A/2B and three digits in Corsica. */
export const INSEE_CODE = /^(?:\d{5}|2[AB]\d{3})$/;
export const POSTCODE = /^\d{5}$/;

export function readJson(specifier: string): unknown {
  return JSON.parse(readFileSync(require.resolve(specifier), 'utf8'));
}

export function packageVersion(name: string): string {
  const pkg = readJson(`${name}/package.json`) as { version?: string };
  return pkg.version ?? 'unknown';
}

/** A CommonJS data package (one that exports its data rather than shipping a JSON file). */
export function requirePackage(specifier: string): unknown {
  return require(specifier);
}
