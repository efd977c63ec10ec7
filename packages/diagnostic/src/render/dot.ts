import type { Catalogue, Lang, NodeRef } from '../types.ts';
import { PUBLICS } from '../vocabulary.ts';

const q = (s: string) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
const wrap = (s: string, width = 34) => {
  const words = s.split(/\s+/);
  const lines: string[] = [];
  let line = '';
  for (const w of words) {
    if ((line + w).length > width && line) {
      lines.push(line.trim());
      line = '';
    }
    line += `${w} `;
  }
  if (line.trim()) lines.push(line.trim());
  return lines.join('\\n');
};
const nodeId = (ref: NodeRef) => ('question' in ref ? `q:${ref.question}` : `o:${ref.outcome}`);

/** The question graph in Graphviz DOT: entries, questions (boxes) and outcomes (ellipses, red when urgent). */
export function renderDot(catalogue: Catalogue, lang: Lang = 'fr'): string {
  const lines = [
    'digraph diagnostic {',
    '  graph [rankdir=LR, fontname="Helvetica", nodesep=0.25, ranksep=0.9];',
    '  node [fontname="Helvetica", fontsize=10];',
    '  edge [fontname="Helvetica", fontsize=8, color="#666666"];',
  ];
  for (const p of PUBLICS) {
    lines.push(
      `  ${q(`entry:${p}`)} [label=${q(p)}, shape=circle, style=filled, fillcolor="#000091", fontcolor=white];`,
    );
    lines.push(`  ${q(`entry:${p}`)} -> ${q(`q:${catalogue.entries[p]}`)};`);
  }
  for (const question of catalogue.questions) {
    lines.push(
      `  ${q(`q:${question.id}`)} [label=${q(wrap(question.text[lang]))}, shape=box, style=rounded];`,
    );
    if (question.kind === 'single') {
      for (const o of question.options)
        if (o.next)
          lines.push(
            `  ${q(`q:${question.id}`)} -> ${q(nodeId(o.next))} [label=${q(wrap(o.label[lang], 24))}];`,
          );
    } else {
      for (const b of question.branches ?? [])
        lines.push(`  ${q(`q:${question.id}`)} -> ${q(nodeId(b.next))} [label=${q(b.when.join(' / '))}];`);
      if (question.next)
        lines.push(`  ${q(`q:${question.id}`)} -> ${q(nodeId(question.next))} [style=dashed];`);
    }
  }
  const threats = new Map(catalogue.threats.map((t) => [t.id, t]));
  for (const o of catalogue.outcomes) {
    const name = threats.get(o.threat)?.name[lang] ?? o.threat;
    const color = o.urgent ? '#ce0500' : '#18753c';
    lines.push(
      `  ${q(`o:${o.id}`)} [label=${q(wrap(name, 26))}, shape=ellipse, style=filled, fillcolor="#ffffff", color=${q(color)}, penwidth=2];`,
    );
  }
  lines.push('}');
  return `${lines.join('\n')}\n`;
}
