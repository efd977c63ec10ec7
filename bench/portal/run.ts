// Portal page weight: the JavaScript each public route makes a first-time visitor download, as sent
// (gzipped by the portal server), measured in headless Chromium. Starts its own API and portal on
// free ports over a temporary database seeded with the demo data, whatever API_PORT, PORTAL_PORT or
// DATABASE_PATH say, and builds the portal first when its build is missing or older than its sources.
// Budgets: home at most 100 KB, every public route at most 120 KB (1 KB = 1,000 bytes); exits with 1
// when a route is over. The provider map is not opened, so Leaflet must not count.
// Usage: pnpm bench:portal
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createTestApp, seedDemoData } from '@vigie/api/testing';
import { createDb, migrateDb } from '@vigie/db';
import { answer, current, type Journey, PUBLICS, serializeJourney, start } from '@vigie/diagnostic';
import { type Browser, chromium } from 'playwright-core';

const HOME_BUDGET_KB = 100;
const ROUTE_BUDGET_KB = 120;
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const portalDir = path.join(root, 'apps/portal');
const apiDir = path.join(root, 'apps/api');

type RouteWeight = {
  name: string;
  path: string;
  status: number;
  scripts: number;
  bytes: number;
  encodings: Set<string>;
  leaflet: boolean;
  largest: { url: string; bytes: number };
};

const kb = (bytes: number) => (bytes / 1000).toFixed(1);
/** A route as printed: the journey token of a diagnostic step is long and says nothing to a reader. */
const shown = (route: string) => route.replace(/parcours=[^&]+/, 'parcours=…');

