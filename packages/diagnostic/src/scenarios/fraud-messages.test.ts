import { describe } from 'vitest';
import { runScenarios } from './scenario.ts';

describe('golden scenarios: suspicious messages', () => {
  runScenarios([
    // Suspicious messages.
    {
      story:
        'A text message said my parcel was held at the depot for unpaid fees; I clicked and typed my card number',
      public: 'individual',
      answers: [
        ['individual-danger', 'no'],
        ['individual-category', 'message'],
        ['message-start', 'sms'],
        ['msg-sms-topic', 'alert'],
        ['msg-sms-action', 'card'],
      ],
      expect: {
        threat: 'phishing',
        severity: 'high',
        urgent: false,
        orientations: ['card-opposition', 'bank', 'spam-33700'],
        advice: ['block-card-now', 'keep-original-message'],
      },
    },
    {
      story:
        'Un agent de la mairie a reçu un SMS « Ameli » pour renouveler sa carte Vitale ; il a cliqué mais n’a rien saisi',
      public: 'public-body',
      answers: [
        ['public-body-danger', 'no'],
        ['public-body-category', 'message'],
        ['message-start', 'sms'],
        ['msg-sms-topic', 'alert'],
        ['msg-sms-action', 'clicked'],
      ],
      expect: {
        threat: 'phishing',
        severity: 'low',
        urgent: false,
        orientations: ['spam-33700'],
        advice: ['close-fake-page'],
      },
    },
    {
      story:
        'Our accountant got an email saying the Microsoft 365 mailbox was full, clicked and typed her login and password',
      public: 'business',
      answers: [
        ['business-danger', 'no'],
        ['business-category', 'message'],
        ['message-start', 'email'],
        ['msg-email-topic', 'alert'],
        ['msg-email-action', 'logins', 'clicked'],
      ],
      expect: {
        threat: 'phishing',
        severity: 'high',
        urgent: false,
        orientations: [
          'signal-spam',
          'provider',
          'csirt',
          'cnil',
          'complaint',
          'info-escroqueries',
          'pharos',
        ],
        advice: ['tell-it-team', 'change-passwords', 'assess-data-breach', 'reset-work-credentials'],
      },
    },
    {
      story:
        'J’ai reçu un courriel de la « gendarmerie » m’accusant de pédopornographie et me demandant de répondre sous 72 heures ; je n’ai rien fait',
      public: 'individual',
      answers: [
        ['individual-danger', 'no'],
        ['individual-category', 'message'],
        ['message-start', 'email'],
        ['msg-email-topic', 'summons'],
        ['msg-summons-stage', 'nothing'],
      ],
      expect: {
        threat: 'fake-summons',
        severity: 'low',
        urgent: false,
        orientations: ['thesee', 'info-escroqueries', 'pharos', 'signal-spam'],
        advice: ['dont-answer-summons'],
      },
    },
    {
      story:
        'My daughter texted me from a new number saying her phone broke and she needed €850 for a bill; I sent it',
      public: 'individual',
      answers: [
        ['individual-danger', 'no'],
        ['individual-category', 'message'],
        ['message-start', 'sms'],
        ['msg-sms-topic', 'relative'],
        ['fraud-relative-paid', 'paid'],
      ],
      expect: {
        threat: 'fake-relative',
        severity: 'high',
        urgent: false,
        orientations: ['bank', 'complaint', 'spam-33700'],
        advice: ['recall-transfer', 'check-relative-other-channel'],
      },
    },
    {
      story:
        'On m’a envoyé un SMS sur mon CPF et depuis, 1 400 € de droits ont servi à une formation que je n’ai jamais demandée',
      public: 'individual',
      answers: [
        ['individual-danger', 'no'],
        ['individual-category', 'message'],
        ['message-start', 'sms'],
        ['msg-sms-topic', 'cpf'],
        ['msg-cpf-what', 'used'],
      ],
      expect: {
        threat: 'cpf-scam',
        severity: 'high',
        urgent: false,
        orientations: ['complaint', 'info-escroqueries'],
        advice: ['cancel-cpf-training', 'report-cpf-fraud'],
      },
    },
    {
      story: 'I keep getting one-ring calls from a foreign number that hangs up before I can answer',
      public: 'individual',
      answers: [
        ['individual-danger', 'no'],
        ['individual-category', 'message'],
        ['message-start', 'call'],
        ['msg-call-topic', 'ping'],
      ],
      expect: {
        threat: 'spam',
        severity: 'low',
        urgent: false,
        orientations: ['spam-33700'],
        advice: ['dont-call-back-unknown'],
      },
    },
    {
      story:
        'A window froze my browser saying my computer was infected and to call Microsoft; I did not call, I only saw it',
      public: 'individual',
      answers: [
        ['individual-danger', 'no'],
        ['individual-category', 'message'],
        ['message-start', 'web'],
        ['msg-web-topic', 'popup'],
        ['fraud-support-what', 'screen-only'],
      ],
      expect: {
        threat: 'fake-tech-support',
        severity: 'low',
        urgent: false,
        orientations: ['thesee', 'info-escroqueries', 'pharos'],
        advice: ['dont-call-popup-number', 'close-fake-page'],
      },
    },
  ]);
});
