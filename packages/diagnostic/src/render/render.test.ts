import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fixtureCatalogue } from '../testing.ts';
import { renderDot } from './dot.ts';
import { renderMarkdown } from './markdown.ts';

const pkg = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

describe('renderMarkdown', () => {
  it('lists threats, questions with their options and targets, outcomes with advice, and orientations', () => {
    const md = renderMarkdown(fixtureCatalogue(), 'en');
    expect(md).toContain('# Diagnostic catalogue');
    expect(md).toContain('| `ransomware` | **Ransomware**');
    expect(md).toContain('### <a id="q-what"></a>what');
    expect(md).toContain('- `files` files _(publics: business, public-body)_ → **[ransom](#o-ransom)**');
    expect(md).toMatch(/### <a id="o-phish"><\/a>phish[\s\S]*1\. _prevent_ — prevent/);
    expect(renderMarkdown(fixtureCatalogue(), 'fr')).toContain('Danger? (fr)');
  });
  it('shows the facts a question establishes, its other wordings and the conditions of orientations', () => {
    const c = fixtureCatalogue();
    const stakes = c.questions.find((q) => q.id === 'stakes')!;
    stakes.asks = 'age';
    stakes.variants = [
      { when: { for: 'child' }, text: { fr: 'Enjeux de l’enfant ?', en: 'Your child’s stakes?' } },
    ];
    stakes.options.find((o) => o.id === 'young')!.sets = { age: 'minor' };
    c.outcomes.find((o) => o.id === 'ransom')!.orientations.push({ id: 'cert-fr', when: ['regulated'] });
    c.orientations.find((o) => o.id === 'thesee')!.withheld = { flags: ['minor'], instead: 'complaint' };
    const md = renderMarkdown(c, 'en');
    expect(md).toContain('> Establishes : `age`');
    expect(md).toContain('> Wording when for=child : Your child’s stakes?');
    expect(md).toMatch(/- `young` .*sets: age=minor/);
    expect(md).toContain('`cert-fr` (when: regulated)');
    expect(md).toMatch(/\(`thesee`\) .*never with minor, replaced by `complaint`/);
  });
});

describe('renderDot', () => {
  it('draws one edge per option and marks urgent outcomes red', () => {
    const dot = renderDot(fixtureCatalogue(), 'en');
    expect(dot.startsWith('digraph diagnostic {')).toBe(true);
    expect(dot).toContain('"q:what" -> "o:ransom" [label="files"]');
    expect(dot).toMatch(/"o:ransom" \[label="Ransomware".*color="#ce0500"/);
    expect(dot).toContain('"entry:business" -> "q:start"');
  });
});

describe('the docs command', () => {
  // A child process and Graphviz over the whole graph: on a loaded machine this takes tens of seconds.
  it('writes the Markdown and an SVG of the question graph with Graphviz', { timeout: 180_000 }, () => {
    const out = mkdtempSync(path.join(tmpdir(), 'vigie-docs-'));
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/render-docs.ts', out], {
      cwd: pkg,
      encoding: 'utf8',
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    for (const f of ['catalogue.fr.md', 'catalogue.en.md', 'question-graph.dot', 'question-graph.svg']) {
      expect(existsSync(path.join(out, f)), f).toBe(true);
    }
    const svg = readFileSync(path.join(out, 'question-graph.svg'), 'utf8');
    expect(svg).toContain('<svg');
    expect(svg).toContain('individual');
    rmSync(out, { recursive: true, force: true });
  });
});