/** Newest modification time under `dir` (files only), skipping tests. */
function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || /\.test\.tsx?$/.test(entry.name)) continue;
    newest = Math.max(newest, statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

/** Builds the portal when there is no build or when a source it bundles changed since. */
function ensurePortalBuild(): void {
  const serverEntry = path.join(portalDir, 'build/server/index.js');
  const sources = [
    path.join(portalDir, 'app'),
    ...readdirSync(path.join(root, 'packages')).map((p) => path.join(root, 'packages', p, 'src')),
  ].filter(existsSync);
  const builtAt = existsSync(serverEntry) ? statSync(serverEntry).mtimeMs : 0;
  const sourcesAt = Math.max(
    statSync(path.join(portalDir, 'vite.config.ts')).mtimeMs,
    ...sources.map(newestMtime),
  );
  if (builtAt > sourcesAt) return;
  console.error(builtAt ? 'portal sources changed since the last build: building…' : 'building the portal…');
  execFileSync('pnpm', ['--filter', '@vigie/portal', 'build'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** The environment without any setting that would point a server elsewhere than ours. */
function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (
      !/^(API_|PORTAL_|DATABASE_PATH$|PUBLIC_API_URL$|MEILI_|ADDRESS_API_|MAP_|NODE_ENV$|LOG_LEVEL$)/.test(
        key,
      )
    )
      env[key] = value;
  }
  return { ...env, LOG_LEVEL: 'warn', ...extra };
}

const children: ChildProcess[] = [];

/** Runs `tsx <entry>` in `cwd` in its own process group, so stopping it stops everything it started. */
function launch(name: string, cwd: string, entry: string, env: NodeJS.ProcessEnv) {
  const child = spawn(process.execPath, ['--import', 'tsx', entry], {
    cwd,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  child.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  children.push(child);
  return { name, child, output: () => output };
}

async function waitUntilUp(url: string, server: ReturnType<typeof launch>): Promise<void> {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (server.child.exitCode !== null)
      throw new Error(`the ${server.name} exited with ${server.child.exitCode}:\n${server.output()}`);
    try {
      if ((await fetch(url, { signal: AbortSignal.timeout(2_000) })).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`the ${server.name} did not answer ${url} within 90 s:\n${server.output()}`);
}

async function stopChildren(): Promise<void> {
  const alive = (pid: number) => {
    try {
      process.kill(-pid, 0);
      return true;
    } catch {
      return false;
    }
  };
  const signal = (pid: number, sig: NodeJS.Signals) => {
    try {
      process.kill(-pid, sig);
    } catch {
      // Already gone.
    }
  };
  const pids = children.flatMap((c) => (c.pid === undefined ? [] : [c.pid]));
  for (const pid of pids) signal(pid, 'SIGTERM');
  const deadline = Date.now() + 5_000;
  while (pids.some(alive) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
  for (const pid of pids.filter(alive)) signal(pid, 'SIGKILL');
  for (const child of children) {
    child.stdout?.destroy();
    child.stderr?.destroy();
  }
}

/** The journey token the portal puts in `?parcours=`: compact JSON, base64url. */
const journeyParam = (journey: Journey) =>
  Buffer.from(serializeJourney(journey), 'utf8').toString('base64url');

/** A question two answers deep and an outcome, answering each question with its first option. */
function diagnosticRoutes(): { question: string; outcome: string } {
  let journey = start(PUBLICS[0]);
  let question = '';
  for (let answered = 0; answered < 100; answered++) {
    const step = current(journey);
    if (step.type !== 'question') {
      if (!question) throw new Error('the first journey ended before its third question');
      return { question, outcome: `/diagnostic?parcours=${journeyParam(journey)}` };
    }
    if (answered === 2) question = `/diagnostic?parcours=${journeyParam(journey)}`;
    const first = step.options[0];
    if (!first) throw new Error(`question ${step.question.id} has no option`);
    journey = answer(journey, step.question.id, [first.id]);
  }
  throw new Error('the first journey does not end');
}

async function measure(browser: Browser, base: string, name: string, route: string): Promise<RouteWeight> {
  // A fresh context per route: an empty cache, as for a first visit.
  const context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 1280, height: 900 } });
  await context.route(/^https?:\/\/(?!127\.0\.0\.1)/, (r) => r.abort());
  const page = await context.newPage();
  const weight: RouteWeight = {
    name,
    path: route,
    status: 0,
    scripts: 0,
    bytes: 0,
    encodings: new Set(),
    leaflet: false,
    largest: { url: '', bytes: 0 },
  };
  const pending: Promise<void>[] = [];
  let inFlight = 0;
  let lastActivity = Date.now();
  page.on('request', () => {
    inFlight++;
    lastActivity = Date.now();
  });
  page.on('requestfailed', () => {
    inFlight--;
    lastActivity = Date.now();
  });
  page.on('requestfinished', (request) => {
    inFlight--;
    lastActivity = Date.now();
    if (request.resourceType() !== 'script') return;
    pending.push(
      (async () => {
        const response = await request.response();
        const sizes = await request.sizes();
        // The body as it crossed the wire (after Content-Encoding), not its decoded length.
        const bytes = sizes.responseBodySize;
        weight.scripts++;
        weight.bytes += bytes;
        weight.encodings.add((await response?.headerValue('content-encoding')) ?? 'identity');
        if (/leaflet/i.test(request.url())) weight.leaflet = true;
        if (bytes > weight.largest.bytes) weight.largest = { url: new URL(request.url()).pathname, bytes };
      })(),
    );
  });
  const response = await page.goto(`${base}${route}`, { waitUntil: 'load' });
  weight.status = response?.status() ?? 0;
  // Hydration fetches more (the dictionary, the route manifest) after `load`, later on a busy
  // machine: settled means nothing in flight for a whole second.
  const deadline = Date.now() + 30_000;
  while ((inFlight > 0 || Date.now() - lastActivity < 1_000) && Date.now() < deadline)
    await new Promise((resolve) => setTimeout(resolve, 100));
  await Promise.all(pending);
  await context.close();
  return weight;
}

const started = performance.now();
/** Progress on stderr, so stdout stays the report. */
const progress = (what: string) =>
  console.error(`[${((performance.now() - started) / 1000).toFixed(0)} s] ${what}`);
const work = mkdtempSync(path.join(tmpdir(), 'vigie-bench-portal-'));
let browser: Browser | undefined;
let failed = false;
const stopAll = async () => {
  await browser?.close().catch(() => {});
  await stopChildren();
  rmSync(work, { recursive: true, force: true });
};
process.once('SIGINT', () => stopAll().then(() => process.exit(130)));
process.once('SIGTERM', () => stopAll().then(() => process.exit(143)));

try {
  ensurePortalBuild();
  progress('seeding a temporary database with the demo data');

  const databasePath = path.join(work, 'vigie.db');
  const handle = createDb(databasePath);
  migrateDb(handle);
  const seeder = createTestApp({ db: handle });
  await seedDemoData(seeder);
  seeder.close();
  handle.close();

  const [apiPort, portalPort] = [await freePort(), await freePort()];
  const apiUrl = `http://127.0.0.1:${apiPort}`;
  const portalUrl = `http://127.0.0.1:${portalPort}`;
  const api = launch(
    'API',
    apiDir,
    'src/server.ts',
    cleanEnv({
      API_HOST: '127.0.0.1',
      API_PORT: String(apiPort),
      DATABASE_PATH: databasePath,
      NODE_ENV: 'production',
    }),
  );
  const portal = launch(
    'portal',
    portalDir,
    'server.ts',
    cleanEnv({
      PORTAL_HOST: '127.0.0.1',
      PORTAL_PORT: String(portalPort),
      API_PORT: String(apiPort),
      API_INTERNAL_URL: apiUrl,
      NODE_ENV: 'production',
    }),
  );
  [browser] = await Promise.all([
    chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    }),
    waitUntilUp(`${apiUrl}/health`, api),
    waitUntilUp(`${portalUrl}/mentions-legales`, portal),
  ]);

  const near = (await (await fetch(`${apiUrl}/v1/providers?near=69001`)).json()) as {
    items: { slug: string }[];
  };
  const slug = near.items[0]?.slug;
  if (!slug) throw new Error('the seeded API lists no provider near 69001');
  const diagnostic = diagnosticRoutes();
  const routes: [string, string][] = [
    ['home', '/'],
    ['diagnostic: public choice', '/diagnostic'],
    ['diagnostic: question', diagnostic.question],
    ['diagnostic: outcome', diagnostic.outcome],
    ['providers near 69001', '/prestataires?near=69001'],
    ['provider profile', `/prestataires/${slug}`],
    ['accessibility', '/accessibilite'],
    ['legal notice', '/mentions-legales'],
    ['personal data', '/donnees-personnelles'],
    ['health', '/health'],
  ];

  const weights: RouteWeight[] = [];
  progress(`API and portal up; loading ${routes.length} routes in Chromium`);
  for (const [name, route] of routes) weights.push(await measure(browser, portalUrl, name, route));
  progress('done');

  console.log('\nJavaScript transferred per route, first visit (bytes as sent; 1 KB = 1,000 bytes)\n');
  console.log('| route | status | scripts | JS KB | encoding | Leaflet | largest script | budget KB |');
  console.log('|---|---:|---:|---:|---|---|---|---:|');
  for (const w of weights) {
    const budget = w.path === '/' ? HOME_BUDGET_KB : ROUTE_BUDGET_KB;
    const over = w.bytes > budget * 1000;
    if (over || w.status !== 200) failed = true;
    console.log(
      `| ${w.name} \`${shown(w.path)}\` | ${w.status} | ${w.scripts} | ${kb(w.bytes)}${over ? ' OVER' : ''} | ${[...w.encodings].join(', ')} | ${w.leaflet ? 'loaded' : 'no'} | ${w.largest.url} (${kb(w.largest.bytes)}) | ${budget} |`,
    );
  }
  const max = weights.reduce((a, b) => (b.bytes > a.bytes ? b : a));
  const home = weights.find((w) => w.path === '/')!;
  console.log(`\nportal: max ${kb(max.bytes)} KB on ${shown(max.path)}, home ${kb(home.bytes)} KB`);
} catch (error) {
  failed = true;
  console.error(error instanceof Error ? error.message : error);
} finally {
  await stopAll();
}
process.exit(failed ? 1 : 0);
