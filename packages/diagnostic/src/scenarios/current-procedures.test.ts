import { describe, expect, it } from 'vitest';
import { fraudFamily } from '../catalogue/families/fraud.ts';
import { catalogue } from '../catalogue/index.ts';
import { enumerateOutcomes } from '../validate.ts';
import { runScenarios } from './scenario.ts';

const all = enumerateOutcomes(catalogue);
const scamThreats = new Set(fraudFamily.threats.map((t) => t.id));
const ids = (e: (typeof all)[number]) => e.outcome.orientations.map((o) => o.id);

describe('current procedures, on every path', () => {
  it('never sends a minor to THESEE, which needs FranceConnect; a minor gets 3018 and a complaint instead', () => {
    const minors = all.filter((e) => e.outcome.flags.includes('minor'));
    expect(minors.length).toBeGreaterThan(0);
    for (const e of minors) {
      expect(ids(e), e.outcome.id).not.toContain('thesee');
      expect(ids(e), e.outcome.id).toContain('helpline-3018');
    }
    const withheld = new Set(
      catalogue.outcomes.filter((o) => o.orientations.some((r) => r.id === 'thesee')).map((o) => o.id),
    );
    for (const e of minors.filter((m) => withheld.has(m.outcome.id)))
      expect(ids(e), e.outcome.id).toContain('complaint');
  });

  it('shows the victim’s own path wherever a scam outcome shows PHAROS, for every public', () => {
    const missing = all
      .filter((e) => scamThreats.has(e.outcome.threat) && ids(e).includes('pharos'))
      .filter(
        (e) =>
          !ids(e).includes('info-escroqueries') ||
          !(ids(e).includes('thesee') || ids(e).includes('complaint')),
      )
      .map((e) => `${e.public} ${e.outcome.id}: ${ids(e).join(', ')}`);
    expect([...new Set(missing)]).toEqual([]);
  });

  it('tells a business that may not have been asked about its status to alert CERT-FR if it is regulated', () => {
    const conditional = catalogue.outcomes.filter((o) =>
      o.orientations.some((r) => r.id === 'cert-fr' && r.when?.includes('regulated')),
    );
    expect(conditional.length).toBeGreaterThan(0);
    for (const o of conditional) expect(o.advice, o.id).toContain('regulated-entity-cert-fr');
  });

  it('shows CERT-FR to a business only when it is a regulated entity or someone is in danger', () => {
    for (const e of all.filter((x) => x.public === 'business' && ids(x).includes('cert-fr'))) {
      expect(e.outcome.flags.includes('regulated') || e.outcome.flags.includes('danger'), e.outcome.id).toBe(
        true,
      );
    }
  });
});

describe('golden scenarios: current procedures', () => {
  runScenarios([
    {
      story:
        'J’ai 15 ans, j’ai rencontré quelqu’un sur un jeu en ligne et je lui ai envoyé 200 € pour son billet d’avion ; il ne répond plus',
      public: 'individual',
      answers: [
        ['individual-danger', 'no'],
        ['individual-category', 'money'],
        ['fraud-start', 'relation'],
        ['fraud-relation-kind', 'online-relationship'],
        ['fraud-romance-age', 'minor'],
        ['fraud-romance-what', 'paid'],
      ],
      expect: {
        threat: 'romance-scam',
        severity: 'high',
        urgent: false,
        orientations: ['helpline-3018', 'complaint', 'bank', 'france-victimes'],
        advice: ['scam-minor-tell-adult', 'keep-payment-proof'],
      },
    },
    {
      story:
        'I am 16 and someone took over my Instagram account and wants money to give it back; I can still log in',
      public: 'individual',
      answers: [
        ['individual-danger', 'no'],
        ['individual-category', 'account'],
        ['account-start', 'social'],
        ['account-social-age', 'minor'],
        ['account-social-control', 'still-access'],
        ['account-social-misuse-kept', 'ransom'],
      ],
      expect: {
        threat: 'account-takeover',
        severity: 'high',
        urgent: false,
        orientations: ['helpline-3018', 'complaint', 'provider'],
        advice: ['minor-tell-adult', 'keep-evidence'],
      },
    },
    {
      story:
        'Our accounting files were encrypted overnight; encryption has finished, no personal data was on the server, and we are a small firm, not a regulated entity',
      public: 'business',
      answers: [
        ['business-danger', 'no'],
        ['business-category', 'systems'],
        ['org-regulated', 'no'],
        ['org-attack-start', 'encrypted'],
        ['org-ransom-state', 'over'],
        ['org-ransom-data-over', 'no'],
      ],
      expect: {
        threat: 'ransomware',
        severity: 'critical',
        urgent: false,
        orientations: ['police-chat', 'csirt', 'provider', 'complaint'],
        advice: ['never-pay', 'regulated-entity-cert-fr'],
      },
    },
    {
      story:
        'Notre entreprise de distribution d’eau, entité essentielle au sens de NIS 2, a ses serveurs chiffrés ; le chiffrement est terminé',
      public: 'business',
      answers: [
        ['business-danger', 'no'],
        ['business-category', 'systems'],
        ['org-regulated', 'yes'],
        ['org-attack-start', 'encrypted'],
        ['org-ransom-state', 'over'],
        ['org-ransom-data-over', 'no'],
      ],
      expect: {
        threat: 'ransomware',
        severity: 'critical',
        urgent: false,
        orientations: ['police-chat', 'csirt', 'cert-fr', 'provider', 'complaint'],
      },
    },
    {
      story:
        'Un adulte propose à ma fille de 13 ans, rencontrée sur un réseau social, de se voir et lui demande des photos',
      public: 'individual',
      answers: [
        ['individual-danger', 'no'],
        ['individual-category', 'person'],
        ['person-start', 'child-approached'],
        ['person-groom-meeting', 'suggested'],
        ['person-groom-images', 'asked'],
      ],
      expect: {
        threat: 'grooming',
        severity: 'critical',
        urgent: true,
        orientations: ['police-chat', 'helpline-3018', 'helpline-119', 'emergency-17', 'pharos', 'complaint'],
      },
    },
    {
      story: 'Our office manager typed the company’s login details on a fake page shared on a social network',
      public: 'business',
      answers: [
        ['business-danger', 'no'],
        ['business-category', 'message'],
        ['message-start', 'social'],
        ['msg-social-topic', 'link'],
        ['msg-web-action', 'logins'],
      ],
      expect: {
        threat: 'phishing',
        severity: 'high',
        urgent: false,
        orientations: ['complaint', 'info-escroqueries', 'pharos', 'provider', 'csirt'],
      },
    },
    {
      story: 'J’ai payé une « amende » après un faux courriel de convocation de la police',
      public: 'individual',
      answers: [
        ['individual-danger', 'no'],
        ['individual-category', 'message'],
        ['message-start', 'email'],
        ['msg-email-topic', 'summons'],
        ['msg-summons-stage', 'paid'],
      ],
      expect: {
        threat: 'fake-summons',
        severity: 'high',
        urgent: false,
        orientations: ['bank', 'complaint', 'info-escroqueries', 'pharos'],
      },
    },
  ]);
});
