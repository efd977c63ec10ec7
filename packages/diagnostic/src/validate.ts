import { applyAnswer, type Cursor, indexCatalogue, optionsFor, startCursor, stepAt } from './engine.ts';
import {
  ADVICE_PHASES,
  type AnyCatalogue,
  type Catalogue,
  FACT_VALUES,
  type Facts,
  FLAGS,
  type Flag,
  type NodeRef,
  type Outcome,
  type Text,
} from './types.ts';
import { isOrientationId, PUBLICS, type Public, SEVERITIES } from './vocabulary.ts';

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Checks a catalogue: unique well-formed ids, no unknown reference, French and English complete,
 * every question reachable, no cycle, no dead end, every threat reachable from at least one public,
 * every outcome with advice and at least one orientation. Returns the problems; empty means valid.
 *
 * Multiple-choice answers follow every branch ticked and keep the others pending; the graph check
 * covers every branch and every default `next`, so with no cycle each pending branch also ends
 * (a question already visited is skipped), whatever the combination ticked. It also refuses an
 * option in two branches, a branch without options, and facts outside `FACT_VALUES`; a question
 * that `asks` a fact must be single-choice with an option setting it.
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
  const checkFacts = (where: string, facts: Facts | undefined) => {
    for (const [f, v] of Object.entries(facts ?? {})) {
      const values: readonly string[] | undefined = FACT_VALUES[f as keyof Facts];
      if (!values) problems.push(`${where}: unknown fact "${f}"`);
      else if (!values.includes(v)) problems.push(`${where}: unknown value "${v}" for fact "${f}"`);
    }
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
    checkFacts(`advice "${a.id}"`, a.facts);
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
      checkFacts(`option "${q.id}/${o.id}"`, o.sets);
      if (q.kind === 'single') checkRef(`question "${q.id}" option "${o.id}"`, o.next);
      else if (o.next)
        problems.push(
          `question "${q.id}" option "${o.id}": multiple-choice options take the question's next`,
        );
    }
    if (q.kind === 'multiple') {
      // Every branch ticked is followed and an option in no branch takes `next`: so `next` is always
      // needed, and an option must belong to one branch at most, or one tick would open two paths.
      checkRef(`question "${q.id}"`, q.next);
      const branched = new Set<string>();
      for (const b of q.branches ?? []) {
        checkRef(`question "${q.id}" branch`, b.next);
        if (b.when.length === 0) problems.push(`question "${q.id}": a branch has no option`);
        for (const w of b.when) {
          if (!optionIds.has(w)) problems.push(`question "${q.id}" branch: unknown option "${w}"`);
          if (branched.has(w)) problems.push(`question "${q.id}": option "${w}" is in two branches`);
          branched.add(w);
        }
      }
    }
    for (const v of q.variants ?? []) {
      checkText(`question "${q.id}" variant`, v.text);
      if (v.help) checkText(`question "${q.id}" variant help`, v.help);
      checkFacts(`question "${q.id}" variant`, v.when);
      if (Object.keys(v.when).length === 0) problems.push(`question "${q.id}": a variant has no condition`);
    }
    if (q.asks) {
      checkFacts(`question "${q.id}"`, { [q.asks]: FACT_VALUES[q.asks]?.[0] } as Facts);
      if (q.kind !== 'single') problems.push(`question "${q.id}": only a single choice can establish a fact`);
      const fact = q.asks;
      if (!q.options.some((o) => o.sets?.[fact]))
        problems.push(`question "${q.id}": no option sets the fact "${fact}" it asks`);
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
 * outcome-changing flags and facts. Multiple-choice questions are explored with each single option,
 * which reaches every branch, and with every option that can be combined ticked at once, which
 * walks the branches still pending after the first one (each path must still end).
 */
export function enumerateOutcomes(catalogue: AnyCatalogue): EnumeratedOutcome[] {
  const idx = indexCatalogue(catalogue);
  const results: EnumeratedOutcome[] = [];
  const keyOf = (c: Cursor) =>
    [
      c.node ? ('question' in c.node ? c.node.question : `=${c.node.outcome}`) : '',
      c.pending.map((n) => ('question' in n ? n.question : `=${n.outcome}`)).join(','),
      c.reached.join(','),
      c.flags.join(','),
      JSON.stringify(c.facts),
      // Once an answer has opened several branches, a question already visited is skipped later on.
      c.pending.length > 0 || c.reached.length > 0 ? c.visited.join(',') : '',
    ].join('|');
  for (const pub of PUBLICS) {
    const seen = new Set<string>();
    const visited = new Set<string>();
    const queue: { cursor: Cursor; answers: EnumeratedOutcome['answers'] }[] = [
      { cursor: startCursor(catalogue, pub), answers: [] },
    ];
    while (queue.length > 0) {
      const { cursor, answers } = queue.shift()!;
      if (!cursor.node) {
        let step: ReturnType<typeof stepAt>;
        try {
          step = stepAt(catalogue, pub, cursor, answers.length);
        } catch {
          continue; // reached no outcome (a cycle); the validator reports it
        }
        if (step.type !== 'outcome') continue;
        const key = `${step.outcome.merged.join(',')}|${step.outcome.flags.join(',')}|${JSON.stringify(cursor.facts)}`;
        if (seen.has(key)) continue;
        seen.add(key);
        results.push({ public: pub, answers, outcome: step.outcome });
        continue;
      }
      const key = keyOf(cursor);
      if (visited.has(key) || !('question' in cursor.node)) continue;
      visited.add(key);
      const q = idx.questions.get(cursor.node.question);
      if (!q) continue;
      const offered = optionsFor(q, pub);
      const choices = offered.map((o) => [o.id]);
      const combinable = offered.filter((o) => !o.exclusive).map((o) => o.id);
      if (q.kind === 'multiple' && combinable.length > 1) choices.push(combinable);
      for (const ids of choices) {
        let next: Cursor;
        try {
          next = applyAnswer(catalogue, pub, cursor, q, ids);
        } catch {
          continue; // a path that leads nowhere; the validator reports it
        }
        queue.push({ cursor: next, answers: [...answers, { questionId: q.id, optionIds: ids }] });
      }
    }
  }
  return results;
}
