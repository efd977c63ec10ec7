import {
  ADVICE_PHASES,
  answer,
  catalogue,
  current,
  indexCatalogue,
  type Journey,
  start,
} from '@vigie/diagnostic';
import { fixtureCatalogue } from '@vigie/diagnostic/testing';
import { describe, expect, it } from 'vitest';
import type { OutcomeView, QuestionView } from '#app/components/diagnostic/types.ts';
import { NEW_SEARCH, providerSearchHref } from '#app/components/providers/providers-query.ts';
import { decodeJourneyParam, JOURNEY_PARAM } from './diagnostic-state.server.ts';
import { buildDiagnosticView } from './diagnostic-view.server.ts';

const ok = (journey: Journey) => ({ status: 'ok' as const, journey });

/** The journey a link of the page leads to. */
function journeyOf(href: string): Journey | null {
  const url = new URL(href, 'http://portal.test');
  const decoded = decodeJourneyParam(url.searchParams.get(JOURNEY_PARAM), fixtureCatalogue());
  return decoded.status === 'ok' ? decoded.journey : null;
}

function questionView(journey: Journey, lang: 'fr' | 'en' = 'fr'): QuestionView {
  const view = buildDiagnosticView(ok(journey), lang, fixtureCatalogue());
  if (view.kind !== 'question') throw new Error(`expected a question, got ${view.kind}`);
  return view;
}

function outcomeView(journey: Journey, lang: 'fr' | 'en' = 'fr', on = fixtureCatalogue()): OutcomeView {
  const view = buildDiagnosticView(ok(journey), lang, on);
  if (view.kind !== 'outcome') throw new Error(`expected an outcome, got ${view.kind}`);
  return view;
}

const atStart: Journey = { catalogueVersion: '1.0.0', public: 'individual', answers: [] };
const afterNo: Journey = { ...atStart, answers: [{ questionId: 'start', optionIds: ['no'] }] };
const afterYes: Journey = { ...atStart, answers: [{ questionId: 'start', optionIds: ['yes'] }] };
const mail = { questionId: 'what', optionIds: ['mail'] };
const afterMail: Journey = { ...afterNo, answers: [...afterNo.answers, mail] };
const phished: Journey = {
  ...afterMail,
  public: 'business',
  answers: [...afterMail.answers, { questionId: 'stakes', optionIds: ['money'] }],
};

