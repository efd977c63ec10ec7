import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { catalogue } from '@vigie/diagnostic';
import { describe, expect, it } from 'vitest';

/*
 * What each page makes a browser download, read from the client build (`pnpm build` first): the
 * Remix manifest lists the chunks a route loads up front (its module, the root, the entry and
 * what they import), and each chunk's `import("./…")` calls add what it may load later. Rules:
 * - the diagnostic catalogue reaches no page but the diagnostic's (today even that one runs it on the server);
 * - zod reaches no page: validation stays on the server;
 * - Leaflet never loads up front: a map loads it when it opens.
 * `pnpm bench:portal` measures the weight itself.
 */

const assetsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../build/client/assets');

type Manifest = {
  entry: { module: string; imports: string[] };
  routes: Record<string, { id: string; module: string; imports?: string[] }>;
};

function readManifest(): Manifest {
  if (!existsSync(assetsDir)) {
    throw new Error(
      `The portal is not built (${assetsDir} is missing): run \`pnpm --filter @vigie/portal build\` first.`,
    );
  }
  const file = readdirSync(assetsDir).find((name) => /^manifest-[\w-]+\.js$/.test(name));
  if (!file) throw new Error(`No Remix manifest in ${assetsDir}`);
  const text = readFileSync(path.join(assetsDir, file), 'utf8');
  return JSON.parse(text.slice(text.indexOf('{'), text.lastIndexOf('}') + 1)) as Manifest;
}

const code = (asset: string) => readFileSync(path.join(assetsDir, path.basename(asset)), 'utf8');

/** Chunks a chunk may load later: `import("./x.js")`, as Vite writes dynamic imports. */
function dynamicImports(asset: string): string[] {
  return [...code(asset).matchAll(/import\(\s*["']\.\/([\w.-]+\.js)["']\s*\)/g)].map(
    (match) => `/assets/${match[1]}`,
  );
}

const manifest = readManifest();
const rootRoute = manifest.routes.root!;

/** The chunks a route loads with the page, then everything those may load afterwards. */
function chunksOf(routeId: string): { upFront: Set<string>; reachable: Set<string> } {
  const route = manifest.routes[routeId]!;
  const upFront = new Set([
    manifest.entry.module,
    ...manifest.entry.imports,
    rootRoute.module,
    ...(rootRoute.imports ?? []),
    route.module,
    ...(route.imports ?? []),
  ]);
  const reachable = new Set(upFront);
  for (const chunk of reachable) for (const next of dynamicImports(chunk)) reachable.add(next);
  return { upFront, reachable };
}

// Markers that survive minification: string literals of the thing itself.
const questionTexts = catalogue.questions.map((question) => question.text.fr);
const isCatalogue = (text: string) => questionTexts.filter((question) => text.includes(question)).length >= 3;
const isZod = (text: string) => /\$ZodType|ZodError/.test(text);
const isLeaflet = (text: string) => text.includes('leafletjs.com');
const holdsCatalogue = (asset: string) => isCatalogue(code(asset));
const holdsZod = (asset: string) => isZod(code(asset));
const holdsLeaflet = (asset: string) => isLeaflet(code(asset));

type Rule = 'catalogue' | 'zod' | 'leaflet up front';

function breaches(routeId: string): Rule[] {
  const { upFront, reachable } = chunksOf(routeId);
  const found: Rule[] = [];
  if (routeId !== 'routes/diagnostic' && [...reachable].some(holdsCatalogue)) found.push('catalogue');
  if ([...reachable].some(holdsZod)) found.push('zod');
  if ([...upFront].some(holdsLeaflet)) found.push('leaflet up front');
  return found;
}

describe('client bundles', () => {
  it('finds what it looks for: each marker is in the code it stands for', () => {
    // The server runs the diagnostic, so its build holds the catalogue.
    expect(isCatalogue(readFileSync(path.join(assetsDir, '../../server/index.js'), 'utf8'))).toBe(true);
    const require = createRequire(import.meta.url);
    const zodCore = path.dirname(require.resolve('zod/v4/core'));
    const zodSources = readdirSync(zodCore).filter((name) => name.endsWith('.js'));
    expect(zodSources.some((name) => isZod(readFileSync(path.join(zodCore, name), 'utf8')))).toBe(true);
    expect(isLeaflet(readFileSync(require.resolve('leaflet'), 'utf8'))).toBe(true);
  });

  it('ships the catalogue only to the diagnostic, zod to no page, Leaflet only on demand', () => {
    const found = Object.keys(manifest.routes).flatMap((route) =>
      breaches(route).map((rule) => ({ route, rule })),
    );
    expect(found).toEqual([]);
  });

  it('keeps the home page to React, Remix, its shell and its own dictionary', () => {
    const { reachable } = chunksOf('routes/_index');
    const names = [...reachable].map((asset) => path.basename(asset));
    // One language's dictionary, loaded before hydration; the other one only on a switch.
    expect(names.filter((name) => /^(fr|en)-[\w-]+\.js$/.test(name)).sort()).toEqual([
      expect.stringMatching(/^en-/),
      expect.stringMatching(/^fr-/),
    ]);
    const { upFront } = chunksOf('routes/_index');
    expect([...upFront].some((asset) => /\/(fr|en)-[\w-]+\.js$/.test(asset))).toBe(false);
    expect([...upFront].some((asset) => /dsfr\.module/.test(asset))).toBe(false);
  });
});
