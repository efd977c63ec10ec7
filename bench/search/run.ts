// Provider search benchmark. Usage: pnpm bench:search [--sizes 1000,10000,100000] [--duration 10]
// In-process: p50/p99 of typical queries on the embedded index (cold: every query at another
// place, result cache off; warm: repeated queries, cache on) next to a naive full scan.
// Over HTTP: autocannon on GET /v1/providers and GET /health of one real API server, same run; the
// search requests are drawn like real traffic (postcodes weighted by population over every postcode,
// half with a service), far more distinct than the result cache holds. `--cpu-prof <dir>` writes the
// server's CPU profile there.
// Also the gazetteer that turns a postcode or a commune name into a place: load time and name search.
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDb, migrateDb } from '@vigie/db';
import { loadGazetteer } from '@vigie/geo';
import { createEmbeddedIndex, DEFAULT_RESULT_CACHE_SIZE, searchByFullScan } from '@vigie/search';
import {
  buildDocs,
  drawSearchTraffic,
  lruHitRate,
  QUERY_KINDS,
  queryOf,
  typicalPostcodes,
} from './dataset.ts';
import { ms, percentiles } from './stats.ts';

const args = process.argv.slice(2);
const arg = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1]! : fallback;
};
const sizes = arg('sizes', '1000,10000,100000').split(',').map(Number);
const duration = Number(arg('duration', '10'));
const cpuProfDir = arg('cpu-prof', '');
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

const loadStarted = performance.now();
const gazetteer = loadGazetteer();
const gazetteerLoadMs = performance.now() - loadStarted;
// Commune names as victims type them: whole, partial, with and without accents.
const communeQueries = ['st etienne', 'lyon', 'bor', 'ville', 'Évry', "l'hay les roses", 'sain', 'marseille'];
const firstSearchStarted = performance.now();
gazetteer.searchCommunes(communeQueries[0]!);
const firstSearchMs = performance.now() - firstSearchStarted;
const communeSearch = percentiles(communeQueries, (q) => gazetteer.searchCommunes(q), 200);
const places = typicalPostcodes(gazetteer, 200);
const work = mkdtempSync(path.join(tmpdir(), 'vigie-bench-search-'));
const rows: string[] = [];
let httpDb = '';

for (const size of sizes) {
  const docs = buildDocs(gazetteer, size);
  const file = path.join(work, `providers-${size}.db`);
  const handle = createDb(file);
  migrateDb(handle);
  const cold = createEmbeddedIndex(handle.sqlite, { cacheSize: 0 });
  const t0 = performance.now();
  cold.reindexSync(docs);
  const indexMs = performance.now() - t0;
  const warm = createEmbeddedIndex(handle.sqlite);
  for (const kind of QUERY_KINDS) {
    const queries = places.map((p) => queryOf(kind, p));
    const embeddedCold = percentiles(queries, (q) => cold.searchSync(q), 5);
    const embeddedWarm = percentiles(queries.slice(0, 20), (q) => warm.searchSync(q), 50);
    const scanQueries = queries.slice(0, size >= 100_000 ? 40 : 200);
    const scan = percentiles(scanQueries, (q) => searchByFullScan(docs, q));
    const sample = cold.searchSync(queries[0]!);
    rows.push(
      `| ${size.toLocaleString('en')} | ${kind} | ${ms(embeddedCold.p50)} | ${ms(embeddedCold.p99)} | ${ms(embeddedWarm.p50)} | ${ms(embeddedWarm.p99)} | ${ms(scan.p50)} | ${ms(scan.p99)} | ${(scan.p50 / embeddedCold.p50).toFixed(0)}× | ${sample.total} |`,
    );
  }
  console.error(`built ${size} providers (index ${Math.round(indexMs)} ms)`);
  handle.close();
  if (size === Math.max(...sizes)) httpDb = file;
}

