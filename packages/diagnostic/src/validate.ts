import { indexCatalogue, optionsFor, resolveOutcome } from './engine.ts';
import {
  ADVICE_PHASES,
  type AnyCatalogue,
  type Catalogue,
  FLAGS,
  type Flag,
  type NodeRef,
  type Outcome,
  type Question,
  type Text,
} from './types.ts';
import { isOrientationId, PUBLICS, type Public, SEVERITIES } from './vocabulary.ts';

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Checks a catalogue: unique well-formed ids, no unknown reference, French and English complete,
 * every question reachable, no cycle, no dead end, every threat reachable from at least one public,
 * every outcome with advice and at least one orientation. Returns the problems; empty means valid.
 */
export function validateCatalogue(catalogue: Catalogue): string[] {
  const problems: string[] = [];
  const idx = indexCatalogue(catalogue);
  const serviceIds = new Set(catalogue.services.map((s) => s.id));

  const checkText = (where: string, text: Text | undefined) => {
    if (!text) return problems.push(`${where}: text missing`);
    if (!text.fr?.trim()) problems.push(`${where}: French text missing`);
    if (!text.en?.trim()) problems.push(`${where}: English text missing`);
  };
  const checkIds = (kind: string, ids: string[]) => {
    const seen = new Set<string>();
    for (const id of ids) {
      if (!ID.test(id)) problems.push(`${kind} "${id}": id must be kebab-case`);
      if (seen.has(id)) problems.push(`${kind} "${id}": duplicate id`);
      seen.add(id);
    }
  };

  checkIds(
    'service',
    catalogue.services.map((s) => s.id),
  );
  checkIds(
    'threat',
    catalogue.threats.map((t) => t.id),
  );
  checkIds(
    'advice',
    catalogue.advice.map((a) => a.id),
  );
  checkIds(
    'outcome',
    catalogue.outcomes.map((o) => o.id),
  );
  checkIds(
    'question',
    catalogue.questions.map((q) => q.id),
  );

  for (const s of catalogue.services) {
    checkText(`service "${s.id}" name`, s.name);
    checkText(`service "${s.id}" description`, s.description);
  }
  for (const t of catalogue.threats) {
    checkText(`threat "${t.id}" name`, t.name);
    checkText(`threat "${t.id}" description`, t.description);
    if (!SEVERITIES.includes(t.severity)) problems.push(`threat "${t.id}": unknown severity "${t.severity}"`);
    if (t.publics.length === 0) problems.push(`threat "${t.id}": no public`);
    for (const p of t.publics)
      if (!PUBLICS.includes(p)) problems.push(`threat "${t.id}": unknown public "${p}"`);
    for (const s of t.services)
      if (!serviceIds.has(s)) problems.push(`threat "${t.id}": unknown service "${s}"`);
  }
  for (const a of catalogue.advice) {
    checkText(`advice "${a.id}"`, a.text);
    if (!ADVICE_PHASES.includes(a.phase)) problems.push(`advice "${a.id}": unknown phase "${a.phase}"`);
  }
  const orientationIds = new Set<string>();
  for (const o of catalogue.orientations) {
    if (!isOrientationId(o.id)) problems.push(`orientation "${o.id}": not in the shared vocabulary`);
    if (orientationIds.has(o.id)) problems.push(`orientation "${o.id}": duplicate id`);
    orientationIds.add(o.id);
    checkText(`orientation "${o.id}" name`, o.name);
    checkText(`orientation "${o.id}" description`, o.description);
    checkText(`orientation "${o.id}" hours`, o.hours);
    if (!o.phone && !o.url && !o.sms) problems.push(`orientation "${o.id}": no phone, SMS or address`);
    if (o.sources.length === 0) problems.push(`orientation "${o.id}": no source`);
  }
  for (const o of catalogue.outcomes) {
    if (!idx.threats.has(o.threat)) problems.push(`outcome "${o.id}": unknown threat "${o.threat}"`);
    if (o.severity && !SEVERITIES.includes(o.severity)) problems.push(`outcome "${o.id}": unknown severity`);
    if (o.advice.length === 0) problems.push(`outcome "${o.id}": no advice`);
    if (o.orientations.length === 0) problems.push(`outcome "${o.id}": no orientation`);
    for (const a of o.advice)
      if (!idx.advice.has(a)) problems.push(`outcome "${o.id}": unknown advice "${a}"`);
    if (new Set(o.advice).size !== o.advice.length) problems.push(`outcome "${o.id}": advice listed twice`);
    for (const r of o.orientations) {
      if (!orientationIds.has(r.id)) problems.push(`outcome "${o.id}": unknown orientation "${r.id}"`);
      for (const s of r.services ?? [])
        if (!serviceIds.has(s)) problems.push(`outcome "${o.id}": unknown service "${s}"`);
    }
  }

  const checkRef = (where: string, ref: NodeRef | undefined) => {
    if (!ref) return problems.push(`${where}: leads nowhere (dead end)`);
    if ('question' in ref && !idx.questions.has(ref.question))
      problems.push(`${where}: unknown question "${ref.question}"`);
    if ('outcome' in ref && !idx.outcomes.has(ref.outcome))
      problems.push(`${where}: unknown outcome "${ref.outcome}"`);
  };
  for (const q of catalogue.questions) {
    checkText(`question "${q.id}"`, q.text);
    if (q.help) checkText(`question "${q.id}" help`, q.help);
    if (q.options.length < 2) problems.push(`question "${q.id}": fewer than two options`);
    const optionIds = new Set<string>();
    for (const o of q.options) {
      if (!ID.test(o.id)) problems.push(`question "${q.id}" option "${o.id}": id must be kebab-case`);
      if (optionIds.has(o.id)) problems.push(`question "${q.id}": duplicate option "${o.id}"`);
      optionIds.add(o.id);
      checkText(`question "${q.id}" option "${o.id}"`, o.label);
      for (const f of o.flags ?? [])
        if (!FLAGS.includes(f)) problems.push(`option "${q.id}/${o.id}": unknown flag "${f}"`);
      if (q.kind === 'single') checkRef(`question "${q.id}" option "${o.id}"`, o.next);
      else if (o.next)
        problems.push(
          `question "${q.id}" option "${o.id}": multiple-choice options take the question's next`,
        );
    }
    if (q.kind === 'multiple') {
      checkRef(`question "${q.id}"`, q.next);
      for (const b of q.branches ?? []) {
        checkRef(`question "${q.id}" branch`, b.next);
        for (const w of b.when)
          if (!optionIds.has(w)) problems.push(`question "${q.id}" branch: unknown option "${w}"`);
      }
    }
  }
  for (const p of PUBLICS) {
    const entry = catalogue.entries[p];
    if (!idx.questions.has(entry)) problems.push(`entry of "${p}": unknown question "${entry}"`);
  }
  if (problems.length > 0) return problems;

  // Graph checks, per public (options can be public-specific).
  const reachedQuestions = new Set<string>();
  const reachedOutcomes = new Set<string>();
  const reachedThreats = new Set<string>();
  for (const pub of PUBLICS) {
    const state = new Map<string, 'visiting' | 'done'>();
    const visit = (questionId: string, trail: string[]): void => {
      const s = state.get(questionId);
      if (s === 'visiting') {
        problems.push(`cycle for ${pub}: ${[...trail, questionId].join(' -> ')}`);
        return;
      }
      if (s === 'done') return;
      state.set(questionId, 'visiting');
      reachedQuestions.add(questionId);
      const q = idx.questions.get(questionId)!;
      const offered = optionsFor(q, pub);
      if (offered.length === 0) problems.push(`question "${q.id}" offers no option to ${pub} (dead end)`);
      const targets =
        q.kind === 'single'
          ? offered.map((o) => o.next!)
          : [q.next!, ...(q.branches ?? []).map((b) => b.next)];
      for (const t of targets) {
        if ('question' in t) visit(t.question, [...trail, questionId]);
        else {
          reachedOutcomes.add(t.outcome);
          reachedThreats.add(idx.outcomes.get(t.outcome)!.threat);
        }
      }
      state.set(questionId, 'done');
    };
    visit(catalogue.entries[pub], []);
  }
  for (const q of catalogue.questions)
    if (!reachedQuestions.has(q.id)) problems.push(`question "${q.id}" is unreachable`);
  for (const o of catalogue.outcomes)
    if (!reachedOutcomes.has(o.id)) problems.push(`outcome "${o.id}" is unreachable`);
  for (const t of catalogue.threats)
    if (!reachedThreats.has(t.id)) problems.push(`threat "${t.id}" is reachable from no public`);
  const usedAdvice = new Set(catalogue.outcomes.flatMap((o) => o.advice));
  for (const a of catalogue.advice)
    if (!usedAdvice.has(a.id)) problems.push(`advice "${a.id}" is used by no outcome`);
  problems.push(...checkEvidenceAndConditions(catalogue));
  return problems;
}

