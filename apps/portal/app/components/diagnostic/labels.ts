import type { AdvicePhase, Public, Severity } from '@vigie/diagnostic';
import { format, type Messages } from '#app/i18n/index.ts';
import type { FormProblem } from './types.ts';

type DiagnosticMessages = Messages['diagnostic'];

/** "Particulier", "Entreprise ou association", "Collectivité ou administration". */
export function publicLabel(m: DiagnosticMessages, pub: Public): string {
  const labels: Record<Public, string> = {
    individual: m.publicIndividual,
    business: m.publicBusiness,
    'public-body': m.publicPublicBody,
  };
  return labels[pub];
}

export function publicHint(m: DiagnosticMessages, pub: Public): string {
  const hints: Record<Public, string> = {
    individual: m.publicIndividualHint,
    business: m.publicBusinessHint,
    'public-body': m.publicPublicBodyHint,
  };
  return hints[pub];
}

/** Information / Faible / Élevée / Critique. */
export function severityLabel(m: DiagnosticMessages, severity: Severity): string {
  const labels: Record<Severity, string> = {
    info: m.severityInfo,
    low: m.severityLow,
    high: m.severityHigh,
    critical: m.severityCritical,
  };
  return labels[severity];
}

/** Mettre fin à l’atteinte / Conserver les preuves / Signaler / Se rétablir / Prévenir. */
export function phaseLabel(m: DiagnosticMessages, phase: AdvicePhase): string {
  const labels: Record<AdvicePhase, string> = {
    stop: m.phaseStop,
    evidence: m.phaseEvidence,
    report: m.phaseReport,
    recover: m.phaseRecover,
    prevent: m.phasePrevent,
  };
  return labels[phase];
}

/** The message for a refused form; `optionLabel` names the option an `exclusive` error is about. */
export function problemMessage(
  m: DiagnosticMessages,
  problem: FormProblem,
  context: { multiple?: boolean; optionLabel?: (id: string) => string | undefined } = {},
): string {
  switch (problem.code) {
    case 'required':
      if (problem.field === 'public') return m.errorPublicRequired;
      return context.multiple ? m.errorRequiredMultiple : m.errorRequired;
    case 'exclusive':
      return format(m.errorExclusive, {
        option: context.optionLabel?.(problem.optionId) ?? problem.optionId,
      });
    case 'invalid':
      return m.errorInvalid;
    case 'stale':
      return m.errorStale;
    case 'bad-request':
      return m.errorBadRequest;
  }
}
