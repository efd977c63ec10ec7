import { describe } from 'vitest';
import { runScenarios } from './scenario.ts';

describe('golden scenarios: multiple-choice answers add up', () => {
  runScenarios([
    {
      story:
        'A “bank security” email: I typed my card number on the page, then I also opened the attached “form”.',
      public: 'individual',
      answers: [
        ['individual-danger', 'no'],
        ['individual-category', 'message'],
        ['message-start', 'email'],
        ['msg-email-topic', 'alert'],
        ['msg-email-action', 'card', 'attachment'],
      ],
      expect: {
        threat: 'phishing',
        severity: 'high',
        urgent: false,
        orientations: ['card-opposition', 'bank', 'signal-spam', 'provider'],
        // The card is blocked first, and the malware advice of the attachment is there too.
        advice: ['block-card-now', 'disconnect-device', 'scan-device-antivirus', 'beware-attachments'],
        merged: ['phishing-email-card', 'phishing-email-attachment'],
      },
    },
    {
      story:
        'Un faux technicien Microsoft a pris la main sur mon ordinateur à distance, puis je lui ai payé 299 € par carte pour le « dépannage ».',
      public: 'individual',
      answers: [
        ['individual-danger', 'no'],
        ['individual-category', 'money'],
        ['fraud-start', 'support'],
        ['fraud-support-what', 'remote', 'paid'],
      ],
      expect: {
        threat: 'fake-tech-support',
        severity: 'critical',
        urgent: false,
        orientations: ['provider', 'bank', 'complaint', 'card-opposition', 'info-escroqueries', 'pharos'],
        // Remote access: disconnect and remove the tool; the payment: block the card, keep the proof.
        advice: ['disconnect-device', 'uninstall-remote-tool', 'block-card-now', 'keep-payment-proof'],
        merged: ['fake-support-remote', 'fake-support-paid'],
      },
    },
    {
      story:
        'The man I met on a dating site threatens me and my family, and says he will send our intimate video to my friends unless I pay.',
      public: 'individual',
      answers: [
        ['individual-danger', 'no'],
        ['individual-category', 'money'],
        ['fraud-start', 'relation'],
        ['fraud-relation-kind', 'online-relationship'],
        ['fraud-romance-age', 'adult'],
        ['fraud-romance-what', 'threats', 'blackmail'],
        ['person-sextortion-safety', 'shaken'],
        ['person-sextortion-who', 'stranger'],
        ['person-sextortion-status', 'threats-only'],
      ],
      expect: {
        threat: 'romance-scam',
        severity: 'critical',
        urgent: true,
        orientations: ['emergency-17', 'police-chat', 'complaint', 'france-victimes', 'thesee', 'pharos'],
        // The threats come first (danger), and the sextortion advice is there too.
        advice: [
          'stop-contact',
          'never-pay',
          'sextortion-no-more-images',
          'record-blackmailer-details',
          'stop-ncii',
        ],
        merged: ['romance-scam-threats', 'person-sextortion-threat'],
        // The age was given once, for the dating-site question.
        notAsked: ['person-sextortion-age'],
      },
    },
  ]);
});