const LOSS_FLAGS: readonly Flag[] = ['money-lost', 'data-exposed', 'access-lost'];
const COMPLAINT_ORIENTATIONS: ReadonlySet<string> = new Set(['complaint', 'thesee', 'perceval']);

/**
 * Flag conditions name known flags; and evidence always: every outcome, as a public and the facts
 * of its path resolve it, where money, data or an account was lost or a complaint is suggested,
 * keeps at least one piece of advice of the evidence phase (a complaint without evidence goes nowhere).
 */
function checkEvidenceAndConditions(catalogue: Catalogue): string[] {
  const problems: string[] = [];
  const knownFlags = (where: string, flags: readonly string[] | undefined) => {
    for (const f of flags ?? [])
      if (!FLAGS.includes(f as Flag)) problems.push(`${where}: unknown flag "${f}"`);
  };
  for (const o of catalogue.orientations) {
    knownFlags(`orientation "${o.id}" withheld`, o.withheld?.flags);
    if (o.withheld?.instead && !isOrientationId(o.withheld.instead))
      problems.push(`orientation "${o.id}": unknown replacement "${o.withheld.instead}"`);
  }
  for (const o of catalogue.outcomes)
    for (const r of o.orientations) {
      knownFlags(`outcome "${o.id}" orientation "${r.id}"`, r.when);
      knownFlags(`outcome "${o.id}" orientation "${r.id}"`, r.unless);
    }
  if (problems.length > 0) return problems;

  const idx = indexCatalogue(catalogue);
  const flagged = new Set<string>();
  for (const { public: pub, outcome } of enumerateOutcomes(catalogue)) {
    if (flagged.has(outcome.id)) continue;
    const lost = outcome.flags.some((f) => LOSS_FLAGS.includes(f));
    const complaint = outcome.orientations.some((r) => COMPLAINT_ORIENTATIONS.has(r.id));
    if (!lost && !complaint) continue;
    if (outcome.advice.some((id) => idx.advice.get(id)?.phase === 'evidence')) continue;
    flagged.add(outcome.id);
    const why = lost ? `${outcome.flags.filter((f) => LOSS_FLAGS.includes(f)).join(', ')}` : 'a complaint';
    problems.push(`outcome "${outcome.id}": no advice keeps the evidence (${pub}, ${why})`);
  }
  return problems;
}