describe('buildDiagnosticView', () => {
  it('offers the three publics without a journey, and explains a broken one', () => {
    expect(buildDiagnosticView({ status: 'missing' }, 'fr')).toEqual({
      kind: 'choose-public',
      publics: ['individual', 'business', 'public-body'],
    });
    expect(buildDiagnosticView({ status: 'invalid', reason: 'incompatible' }, 'fr')).toEqual({
      kind: 'invalid',
      reason: 'incompatible',
    });
  });

  it('shows the first question in the chosen language, going back to the choice of public', () => {
    const fr = questionView(atStart);
    expect(fr).toMatchObject({
      number: 1,
      danger: false,
      public: 'individual',
      question: {
        id: 'start',
        multiple: false,
        text: 'Danger\u202f? (fr)',
        help: 'For example a threat (fr)',
      },
      options: [
        { id: 'yes', label: 'yes (fr)' },
        { id: 'no', label: 'no (fr)' },
      ],
      backHref: '/diagnostic',
    });
    expect(journeyOf(fr.selfHref)).toEqual(atStart);
    expect(questionView(atStart, 'en').question.text).toBe('Danger?');
  });

  it('numbers the next question, goes back one question, and warns once danger was said', () => {
    const view = questionView(afterYes);
    expect(view).toMatchObject({ number: 2, danger: true, question: { id: 'what', multiple: false } });
    expect(journeyOf(view.backHref)).toEqual(atStart);
    const stakes = questionView({ ...afterYes, answers: [...afterYes.answers, mail] });
    expect(stakes).toMatchObject({ number: 3, danger: true, question: { id: 'stakes', multiple: true } });
    expect(journeyOf(stakes.backHref)).toEqual(afterYes);
    expect(questionView(afterNo).danger).toBe(false);
    expect(questionView(afterMail).danger).toBe(false);
  });

  it('offers only the options meant for the public', () => {
    expect(questionView(afterMail).options.map((o) => o.id)).toEqual(['money', 'young', 'nothing']);
    expect(questionView({ ...afterMail, public: 'business' }).options.map((o) => o.id)).toEqual([
      'money',
      'nothing',
    ]);
  });

  it('groups the advice by phase, in phase order, keeping the authored order within a phase', () => {
    const view = outcomeView(phished);
    expect(view.advice).toEqual([
      {
        phase: 'stop',
        items: [
          { id: 'stop-a', text: 'stop (fr)' },
          { id: 'stop-b', text: 'stop again (fr)' },
        ],
      },
      { phase: 'evidence', items: [{ id: 'evidence-a', text: 'evidence (fr)' }] },
      { phase: 'report', items: [{ id: 'report-a', text: 'report (fr)' }] },
      { phase: 'recover', items: [{ id: 'biz-only', text: 'business only (fr)' }] },
      { phase: 'prevent', items: [{ id: 'prevent-a', text: 'prevent (fr)' }] },
    ]);
  });

  it('describes the threat and its severity, and lists the answers with a link back to each', () => {
    const view = outcomeView(phished, 'en');
    expect(view).toMatchObject({
      outcomeId: 'phish',
      threat: { id: 'phishing', name: 'Phishing', description: 'A fake message' },
      severity: 'low',
      urgent: false,
      danger: false,
    });
    expect(view.answers.map(({ question, options }) => ({ question, options }))).toEqual([
      { question: 'Danger?', options: ['no'] },
      { question: 'What?', options: ['mail'] },
      { question: 'Stakes?', options: ['money'] },
    ]);
    expect(view.answers.map((a) => journeyOf(a.editHref)?.answers.length)).toEqual([0, 1, 2]);
    expect(journeyOf(view.backHref)).toEqual({ ...afterMail, public: 'business' });
  });

  it('gives orientations their contact details and the provider search for the first service', () => {
    const view = outcomeView(phished);
    expect(view.orientations.map((o) => o.id)).toEqual(['signal-spam', 'provider']);
    const signalSpam = catalogue.orientations.find((o) => o.id === 'signal-spam')!;
    expect(view.orientations[0]).toMatchObject({ name: signalSpam.name.fr, hours: signalSpam.hours.fr });
    expect(view.orientations[0]?.url).toBe(signalSpam.url);
    // The directory is a page of this site, not an external website.
    expect(view.orientations[1]).toMatchObject({
      href: '/prestataires?public=business&service=account-recovery',
    });
    expect(view.orientations[1]?.url).toBeUndefined();
    // The same filters drive the provider search on the outcome page itself.
    expect(view.providerFilters).toEqual({
      services: ['account-recovery'],
      public: 'business',
      serviceNames: [catalogue.services.find((s) => s.id === 'account-recovery')!.name.fr],
    });
    expect(journeyOf(view.selfHref)).toEqual(phished);
  });

  it('gives no provider filters to an outcome that sends nobody to a provider', () => {
    const fixture = fixtureCatalogue();
    const outcome = fixture.outcomes.find((o) => o.orientations.some((r) => r.id === 'provider'))!;
    outcome.orientations = outcome.orientations.filter((r) => r.id !== 'provider');
    const view = outcomeView(phished, 'fr', fixture);
    expect(view.orientations.map((o) => o.id)).not.toContain('provider');
    expect(view.providerFilters).toBeNull();
  });

  it('makes an outcome reached after a danger answer critical, urgent, with the emergency number first', () => {
    const view = outcomeView({
      ...afterYes,
      answers: [...afterYes.answers, mail, { questionId: 'stakes', optionIds: ['nothing'] }],
    });
    expect(view).toMatchObject({ danger: true, urgent: true, severity: 'critical' });
    expect(view.orientations.map((o) => o.id).slice(0, 2)).toEqual(['emergency-17', 'police-chat']);
    expect(view.orientations[0]).toMatchObject({ phone: '17', sms: '114' });
  });

  it('ends "none of these" on the built-in catalogue on the general outcome, with the police chat', () => {
    let journey = start('individual');
    const first = current(journey);
    if (first.type !== 'question') throw new Error('no first question');
    journey = answer(journey, first.question.id, [
      first.options.find((o) => !o.flags?.includes('danger'))!.id,
    ]);
    const category = current(journey);
    if (category.type !== 'question') throw new Error('no category question');
    journey = answer(journey, category.question.id, ['none']);

    const view = outcomeView(journey, 'fr', catalogue);
    expect(view.threat.name).toBe('Situation non identifiée');
    expect(view.orientations.map((o) => o.id)).toContain('police-chat');
    const phases = view.advice.map((group) => ADVICE_PHASES.indexOf(group.phase));
    expect(phases).toEqual([...phases].sort((a, b) => a - b));
    const threat = indexCatalogue(catalogue).threats.get(view.threat.id)!;
    expect(view.orientations.find((o) => o.id === 'provider')?.href).toBe(
      providerSearchHref(NEW_SEARCH, { services: threat.services.slice(0, 1), public: 'individual' }),
    );
  });
});
