// Writes the catalogue for people to review: Markdown in French and English, and the question
// graph as DOT and SVG (Graphviz `dot`). Usage: pnpm diagnostic:docs [output folder]
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { catalogue, validate } from '../src/index.ts';
import { renderDot, renderMarkdown } from '../src/render/index.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const outDir = path.resolve(
  process.env.INIT_CWD ?? root,
  process.argv[2] ?? path.join(root, 'docs/diagnostic'),
);
mkdirSync(outDir, { recursive: true });

const problems = validate(catalogue);
if (problems.length > 0) {
  console.error(
    `the catalogue has ${problems.length} problem(s):\n${problems.map((p) => `  - ${p}`).join('\n')}`,
  );
  process.exit(1);
}
writeFileSync(path.join(outDir, 'catalogue.fr.md'), renderMarkdown(catalogue, 'fr'));
writeFileSync(path.join(outDir, 'catalogue.en.md'), renderMarkdown(catalogue, 'en'));
const dot = renderDot(catalogue, 'fr');
writeFileSync(path.join(outDir, 'question-graph.dot'), dot);
const svg = spawnSync('dot', ['-Tsvg'], { input: dot, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
if (svg.error || svg.status !== 0) {
  console.error(
    `Graphviz failed (${svg.error?.message ?? svg.stderr}); install it with: apt-get install graphviz`,
  );
  process.exit(1);
}
writeFileSync(path.join(outDir, 'question-graph.svg'), svg.stdout);
console.log(`wrote catalogue.fr.md, catalogue.en.md, question-graph.dot and question-graph.svg to ${outDir}`);
