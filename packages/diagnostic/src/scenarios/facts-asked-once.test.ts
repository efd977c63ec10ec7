import { describe, expect, it } from 'vitest';
import { catalogue } from '../catalogue/index.ts';
import { outcomeOf } from '../engine.ts';
import { deserializeJourney } from '../journey-codec.ts';
import { runScenarios } from './scenario.ts';

describe('golden scenarios: a thing is asked once, and the journey speaks to the person answering', () => {
  runScenarios([
    {
      story:
        'Ma fille de 14 ans reçoit des menaces de mort d’un compte anonyme sur Instagram ; c’est moi, sa mère, qui remplis le diagnostic.',
      public: 'individual',
      answers: [
        ['individual-danger', 'no'],
        ['individual-category', 'person'],
        ['person-start', 'threats'],
        ['person-threat-imminent', 'vague'],
        ['person-threat-age', 'minor-child'],
        ['person-threat-who', 'unknown'],
      ],
      expect: {
        threat: 'online-threats',
        severity: 'high',
        urgent: true,
        orientations: ['police-chat', 'helpline-3018', 'complaint', 'pharos', 'france-victimes'],
        asked: { 'person-threat-who': 'Qui menace votre enfant ?' },
        // Advice meant for a young person answering alone is not given to their parent.
        withoutAdvice: ['tell-trusted-adult'],
      },
    },
    {
      story: 'I am 15 and people from my class keep mocking me in a group chat; I am filling this in myself.',
      public: 'individual',
      answers: [
        ['individual-danger', 'no'],
        ['individual-category', 'person'],
        ['person-start', 'harassment'],
        ['person-harass-age', 'minor-self'],
        ['person-harass-minor-distress', 'shaken'],
        ['person-harass-minor-who', 'peers'],
      ],
      expect: {
        threat: 'cyberbullying',
        severity: 'high',
        urgent: false,
        orientations: ['helpline-3018', 'complaint', 'france-victimes'],
        asked: { 'person-harass-minor-distress': 'Comment vivez-vous la situation ?' },
        advice: ['tell-trusted-adult', 'tell-school'],
        withoutAdvice: ['minor-not-your-fault'],
      },
    },
    {
      story:
        'J’ai 16 ans, un garçon rencontré sur un jeu en ligne menace de publier mes photos intimes si je ne lui envoie pas d’argent.',
      public: 'individual',
      answers: [
        ['individual-danger', 'no'],
        ['individual-category', 'money'],
        ['fraud-start', 'relation'],
        ['fraud-relation-kind', 'online-relationship'],
        ['fraud-romance-age', 'minor'],
        ['fraud-romance-what', 'blackmail'],
        ['person-sextortion-safety', 'shaken'],
      ],
      expect: {
        // Under 18 once is under 18 to the end: the minor's outcome, never the adult's.
        threat: 'sextortion',
        severity: 'critical',
        urgent: true,
        orientations: ['police-chat', 'helpline-3018', 'pharos', 'complaint'],
        asked: { 'person-sextortion-safety': 'Comment vivez-vous la situation ?' },
        advice: ['tell-trusted-adult', 'take-it-down'],
        notAsked: ['person-sextortion-age'],
        merged: ['person-sextortion-minor'],
      },
    },
    {
      story:
        'Someone made a fake Instagram account with my 13-year-old son’s photos and posts things to humiliate him; I am his father.',
      public: 'individual',
      answers: [
        ['individual-danger', 'no'],
        ['individual-category', 'person'],
        ['person-start', 'fake-profile'],
        ['person-fake-age', 'minor-child'],
        ['person-fake-use', 'harm'],
      ],
      expect: {
        threat: 'fake-profile',
        severity: 'low',
        urgent: false,
        orientations: ['helpline-3018', 'complaint', 'cnil'],
        asked: { 'person-fake-use': 'À quoi sert ce faux profil au nom de votre enfant ?' },
      },
    },
    {
      story: 'Mon ex m’envoie des menaces de mort et il est devant chez moi en ce moment.',
      public: 'individual',
      answers: [
        ['individual-danger', 'yes'],
        ['individual-category', 'person'],
        ['person-start', 'threats'],
        ['person-threat-age', 'adult'],
        ['person-threat-who', 'partner'],
      ],
      expect: {
        threat: 'online-threats',
        severity: 'critical',
        urgent: true,
        orientations: ['emergency-17', 'police-chat', 'complaint', 'france-victimes'],
        // Danger now was said at the start: "is the threat specific?" is not asked again.
        notAsked: ['person-threat-imminent'],
        advice: ['partner-violence-3919'],
      },
    },
    {
      story:
        'Nos serveurs sont chiffrés depuis ce matin et nous ne savons pas encore si les fichiers clients ont été copiés.',
      public: 'business',
      answers: [
        ['business-danger', 'no'],
        ['business-category', 'systems'],
        ['org-regulated', 'no'],
        ['org-attack-start', 'encrypted'],
        ['org-ransom-state', 'ongoing'],
        ['org-ransom-data-ongoing', 'unknown'],
      ],
      expect: {
        threat: 'ransomware',
        severity: 'critical',
        urgent: true,
        orientations: ['police-chat', 'csirt', 'provider', 'cnil', 'complaint'],
        // "Not known yet" stays unknown: check, and notify if it is; never "personal data is affected".
        advice: ['cnil-72h-check'],
        withoutAdvice: ['cnil-72h-notify', 'inform-affected-people'],
      },
    },
  ]);
});

describe('journeys saved with catalogue 1.0.0', () => {
  const saved = (firstAge: string) =>
    JSON.stringify({
      v: '1.0.0',
      p: 'individual',
      a: [
        ['individual-danger', 'no'],
        ['individual-category', 'money'],
        ['fraud-start', 'relation'],
        ['fraud-relation-kind', 'online-relationship'],
        ['fraud-romance-age', firstAge],
        ['fraud-romance-what', 'blackmail'],
        ['person-sextortion-safety', 'shaken'],
        // Asked a second time in 1.0.0.
        ['person-sextortion-age', 'adult'],
        ['person-sextortion-who', 'stranger'],
        ['person-sextortion-status', 'threats-only'],
      ],
    });

  it('still replay when they hold the answer to a question now answered from known facts', () => {
    const journey = deserializeJourney(saved('adult'), catalogue);
    expect(journey.catalogueVersion).toBe(catalogue.version);
    expect(outcomeOf(catalogue, journey)?.id).toBe('person-sextortion-threat');
  });

  it('are refused as incompatible when that answer contradicted the first one', () => {
    // "Under 18" then "adult": now the journey ends on the minor's outcome before "who".
    expect(() => deserializeJourney(saved('minor'), catalogue)).toThrow(
      expect.objectContaining({ code: 'incompatible' }),
    );
  });
});
