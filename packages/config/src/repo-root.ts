import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Walks up from `start` to the folder holding `pnpm-workspace.yaml` (the repository root). */
export function findRepoRoot(start: string = path.dirname(fileURLToPath(import.meta.url))): string {
  let dir = path.resolve(start);
  for (;;) {
    if (existsSync(path.join(dir, 'pnpm-workspace.yaml'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) return process.cwd();
    dir = parent;
  }
}

/** Resolves a relative path against the repository root, so `./data/vigie.db` means the same from any app. */
export function resolveFromRoot(p: string): string {
  return path.isAbsolute(p) ? p : path.resolve(findRepoRoot(), p);
}
