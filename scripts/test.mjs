// `npm test`: set up on a fresh machine, then lint, typecheck and every test of every package
// through turbo, and end with one line summing all test results.
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { ensureChromium, ensurePnpm, installWorkspace, log, ROOT, run } from './lib.mjs';

const pnpm = ensurePnpm();
installWorkspace(pnpm);
const chromium = ensureChromium();

const workspaces = ['apps', 'packages']
  .flatMap((group) => {
    const dir = path.join(ROOT, group);
    return existsSync(dir) ? readdirSync(dir).map((name) => path.join(dir, name)) : [];
  })
  .concat([path.join(ROOT, 'bench')]);
for (const ws of workspaces) rmSync(path.join(ws, '.test-results'), { recursive: true, force: true });

log('lint, typecheck and tests (turbo)');
const status = run(
  pnpm[0],
  [...pnpm.slice(1), 'exec', 'turbo', 'run', 'lint', 'typecheck', 'test', '--continue', '--concurrency=3'],
  { allowFailure: true, env: chromium ? { CHROMIUM_PATH: chromium } : {} },
);

let passed = 0;
let failed = 0;
let skipped = 0;
let reports = 0;
for (const ws of workspaces) {
  const dir = path.join(ws, '.test-results');
  if (!existsSync(dir)) continue;
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
    const r = JSON.parse(readFileSync(path.join(dir, file), 'utf8'));
    reports += 1;
    passed += r.numPassedTests ?? 0;
    failed += r.numFailedTests ?? 0;
    skipped += (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
    // A test file that fails to load runs no test but must still count as a failure.
    for (const suite of r.testResults ?? []) {
      if (suite.status === 'failed' && (suite.assertionResults ?? []).length === 0) failed += 1;
    }
  }
}
if (reports === 0) {
  console.error('[vigie] no test report was written');
  failed += 1;
}
if (status !== 0 && failed === 0) {
  // Lint, typecheck or a build failed: not a test result, but the run must not read as green.
  console.error('[vigie] lint, typecheck or a build failed (see above)');
  failed += 1;
}
const exitCode = status !== 0 || failed > 0 ? 1 : 0;
console.log(`${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`);
process.exit(exitCode);
