// Shared plumbing for `npm start`, `npm run setup` and `npm test`: only Node's standard library, since these
// scripts run before anything is installed.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const PNPM_VERSION = '10.34.9';

const TAG = process.stdout.isTTY ? '\x1b[36m[vigie]\x1b[0m' : '[vigie]';

export function log(message) {
  console.log(`${TAG} ${message}`);
}

function works(cmd, args) {
  try {
    execFileSync(cmd, args, { stdio: 'pipe' });
    return true;
  } catch {
    return false;
  }
}

/** Returns how to call pnpm 10, installing it when missing (corepack cannot be used on these machines). */
export function ensurePnpm() {
  const [major] = process.versions.node.split('.').map(Number);
  if (major < 20) {
    console.error(`Node.js 20 or later is required (this is ${process.version}).`);
    process.exit(1);
  }
  const version = (() => {
    try {
      return execFileSync('pnpm', ['--version'], { stdio: 'pipe' }).toString().trim();
    } catch {
      return undefined;
    }
  })();
  if (version?.startsWith('10.')) return ['pnpm'];
  log(`installing pnpm@${PNPM_VERSION} with npm`);
  if (works('npm', ['install', '--global', `pnpm@${PNPM_VERSION}`]) && works('pnpm', ['--version']))
    return ['pnpm'];
  log('global install not possible; using npx');
  return ['npx', '--yes', `pnpm@${PNPM_VERSION}`];
}

/** Runs a command in the repository root, inheriting the terminal; exits on failure unless told not to. */
export function run(cmd, args, options = {}) {
  const result = spawnSync(cmd, args, {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, ...options.env },
  });
  if (result.status !== 0 && !options.allowFailure) {
    console.error(`\n[vigie] failed: ${cmd} ${args.join(' ')}`);
    process.exit(result.status ?? 1);
  }
  return result.status ?? 1;
}

/**
 * Runs a command whose progress nobody needs to read, keeping its output; on failure prints that
 * output and exits. Returns what it wrote to stdout.
 */
export function runQuietly(cmd, args) {
  const result = spawnSync(cmd, args, {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
    // A cold build writes a lot; spawnSync kills the child past its buffer (1 MB by default).
    maxBuffer: 256 * 1024 * 1024,
  });
  if (result.status !== 0) {
    process.stdout.write(result.stdout ?? '');
    process.stderr.write(result.stderr ?? '');
    console.error(
      `\n[vigie] failed: ${cmd} ${args.join(' ')}${result.error ? ` (${result.error.message})` : ''}`,
    );
    process.exit(result.status ?? 1);
  }
  return result.stdout;
}

/**
 * Installs the workspace exactly as the lockfile says (fast when nothing changed). Progress is
 * hidden; warnings and errors still show.
 */
export function installWorkspace(pnpm) {
  log('installing dependencies (a minute or two the first time)');
  run(pnpm[0], [
    ...pnpm.slice(1),
    'install',
    '--frozen-lockfile',
    '--reporter=append-only',
    '--loglevel=warn',
  ]);
}

/**
 * Everything `npm start` does before starting the servers: install, build (gazetteer, widget,
 * portal; cached by turbo), migrate the database and load the demo data when it has none.
 * Returns the line describing the demo providers, for `printDemo`.
 */
export function setUpWorkspace() {
  const pnpm = ensurePnpm();
  installWorkspace(pnpm);
  log('building the gazetteer, the widget and the portal (a few minutes the first time, then cached)');
  runQuietly(pnpm[0], [...pnpm.slice(1), 'exec', 'turbo', 'run', 'build', '--output-logs=errors-only']);
  log('preparing the database (demo data on the first run)');
  const seeded = runQuietly(pnpm[0], [
    ...pnpm.slice(1),
    '--filter',
    '@vigie/api',
    'exec',
    'tsx',
    'src/cli.ts',
    'seed',
    '--if-empty',
  ]);
  // The seed prints the logins too; they are printed once, by `printDemo`, after everything else.
  const demoSummary = seeded.split('\n').find((line) => line.startsWith('Demo: '));
  return { pnpm, demoSummary };
}

/** Prints what the demo holds and the demo logins (written by the seed), once. */
export function printDemo(demoSummary) {
  if (demoSummary) log(demoSummary);
  const credentialsFile = path.join(ROOT, 'data/demo-credentials.json');
  if (!existsSync(credentialsFile)) return;
  const { accounts } = JSON.parse(readFileSync(credentialsFile, 'utf8'));
  log('Demo logins (development only):');
  for (const a of accounts)
    console.log(`        ${a.roles.join(',').padEnd(16)} ${a.email}  /  ${a.password}`);
}

export const CHROMIUM_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
];

/** Finds a system Chromium for browser tests, installing Debian's package when running as root. */
export function ensureChromium() {
  const configured = process.env.CHROMIUM_PATH;
  if (configured && existsSync(configured)) return configured;
  const found = CHROMIUM_CANDIDATES.find((p) => existsSync(p));
  if (found) return found;
  if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    log("installing Debian's chromium for the browser tests (about a minute)");
    run('bash', [path.join(ROOT, 'scripts/install-system-deps.sh')], { allowFailure: true });
    const installed = CHROMIUM_CANDIDATES.find((p) => existsSync(p));
    if (installed) return installed;
  }
  log(
    'no Chromium found: browser tests will fail. Install it (apt-get install chromium) or set CHROMIUM_PATH.',
  );
  return undefined;
}