console.log(`\nIn-process search (ms; ${places.length} places drawn by population; page of 20)\n`);
console.log(
  '| providers | query | embedded cold p50 | cold p99 | warm p50 | warm p99 | full scan p50 | full scan p99 | scan / cold p50 | total at 1st place |',
);
console.log('|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const r of rows) console.log(r);

console.log(
  `\nGazetteer (${gazetteer.communes.length.toLocaleString('en')} communes): loaded in ${Math.round(gazetteerLoadMs)} ms, ` +
    `name index built by the first search in ${ms(firstSearchMs)} ms, then name search p50 ${ms(communeSearch.p50)} ms, p99 ${ms(communeSearch.p99)} ms ` +
    `(${communeQueries.length} names typed by victims)`,
);

// HTTP: one API server on its own core, autocannon on the other.
const port = await new Promise<number>((resolve) => {
  const s = createServer().listen(0, '127.0.0.1', () => {
    const p = (s.address() as { port: number }).port;
    s.close(() => resolve(p));
  });
});
const pin = (core: number, cmd: string[]) => {
  try {
    execFileSync('taskset', ['--version'], { stdio: 'ignore' });
    return ['taskset', '-c', String(core), ...cmd];
  } catch {
    return cmd;
  }
};
if (cpuProfDir) mkdirSync(path.resolve(cpuProfDir), { recursive: true });
const profile = cpuProfDir ? ['--cpu-prof', '--cpu-prof-dir', path.resolve(cpuProfDir)] : [];
const [serverCmd, ...serverArgs] = pin(0, [process.execPath, ...profile, '--import', 'tsx', 'src/server.ts']);
const server = spawn(serverCmd!, serverArgs, {
  cwd: path.join(root, 'apps/api'),
  env: {
    ...process.env,
    API_PORT: String(port),
    DATABASE_PATH: httpDb,
    LOG_LEVEL: 'warn',
    SEARCH_RATE_LIMIT_PER_MINUTE: '1000000000',
    NODE_ENV: 'production',
  },
  stdio: ['ignore', 'inherit', 'inherit'],
});
const serverExited = new Promise<void>((resolve) => server.once('exit', () => resolve()));
const base = `http://127.0.0.1:${port}`;
for (let i = 0; i < 200; i++) {
  try {
    if ((await fetch(`${base}/health`)).ok) break;
  } catch {}
  await new Promise((r) => setTimeout(r, 250));
}

// Far more requests than a run sends at today's speed, so the sequence does not loop back on itself.
const traffic = drawSearchTraffic(gazetteer, 200_000, 2026);
const distinct = new Set(traffic).size;
const withService = traffic.filter((p) => p.includes('&service=')).length / traffic.length;
if (distinct < 5000)
  throw new Error(`only ${distinct} distinct search requests; the run needs 5,000 or more`);
const trafficFile = path.join(work, 'traffic.json');
writeFileSync(trafficFile, JSON.stringify(traffic));
writeFileSync(path.join(work, 'health.json'), JSON.stringify(['/health']));

type Run = {
  rps: number;
  p99: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  codes: Record<string, number>;
  sent: number;
  cache: { hit: number; miss: number };
};

/**
 * autocannon on `pathsFile`, every connection taking the next path of the one shared sequence (so
 * 100 connections do not send the same request at once); counts the `x-search-cache` answers.
 */
function autocannon(pathsFile: string): Run {
  const script = `
    const autocannon = require('autocannon');
    const paths = JSON.parse(require('node:fs').readFileSync(${JSON.stringify(pathsFile)}, 'utf8'));
    let next = 0;
    const cache = { hit: 0, miss: 0 };
    autocannon({ url: '${base}', connections: 100, duration: ${duration},
      requests: [{ method: 'GET',
        setupRequest: (req) => ({ ...req, path: paths[next++ % paths.length] }),
        onResponse: (status, body, context, headers) => {
          const c = headers['x-search-cache'];
          if (c === 'hit') cache.hit++; else if (c === 'miss') cache.miss++;
        } }] }, (err, r) => {
      if (err) { console.error(err); process.exit(1); }
      const codes = {};
      for (const [code, { count }] of Object.entries(r.statusCodeStats)) codes[code] = count;
      process.stdout.write(JSON.stringify({ rps: r.requests.average, p99: r.latency.p99, errors: r.errors,
        timeouts: r.timeouts, non2xx: r.non2xx, codes, sent: next, cache }));
    });`;
  const [cmd, ...rest] = pin(1, [process.execPath, '-e', script]);
  return JSON.parse(
    execFileSync(cmd!, rest, { cwd: path.dirname(fileURLToPath(import.meta.url)), encoding: 'utf8' }),
  );
}

const failed = (r: Run) => r.errors + r.timeouts + r.non2xx > 0;
const codesOf = (r: Run) =>
  Object.entries(r.codes)
    .filter(([code]) => !code.startsWith('2'))
    .map(([code, n]) => `${n} × ${code}`)
    .join(', ') || '-';

try {
  const health = autocannon(path.join(work, 'health.json'));
  const search = autocannon(trafficFile);
  const answered = search.cache.hit + search.cache.miss;
  console.log(
    `\nHTTP on one server (${Math.max(...sizes).toLocaleString('en')} providers; 100 connections, ${duration} s each; server and load generator on separate cores)\n`,
  );
  console.log('| endpoint | req/s | p99 ms | errors | non-2xx (codes) |');
  console.log('|---|---:|---:|---:|---:|');
  console.log(
    `| GET /health | ${Math.round(health.rps)} | ${health.p99} | ${health.errors + health.timeouts} | ${health.non2xx} (${codesOf(health)}) |`,
  );
  console.log(
    `| GET /v1/providers (postcodes by population, half with a service) | ${Math.round(search.rps)} | ${search.p99} | ${search.errors + search.timeouts} | ${search.non2xx} (${codesOf(search)}) |`,
  );
  console.log(
    `\nSearch traffic: ${traffic.length.toLocaleString('en')} requests drawn (seed 2026), ${distinct.toLocaleString('en')} distinct, ` +
      `${Math.round(100 * withService)}% with a service; ${search.sent.toLocaleString('en')} sent. ` +
      `An LRU of ${DEFAULT_RESULT_CACHE_SIZE} results would hold ${(100 * lruHitRate(traffic.slice(0, search.sent), DEFAULT_RESULT_CACHE_SIZE)).toFixed(0)}% of them.`,
  );
  console.log(
    answered > 0
      ? `Cache hit rate (x-search-cache): ${((100 * search.cache.hit) / answered).toFixed(1)}% of ${answered.toLocaleString('en')} answers`
      : 'Cache hit rate: not reported by the server (no x-search-cache header)',
  );
  for (const [name, r] of [
    ['/health', health],
    ['/v1/providers', search],
  ] as const) {
    if (failed(r)) {
      console.log(`FAILED: ${name} had ${r.errors + r.timeouts} errors and ${r.non2xx} non-2xx answers`);
      process.exitCode = 1;
    }
  }
  console.log(
    `\nsearch / health throughput: ${((100 * search.rps) / health.rps).toFixed(0)}% (target ≥ 60%, with no non-2xx)`,
  );
} finally {
  server.kill('SIGTERM');
  await serverExited;
  rmSync(work, { recursive: true, force: true });
}