export type EnumeratedOutcome = {
  public: Public;
  answers: { questionId: string; optionIds: string[] }[];
  outcome: Outcome;
};

/**
 * Every reachable outcome, with one shortest path of answers to it, per public and per set of
 * outcome-changing flags. Multiple-choice questions are explored with each single option and with
 * no more than that, which reaches every branch.
 */
export function enumerateOutcomes(catalogue: AnyCatalogue): EnumeratedOutcome[] {
  const idx = indexCatalogue(catalogue);
  const results: EnumeratedOutcome[] = [];
  for (const pub of PUBLICS) {
    const seen = new Set<string>();
    const queue: { node: NodeRef; answers: EnumeratedOutcome['answers']; flags: Flag[] }[] = [
      { node: { question: catalogue.entries[pub] }, answers: [], flags: [] },
    ];
    const visited = new Set<string>();
    while (queue.length > 0) {
      const item = queue.shift()!;
      const flagKey = [...new Set(item.flags)].sort().join(',');
      if ('outcome' in item.node) {
        const key = `${item.node.outcome}|${flagKey}`;
        if (seen.has(key)) continue;
        seen.add(key);
        results.push({
          public: pub,
          answers: item.answers,
          outcome: resolveOutcome(catalogue, item.node.outcome, pub, item.flags),
        });
        continue;
      }
      const stateKey = `${item.node.question}|${flagKey}`;
      if (visited.has(stateKey)) continue;
      visited.add(stateKey);
      const q = idx.questions.get(item.node.question);
      if (!q) continue;
      for (const o of optionsFor(q, pub)) {
        const ids = [o.id];
        const next = q.kind === 'single' ? o.next : branchOf(q, ids);
        if (!next) continue;
        queue.push({
          node: next,
          answers: [...item.answers, { questionId: q.id, optionIds: ids }],
          flags: [...item.flags, ...(o.flags ?? [])],
        });
      }
    }
  }
  return results;
}

function branchOf(q: Question<unknown>, ids: string[]): NodeRef | undefined {
  for (const b of q.branches ?? []) if (b.when.some((w) => ids.includes(w))) return b.next;
  return q.next;
}
