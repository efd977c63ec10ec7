import { indexCatalogue } from '../engine.ts';
import type { Catalogue, Facts, Lang, NodeRef, OrientationRef } from '../types.ts';
import { PUBLICS } from '../vocabulary.ts';

const HEAD = {
  fr: {
    title: 'Catalogue du diagnostic',
    version: 'Version',
    summary: 'Sommaire',
    threats: 'Menaces',
    questions: 'Questions',
    outcomes: 'Issues',
    orientations: 'Orientations',
    advice: 'Conseils',
    entries: 'Points d’entrée',
    publics: 'Publics',
    severity: 'Gravité',
    services: 'Services de prestataires',
    urgent: 'urgent',
    help: 'Aide',
    multiple: 'plusieurs réponses possibles',
    hours: 'Horaires',
    sources: 'Sources',
    asks: 'Établit',
    wording: 'Formulation si',
    withheld: 'jamais avec',
    instead: 'remplacé par',
  },
  en: {
    title: 'Diagnostic catalogue',
    version: 'Version',
    summary: 'Contents',
    threats: 'Threats',
    questions: 'Questions',
    outcomes: 'Outcomes',
    orientations: 'Orientations',
    advice: 'Advice',
    entries: 'Entry points',
    publics: 'Publics',
    severity: 'Severity',
    services: 'Provider services',
    urgent: 'urgent',
    help: 'Help',
    multiple: 'several answers allowed',
    hours: 'Hours',
    sources: 'Sources',
    asks: 'Establishes',
    wording: 'Wording when',
    withheld: 'never with',
    instead: 'replaced by',
  },
} satisfies Record<Lang, Record<string, string>>;

const esc = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const target = (ref: NodeRef | undefined) =>
  !ref
    ? '—'
    : 'question' in ref
      ? `[${ref.question}](#q-${ref.question})`
      : `**[${ref.outcome}](#o-${ref.outcome})**`;

/** Facts as `age=minor, for=child`. */
const facts = (f: Facts) =>
  Object.entries(f)
    .map(([fact, value]) => `${fact}=${value}`)
    .join(', ');

/** An outcome's orientation with the publics and flags that condition it. */
const orientationRef = (r: OrientationRef) => {
  const conditions = [
    r.publics ? r.publics.join(', ') : '',
    r.when ? `when: ${r.when.join(', ')}` : '',
    r.unless ? `unless: ${r.unless.join(', ')}` : '',
  ].filter(Boolean);
  return `\`${r.id}\`${conditions.length > 0 ? ` (${conditions.join('; ')})` : ''}`;
};

/** The catalogue as a Markdown document for people to review, in one language. */
export function renderMarkdown(catalogue: Catalogue, lang: Lang = 'fr'): string {
  const h = HEAD[lang];
  const idx = indexCatalogue(catalogue);
  const out: string[] = [];
  out.push(
    `# ${h.title}`,
    '',
    `${h.version} ${catalogue.version} — ${catalogue.threats.length} ${h.threats.toLowerCase()}, ${catalogue.questions.length} ${h.questions.toLowerCase()}, ${catalogue.outcomes.length} ${h.outcomes.toLowerCase()}, ${catalogue.advice.length} ${h.advice.toLowerCase()}.`,
    '',
  );
  out.push(`## ${h.entries}`, '');
  for (const p of PUBLICS) out.push(`- \`${p}\` → ${target({ question: catalogue.entries[p] })}`);
  out.push(
    '',
    `## ${h.threats}`,
    '',
    `| id | ${h.threats} | ${h.severity} | ${h.publics} | ${h.services} |`,
    '|---|---|---|---|---|',
  );
  for (const t of catalogue.threats) {
    out.push(
      `| \`${t.id}\` | **${esc(t.name[lang])}** — ${esc(t.description[lang])} | ${t.severity} | ${t.publics.join(', ')} | ${t.services.join(', ')} |`,
    );
  }
  out.push('', `## ${h.questions}`, '');
  for (const q of catalogue.questions) {
    out.push(
      `### <a id="q-${q.id}"></a>${q.id}`,
      '',
      `**${q.text[lang]}**${q.kind === 'multiple' ? ` _(${h.multiple})_` : ''}`,
      '',
    );
    if (q.help) out.push(`> ${h.help} : ${q.help[lang]}`, '');
    if (q.asks) out.push(`> ${h.asks} : \`${q.asks}\``, '');
    for (const v of q.variants ?? []) out.push(`> ${h.wording} ${facts(v.when)} : ${v.text[lang]}`, '');
    for (const o of q.options) {
      const extra = [
        o.flags?.length ? `flags: ${o.flags.join(', ')}` : '',
        o.sets ? `sets: ${facts(o.sets)}` : '',
        o.publics ? `${h.publics.toLowerCase()}: ${o.publics.join(', ')}` : '',
      ]
        .filter(Boolean)
        .join('; ');
      out.push(
        `- \`${o.id}\` ${o.label[lang]}${extra ? ` _(${extra})_` : ''} → ${q.kind === 'single' ? target(o.next) : '…'}`,
      );
    }
    if (q.kind === 'multiple') {
      for (const b of q.branches ?? [])
        out.push(`- ${b.when.map((w) => `\`${w}\``).join(' / ')} → ${target(b.next)}`);
      out.push(`- … → ${target(q.next)}`);
    }
    out.push('');
  }
  out.push(`## ${h.outcomes}`, '');
  for (const o of catalogue.outcomes) {
    const threat = idx.threats.get(o.threat);
    out.push(`### <a id="o-${o.id}"></a>${o.id}`, '');
    out.push(
      `${threat?.name[lang] ?? o.threat} — ${h.severity} : ${o.severity ?? threat?.severity}${o.urgent ? ` — **${h.urgent}**` : ''}`,
      '',
    );
    out.push(`${h.orientations} : ${o.orientations.map(orientationRef).join(', ')}`, '');
    for (const [i, a] of o.advice.entries()) {
      const advice = idx.advice.get(a);
      out.push(
        `${i + 1}. _${advice?.phase}_ — ${advice?.text[lang] ?? a}${advice?.publics ? ` (${advice.publics.join(', ')})` : ''}${advice?.facts ? ` (${facts(advice.facts)})` : ''}`,
      );
    }
    out.push('');
  }
  out.push(`## ${h.orientations}`, '');
  for (const o of catalogue.orientations) {
    const contact = [
      o.phone && `☎ ${o.phone}`,
      o.sms && `SMS ${o.sms}`,
      o.url && `<${o.url.startsWith('/') ? `https://vigie.invalid${o.url}` : o.url}>`,
    ]
      .filter(Boolean)
      .join(' · ');
    const withheld = o.withheld
      ? ` _(${h.withheld} ${o.withheld.flags.join(', ')}${o.withheld.instead ? `, ${h.instead} \`${o.withheld.instead}\`` : ''})_`
      : '';
    out.push(
      `- **${o.name[lang]}** (\`${o.id}\`) — ${o.description[lang]} ${contact}. ${h.hours} : ${o.hours[lang]}.${withheld}`,
    );
  }
  out.push('');
  return out.join('\n');
}
