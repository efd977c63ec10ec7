// Diagnostic benchmark: time of validate and enumerateOutcomes on the full catalogue, and the
// minified + gzipped size of what the widget must load: the engine with the packed catalogue of one
// language, for one public (what it loads once the public is chosen) and for all publics. The
// budgets apply to the packed catalogue itself, both halves together: 40 KB gzipped per public and
// language, 60 KB for a whole language. The two halves (the journey part, loaded before the first
// question, and the outcome texts, loaded when the journey reaches its outcome) and what the widget
// loads first (engine + journey part) are printed beside it.
// Usage: pnpm bench:diagnostic
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import {
  catalogue,
  enumerateOutcomes,
  localizeCatalogue,
  PUBLICS,
  type Public,
  packCatalogue,
  splitPackedCatalogue,
  validate,
} from '@vigie/diagnostic';
import { build } from 'esbuild';

/** The packed catalogue of one public in one language, gzipped. */
const PUBLIC_BUDGET_KB = 40;
/** The packed catalogue of every public in one language, gzipped. */
const LANGUAGE_BUDGET_KB = 60;
const here = path.dirname(fileURLToPath(import.meta.url));

function time(fn: () => unknown, runs: number) {
  fn(); // warm-up
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  return {
    p50: samples[Math.floor(runs * 0.5)]!,
    p99: samples[Math.min(runs - 1, Math.floor(runs * 0.99))]!,
  };
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);

const v = time(() => validate(catalogue), 50);
const e = time(() => enumerateOutcomes(catalogue), 50);
const paths = enumerateOutcomes(catalogue).length;

const bundle = await build({
  entryPoints: [path.join(here, 'engine-entry.ts')],
  bundle: true,
  minify: true,
  format: 'esm',
  write: false,
  target: 'es2020',
});
const engine = bundle.outputFiles[0]!.contents;
const engineGz = gzipSync(engine, { level: 9 }).length;

console.log(
  `Diagnostic catalogue ${catalogue.version}: ${catalogue.threats.length} threats, ${catalogue.questions.length} questions, ${catalogue.outcomes.length} outcomes, ${catalogue.advice.length} advice, ${paths} enumerated paths`,
);
console.log('');
console.log('| operation | p50 ms | p99 ms |');
console.log('|---|---:|---:|');
console.log(`| validate(catalogue) | ${v.p50.toFixed(2)} | ${v.p99.toFixed(2)} |`);
console.log(`| enumerateOutcomes(catalogue) | ${e.p50.toFixed(2)} | ${e.p99.toFixed(2)} |`);
console.log('');
console.log(
  '| packed catalogue | whole, min KB | whole, gz KB | budget KB gz | | journey part, gz KB | outcome texts, gz KB | first load: engine + journey part, gz KB |',
);
console.log('|---|---:|---:|---:|---|---:|---:|---:|');
console.log(`| engine + codec + unpack (${kb(engine.length)} KB minified) | | ${kb(engineGz)} | | | | | |`);
const gz = (data: unknown) => {
  const json = Buffer.from(JSON.stringify(data));
  return { min: json.length, gz: gzipSync(json, { level: 9 }).length };
};
let over = false;
for (const lang of ['fr', 'en'] as const) {
  const localized = localizeCatalogue(catalogue, lang);
  // What GET /v1/diagnostic?lang=…&packed=1[&public=…][&part=journey|outcome-texts] serves.
  for (const pub of [...PUBLICS, undefined] as (Public | undefined)[]) {
    const packed = packCatalogue(localized, pub);
    const { journey, outcomeTexts } = splitPackedCatalogue(packed);
    const [first, later, whole] = [gz(journey), gz(outcomeTexts), gz(packed)];
    const budget = pub ? PUBLIC_BUDGET_KB : LANGUAGE_BUDGET_KB;
    const within = whole.gz / 1024 <= budget;
    if (!within) over = true;
    console.log(
      `| ${lang}, ${pub ?? 'all publics'} | ${kb(whole.min)} | **${kb(whole.gz)}** | ${budget} | ${within ? 'within' : 'OVER'} | ${kb(first.gz)} | ${kb(later.gz)} | ${kb(engineGz + first.gz)} |`,
    );
  }
}
const plain = gzipSync(Buffer.from(JSON.stringify(localizeCatalogue(catalogue, 'fr'))), { level: 9 }).length;
const both = gzipSync(Buffer.from(JSON.stringify(catalogue)), { level: 9 }).length;
console.log(`| (for comparison: catalogue fr, all publics, unpacked) | | ${kb(plain)} | | | | | |`);
console.log(`| (for comparison: catalogue in both languages) | | ${kb(both)} | | | | | |`);
process.exitCode = over ? 1 : 0;
