import { describe } from 'vitest';
import { runScenarios } from './scenario.ts';

describe('golden scenarios: devices', () => {
  runScenarios([
    {
      story:
        'All my photos on my laptop now end in “.locked” and a note asks for 0.05 bitcoin; I have not paid',
      public: 'individual',
      answers: [
        ['individual-danger', 'no'],
        ['individual-category', 'device'],
        ['device-start', 'computer'],
        ['device-computer-symptom', 'files-locked'],
        ['device-ransom-paid', 'not-paid'],
      ],
      expect: {
        threat: 'ransomware',
        severity: 'high',
        urgent: false,
        orientations: ['thesee', 'provider'],
        advice: ['disconnect-device', 'never-pay', 'ransom-nomoreransom'],
      },
    },
    {
      story:
        'Mes fichiers ont été chiffrés ; j’ai payé la rançon de 400 € en cryptomonnaie et je n’ai toujours pas la clé',
      public: 'individual',
      answers: [
        ['individual-danger', 'no'],
        ['individual-category', 'device'],
        ['device-start', 'computer'],
        ['device-computer-symptom', 'files-locked'],
        ['device-ransom-paid', 'paid'],
      ],
      expect: {
        threat: 'ransomware',
        severity: 'high',
        urgent: false,
        orientations: ['thesee', 'bank', 'provider'],
        advice: ['ransom-paid-expect-more', 'keep-payment-proof', 'never-pay'],
      },
    },
    {
      story:
        'Un écran « Microsoft » a bloqué mon ordinateur ; j’ai appelé le numéro, le technicien a pris la main avec AnyDesk et ensuite 2 000 € sont partis de mon compte',
      public: 'individual',
      answers: [
        ['individual-danger', 'no'],
        ['individual-category', 'device'],
        ['device-start', 'computer'],
        ['device-computer-symptom', 'fake-alert'],
        ['device-alert-called', 'called-remote'],
        ['device-remote-paid', 'bank-ops'],
      ],
      expect: {
        threat: 'unauthorised-remote-access',
        severity: 'critical',
        urgent: false,
        orientations: ['bank', 'complaint', 'info-escroqueries', 'provider'],
        advice: ['remote-uninstall-tool', 'remote-secure-bank', 'bank-dispute-unauthorised'],
      },
    },
    {
      story:
        'A fake police warning locked my browser and told me to call a number to pay a fine; I did not call',
      public: 'individual',
      answers: [
        ['individual-danger', 'no'],
        ['individual-category', 'device'],
        ['device-start', 'computer'],
        ['device-computer-symptom', 'fake-alert'],
        ['device-alert-called', 'not-called'],
      ],
      expect: {
        threat: 'fake-virus-alert',
        severity: 'low',
        urgent: false,
        orientations: ['pharos', 'provider'],
        advice: ['fake-alert-force-close', 'no-real-support-calls'],
      },
    },
    {
      story:
        'My computer’s fan roars even when I do nothing and it has become very slow since I installed a free video converter',
      public: 'individual',
      answers: [
        ['individual-danger', 'no'],
        ['individual-category', 'device'],
        ['device-start', 'computer'],
        ['device-computer-symptom', 'odd'],
        ['device-malware-signs', 'cpu'],
      ],
      expect: {
        threat: 'cryptojacking',
        severity: 'low',
        urgent: false,
        orientations: ['provider'],
        advice: ['cryptojacking-task-manager', 'remove-unknown-apps'],
      },
    },
    {
      story:
        'Une voix inconnue me parle par la caméra du salon et la serrure connectée s’ouvre seule la nuit : j’ai peur',
      public: 'individual',
      answers: [
        ['individual-danger', 'no'],
        ['individual-category', 'device'],
        ['device-start', 'iot'],
        ['device-iot-what', 'threat-home'],
      ],
      expect: {
        threat: 'iot-hacking',
        severity: 'critical',
        urgent: true,
        orientations: ['emergency-17', 'police-chat', 'complaint', 'france-victimes', 'provider'],
        advice: ['iot-threat-leave', 'keep-evidence'],
      },
    },
    {
      story:
        'On m’a volé mon téléphone dans le métro ; il n’avait pas de code et mes applications bancaires y étaient ouvertes',
      public: 'individual',
      answers: [
        ['individual-danger', 'no'],
        ['individual-category', 'device'],
        ['device-start', 'lost'],
        ['device-lost-what', 'stolen'],
        ['device-stolen-lock', 'open'],
      ],
      expect: {
        threat: 'lost-stolen-device',
        severity: 'critical',
        urgent: false,
        orientations: ['bank', 'complaint', 'provider'],
        advice: [
          'bank-mobile-payment',
          'line-suspend-imei',
          'device-unlocked-passwords',
          'stolen-complaint-receipt',
        ],
      },
    },
  ]);
});
