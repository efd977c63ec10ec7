import type { AdvicePhase, Catalogue, Facts, NodeRef, OrientationRef, Question } from './types.ts';
import type { Public, Severity } from './vocabulary.ts';

type PackedRef = string;
type PackedQuestion = Omit<Question<string>, 'options' | 'next' | 'branches'> & {
  options: (Omit<Question<string>['options'][number], 'next'> & { next?: PackedRef })[];
  next?: PackedRef;
  branches?: { when: string[]; next: PackedRef }[];
};

/**
 * A one-language catalogue in a compact wire format for browsers: advice referenced by index,
 * node references as strings (`=id` for an outcome), tuples instead of objects where they repeat.
 * Gzipped, it is about 8% smaller than the plain JSON, which keeps the widget within its budget.
 */
export type PackedCatalogue = {
  format: 1;
  version: string;
  entries: Catalogue<string>['entries'];
  services: Catalogue<string>['services'];
  threats: Catalogue<string>['threats'];
  orientations: Catalogue<string>['orientations'];
  advice: [id: string, phase: AdvicePhase, text: string, publics?: Public[] | 0, facts?: Facts][];
  outcomes: [
    id: string,
    threat: string,
    severity: Severity | 0,
    urgent: 0 | 1,
    advice: number[],
    orientations: (string | OrientationRef)[],
  ][];
  questions: PackedQuestion[];
};

const packRef = (ref: NodeRef): PackedRef => ('question' in ref ? ref.question : `=${ref.outcome}`);
const unpackRef = (ref: PackedRef): NodeRef =>
  ref.startsWith('=') ? { outcome: ref.slice(1) } : { question: ref };

/** Packs a localised catalogue for the wire. */
export function packCatalogue(c: Catalogue<string>): PackedCatalogue {
  const adviceIndex = new Map(c.advice.map((a, i) => [a.id, i]));
  return {
    format: 1,
    version: c.version,
    entries: c.entries,
    services: c.services,
    threats: c.threats,
    orientations: c.orientations,
    advice: c.advice.map((a) =>
      a.facts
        ? [a.id, a.phase, a.text, a.publics ?? 0, a.facts]
        : a.publics
          ? [a.id, a.phase, a.text, a.publics]
          : [a.id, a.phase, a.text],
    ),
    outcomes: c.outcomes.map((o) => [
      o.id,
      o.threat,
      o.severity ?? 0,
      o.urgent ? 1 : 0,
      o.advice.map((id) => {
        const i = adviceIndex.get(id);
        if (i === undefined) throw new Error(`outcome "${o.id}": unknown advice "${id}"`);
        return i;
      }),
      o.orientations.map((r) => (Object.keys(r).length > 1 ? r : r.id)),
    ]),
    questions: c.questions.map((q) => ({
      ...q,
      options: q.options.map((o) => (o.next ? { ...o, next: packRef(o.next) } : { ...o, next: undefined })),
      next: q.next ? packRef(q.next) : undefined,
      branches: q.branches?.map((b) => ({ when: b.when, next: packRef(b.next) })),
    })),
  };
}

/** Restores a packed catalogue; the engine runs on the result. */
export function unpackCatalogue(p: PackedCatalogue): Catalogue<string> {
  if (p.format !== 1) throw new Error(`unknown catalogue format ${String(p.format)}`);
  const advice = p.advice.map(([id, phase, text, publics, facts]) => ({
    id,
    phase,
    text,
    ...(publics ? { publics } : {}),
    ...(facts ? { facts } : {}),
  }));
  return {
    version: p.version,
    entries: p.entries,
    services: p.services,
    threats: p.threats,
    orientations: p.orientations,
    advice,
    outcomes: p.outcomes.map(([id, threat, severity, urgent, adviceIdx, orientations]) => ({
      id,
      threat,
      ...(severity ? { severity } : {}),
      ...(urgent ? { urgent: true } : {}),
      advice: adviceIdx.map((i) => advice[i]!.id),
      orientations: orientations.map((r) => (typeof r === 'string' ? ({ id: r } as OrientationRef) : r)),
    })),
    questions: p.questions.map((q) => {
      const { next, branches, options, ...rest } = q;
      return {
        ...rest,
        options: options.map(({ next: n, ...o }) => (n ? { ...o, next: unpackRef(n) } : o)),
        ...(next ? { next: unpackRef(next) } : {}),
        ...(branches ? { branches: branches.map((b) => ({ when: b.when, next: unpackRef(b.next) })) } : {}),
      };
    }),
  };
}
