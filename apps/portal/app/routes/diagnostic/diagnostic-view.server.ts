import {
  ADVICE_PHASES,
  type AnyCatalogue,
  catalogue as builtInCatalogue,
  currentStep,
  indexCatalogue,
  type Journey,
  type Lang,
  localizeText,
  type Outcome,
  PUBLICS,
  type Text,
} from '@vigie/diagnostic';
import type {
  AnswerView,
  DiagnosticView,
  OrientationView,
  OutcomeView,
} from '#app/components/diagnostic/types.ts';
import { NEW_SEARCH, providerSearchHref } from '#app/components/providers/providers-query.ts';
import {
  type DecodedJourney,
  diagnosticHref,
  journeyFlags,
  truncateJourney,
} from './diagnostic-state.server.ts';

export type { DiagnosticView } from '#app/components/diagnostic/types.ts';

/** Builds the page for a decoded `?parcours=` parameter, in `lang`. */
export function buildDiagnosticView(
  decoded: DecodedJourney,
  lang: Lang,
  catalogue: AnyCatalogue = builtInCatalogue,
): DiagnosticView {
  if (decoded.status === 'missing') return { kind: 'choose-public', publics: PUBLICS };
  if (decoded.status === 'invalid') return { kind: 'invalid', reason: decoded.reason };
  const { journey } = decoded;
  const t = (text: Text) => localizeText(text, lang);
  const backHref = diagnosticHref(
    journey.answers.length > 0 ? truncateJourney(journey, journey.answers.length - 1) : null,
  );
  const step = currentStep(catalogue, journey);
  if (step.type === 'question') {
    return {
      kind: 'question',
      public: journey.public,
      number: step.index + 1,
      danger: journeyFlags(journey, catalogue).has('danger'),
      question: {
        id: step.question.id,
        multiple: step.question.kind === 'multiple',
        text: t(step.question.text),
        ...(step.question.help ? { help: t(step.question.help) } : {}),
      },
      options: step.options.map((option) => ({ id: option.id, label: t(option.label) })),
      selfHref: diagnosticHref(journey),
      backHref,
    };
  }
  return buildOutcomeView(step.outcome, journey, lang, catalogue, backHref);
}

function buildOutcomeView(
  outcome: Outcome,
  journey: Journey,
  lang: Lang,
  catalogue: AnyCatalogue,
  backHref: string,
): OutcomeView {
  const t = (text: Text) => localizeText(text, lang);
  const index = indexCatalogue(catalogue);
  const threat = index.threats.get(outcome.threat);
  const advice = ADVICE_PHASES.map((phase) => ({
    phase,
    items: outcome.advice.flatMap((adviceId) => {
      const item = index.advice.get(adviceId);
      return item?.phase === phase ? [{ id: item.id, text: t(item.text) }] : [];
    }),
  })).filter((group) => group.items.length > 0);
  let providerFilters: OutcomeView['providerFilters'] = null;
  const orientations = outcome.orientations.flatMap((ref): OrientationView[] => {
    const def = catalogue.orientations.find((o) => o.id === ref.id);
    if (!def) return [];
    const internal = def.url?.startsWith('/') && !def.url.startsWith('//');
    const view: OrientationView = {
      id: def.id,
      name: t(def.name),
      description: t(def.description),
      hours: t(def.hours),
      ...(def.phone ? { phone: def.phone } : {}),
      ...(def.sms ? { sms: def.sms } : {}),
      ...(def.url && !internal ? { url: def.url } : {}),
      ...(def.url && internal ? { href: def.url } : {}),
    };
    // The directory, filtered for this outcome: the place is for the visitor to give. The first
    // service is the threat's main one; the API would require every service listed at once.
    if (ref.id === 'provider') {
      const services = ref.services?.slice(0, 1) ?? [];
      const pub = ref.public ?? journey.public;
      view.href = providerSearchHref(NEW_SEARCH, { services, public: pub });
      providerFilters = {
        services,
        public: pub,
        serviceNames: services.map((id) => {
          const service = catalogue.services.find((s) => s.id === id);
          return service ? t(service.name) : id;
        }),
      };
    }
    return [view];
  });
  return {
    kind: 'outcome',
    public: journey.public,
    outcomeId: outcome.id,
    danger: outcome.flags.includes('danger'),
    threat: {
      id: outcome.threat,
      name: threat ? t(threat.name) : outcome.threat,
      description: threat ? t(threat.description) : '',
    },
    severity: outcome.severity,
    urgent: outcome.urgent,
    advice,
    orientations,
    answers: journey.answers.map((answer, position): AnswerView => {
      const question = index.questions.get(answer.questionId);
      return {
        questionId: answer.questionId,
        question: question ? t(question.text) : answer.questionId,
        options: answer.optionIds.map((optionId) => {
          const option = question?.options.find((o) => o.id === optionId);
          return option ? t(option.label) : optionId;
        }),
        editHref: diagnosticHref(truncateJourney(journey, position)),
      };
    }),
    backHref,
    selfHref: diagnosticHref(journey),
    providerFilters,
  };
}
