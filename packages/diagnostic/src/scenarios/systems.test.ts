import { describe } from 'vitest';
import { runScenarios } from './scenario.ts';

describe('golden scenarios: accounts', () => {
  runScenarios([
    {
      story:
        'Mon adresse Gmail a été piratée : le mot de passe a changé et mes amis ont reçu un message « en mon nom » leur demandant 500 € par coupons PCS',
      public: 'individual',
      answers: [
        ['individual-danger', 'no'],
        ['individual-category', 'account'],
        ['account-start', 'email'],
        ['account-email-control', 'locked-out'],
        ['account-email-misuse-lost', 'asked-money', 'settings'],
      ],
      expect: {
        threat: 'account-takeover',
        severity: 'high',
        urgent: false,
        orientations: ['thesee', 'provider'],
        advice: ['account-official-recovery', 'warn-contacts', 'contacts-who-paid', 'email-check-rules'],
      },
    },
    {
      story:
        'Our accountant can still log in to her Microsoft 365 mailbox, but from it someone sent three customers an invoice with new bank details',
      public: 'business',
      answers: [
        ['business-danger', 'no'],
        ['business-category', 'account'],
        ['account-start', 'email'],
        ['account-email-control', 'still-access'],
        ['account-email-misuse-kept', 'fake-invoices', 'settings'],
      ],
      expect: {
        threat: 'business-email-compromise',
        severity: 'critical',
        urgent: false,
        orientations: ['complaint', 'csirt', 'cnil', 'provider'],
        advice: [
          'bec-reset-all-sessions',
          'bec-client-recall',
          'bec-audit-mailbox',
          'complaint-72h-insurance',
        ],
      },
    },
    {
      story:
        'J’ai 14 ans, on m’a volé mon compte Instagram : je ne peux plus me connecter et le pirate publie des stories avec ma photo',
      public: 'individual',
      answers: [
        ['individual-danger', 'no'],
        ['individual-category', 'account'],
        ['account-start', 'social'],
        ['account-social-age', 'minor'],
        ['account-social-control', 'locked-out'],
        ['account-social-misuse-lost', 'posts'],
      ],
      expect: {
        threat: 'account-takeover',
        severity: 'high',
        urgent: false,
        orientations: ['helpline-3018', 'provider', 'complaint'],
        advice: ['social-hacked-form', 'minor-tell-adult'],
      },
    },
    {
      story:
        'Someone hacked my Facebook account and now threatens to send my private photos to my family unless I pay him',
      public: 'individual',
      answers: [
        ['individual-danger', 'no'],
        ['individual-category', 'account'],
        ['account-start', 'social'],
        ['account-social-age', 'adult'],
        ['account-social-control', 'still-access'],
        ['account-social-misuse-kept', 'blackmail'],
      ],
      expect: {
        threat: 'account-takeover',
        severity: 'critical',
        urgent: true,
        orientations: ['police-chat', 'thesee', 'complaint', 'france-victimes'],
        advice: ['never-pay', 'no-negotiation', 'keep-evidence'],
      },
    },
    {
      story:
        'La page Facebook de notre mairie a été piratée ; le pirate nous écrit qu’il la rendra contre 300 € en bitcoins',
      public: 'public-body',
      answers: [
        ['public-body-danger', 'no'],
        ['public-body-category', 'account'],
        ['account-start', 'social-org'],
        ['account-social-control', 'locked-out'],
        ['account-social-misuse-lost', 'ransom'],
      ],
      expect: {
        threat: 'account-takeover',
        severity: 'high',
        urgent: false,
        orientations: ['complaint', 'provider'],
        advice: ['never-pay', 'org-admin-reset', 'social-org-admins'],
      },
    },
    {
      story:
        'A “friend” asked me on WhatsApp for a six-digit code she had sent me by mistake; I sent it, I was logged out, and now my groups are being asked for money',
      public: 'individual',
      answers: [
        ['individual-danger', 'no'],
        ['individual-category', 'account'],
        ['account-start', 'messaging'],
        ['account-messaging-control', 'locked-out'],
        ['account-messaging-misuse', 'asks-money', 'asks-codes'],
      ],
      expect: {
        threat: 'messaging-account-hijack',
        severity: 'high',
        urgent: false,
        orientations: ['thesee', 'provider'],
        advice: ['messaging-reregister', 'messaging-warn-groups', 'messaging-two-step'],
      },
    },
    {
      story:
        'Mon téléphone n’a plus de réseau depuis ce matin et ma banque m’envoie des alertes de virements que je n’ai pas faits',
      public: 'individual',
      answers: [
        ['individual-danger', 'no'],
        ['individual-category', 'account'],
        ['account-start', 'phone-line'],
        ['account-sim-what', 'ops'],
      ],
      expect: {
        threat: 'sim-swap',
        severity: 'critical',
        urgent: false,
        orientations: ['bank', 'complaint', 'provider'],
        advice: ['sim-call-operator', 'sim-bank-now', 'bank-dispute-unauthorised'],
      },
    },
    {
      story:
        'J’ai 13 ans et on m’a volé mon compte Fortnite après que j’ai donné mes identifiants à quelqu’un qui promettait des V-Bucks gratuits',
      public: 'individual',
      answers: [
        ['individual-danger', 'no'],
        ['individual-category', 'account'],
        ['account-start', 'other'],
        ['account-other-what', 'game'],
        ['account-game-age', 'minor'],
      ],
      expect: {
        threat: 'account-takeover',
        severity: 'low',
        urgent: false,
        orientations: ['helpline-3018', 'provider', 'complaint'],
        advice: ['account-official-recovery', 'game-no-trade', 'minor-tell-adult'],
      },
    },
  ]);
});

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

describe('golden scenarios: attacks on organisations', () => {
  runScenarios([
    {
      story:
        'This morning our file server shows encrypted files spreading to every share, a ransom note mentions stolen customer files',
      public: 'business',
      answers: [
        ['business-danger', 'no'],
        ['business-category', 'systems'],
        ['org-attack-start', 'encrypted'],
        ['org-ransom-state', 'ongoing'],
        ['org-ransom-data-ongoing', 'yes'],
      ],
      expect: {
        threat: 'ransomware',
        severity: 'critical',
        urgent: true,
        orientations: ['police-chat', 'csirt', 'cert-fr', 'provider', 'cnil', 'complaint'],
        advice: [
          'isolate-affected-systems',
          'protect-backups',
          'never-pay',
          'cnil-72h-notify',
          'complaint-72h-insurance',
        ],
      },
    },
    {
      story:
        'Les serveurs de notre communauté de communes ont été chiffrés cette nuit ; le chiffrement est terminé et aucune donnée personnelle n’y était',
      public: 'public-body',
      answers: [
        ['public-body-danger', 'no'],
        ['public-body-category', 'systems'],
        ['org-attack-start', 'encrypted'],
        ['org-ransom-state', 'over'],
        ['org-ransom-data-over', 'no'],
      ],
      expect: {
        threat: 'ransomware',
        severity: 'critical',
        urgent: false,
        orientations: ['cert-fr', 'csirt', 'provider', 'complaint'],
        advice: ['public-service-continuity', 'rebuild-clean', 'never-pay'],
      },
    },
    {
      story:
        'Le rançongiciel a arrêté les systèmes de notre centre hospitalier et des patients en réanimation sont concernés',
      public: 'public-body',
      answers: [
        ['public-body-danger', 'yes'],
        ['public-body-category', 'systems'],
        ['org-attack-start', 'encrypted'],
        ['org-ransom-state', 'ongoing'],
        ['org-ransom-data-ongoing', 'unknown'],
      ],
      expect: {
        threat: 'ransomware',
        severity: 'critical',
        urgent: true,
        orientations: ['emergency-17', 'police-chat', 'cert-fr', 'csirt', 'provider', 'cnil', 'complaint'],
      },
    },
    {
      story:
        'We already paid the ransom to get our accounting back; the hackers had also copied our payroll files',
      public: 'business',
      answers: [
        ['business-danger', 'no'],
        ['business-category', 'systems'],
        ['org-attack-start', 'encrypted'],
        ['org-ransom-state', 'paid'],
        ['org-ransom-data-paid', 'yes'],
      ],
      expect: {
        threat: 'ransomware',
        severity: 'critical',
        urgent: false,
        orientations: ['csirt', 'cert-fr', 'provider', 'cnil', 'complaint'],
        advice: ['ransom-paid-org', 'keep-payment-proof', 'cnil-72h-notify'],
      },
    },
    {
      story:
        'Notre service informatique voit un compte administrateur créé hier soir qui se connecte encore en ce moment depuis l’étranger',
      public: 'public-body',
      answers: [
        ['public-body-danger', 'no'],
        ['public-body-category', 'systems'],
        ['org-attack-start', 'intrusion'],
        ['org-intrusion-what', 'active'],
        ['org-intrusion-data-active', 'unknown'],
      ],
      expect: {
        threat: 'system-intrusion',
        severity: 'critical',
        urgent: true,
        orientations: ['police-chat', 'cert-fr', 'csirt', 'provider', 'cnil', 'complaint'],
        advice: ['isolate-affected-systems', 'revoke-accesses', 'keep-logs'],
      },
    },
    {
      story:
        'A receptionist let a caller “from our IT provider” take remote control of her PC, and then a transfer left our business account',
      public: 'business',
      answers: [
        ['business-danger', 'no'],
        ['business-category', 'systems'],
        ['org-attack-start', 'remote'],
        ['org-remote-what', 'payments'],
      ],
      expect: {
        threat: 'unauthorised-remote-access',
        severity: 'critical',
        urgent: false,
        orientations: ['bank', 'complaint', 'csirt', 'provider'],
        advice: ['remote-uninstall-tool', 'remote-secure-bank', 'org-remote-access-policy'],
      },
    },
    {
      story: 'Les caméras de surveillance de notre entrepôt sont pilotées par quelqu’un d’autre',
      public: 'business',
      answers: [
        ['business-danger', 'no'],
        ['business-category', 'systems'],
        ['org-attack-start', 'iot'],
      ],
      expect: {
        threat: 'iot-hacking',
        severity: 'high',
        urgent: false,
        orientations: ['csirt', 'cert-fr', 'provider', 'complaint'],
        advice: ['iot-unplug', 'iot-segment-network'],
      },
    },
  ]);
});

describe('golden scenarios: websites and domains', () => {
  runScenarios([
    {
      story:
        'La page d’accueil du site de notre mairie affiche une revendication islamiste à la place des actualités',
      public: 'public-body',
      answers: [
        ['public-body-danger', 'no'],
        ['public-body-category', 'website'],
        ['website-start', 'defaced'],
        ['website-defacement-content', 'illicit'],
      ],
      expect: {
        threat: 'website-defacement',
        severity: 'high',
        urgent: false,
        orientations: ['pharos', 'cert-fr', 'csirt', 'complaint', 'provider'],
        advice: ['website-maintenance-mode', 'defacement-illicit-report', 'website-copy-before-clean'],
      },
    },
    {
      story:
        'Our online shop has been down for two hours under a flood of traffic, and an email demands 2 bitcoins to stop the attack',
      public: 'business',
      answers: [
        ['business-danger', 'no'],
        ['business-category', 'website'],
        ['website-start', 'unreachable'],
        ['website-ddos-claim', 'ransom'],
      ],
      expect: {
        threat: 'ddos',
        severity: 'critical',
        urgent: true,
        orientations: ['police-chat', 'csirt', 'cert-fr', 'provider', 'complaint'],
        advice: ['ddos-call-host', 'never-pay', 'ddos-keep-traffic'],
      },
    },
    {
      story:
        'Plusieurs clients de notre boutique en ligne ont eu des fraudes sur leur carte juste après avoir commandé chez nous',
      public: 'business',
      answers: [
        ['business-danger', 'no'],
        ['business-category', 'website'],
        ['website-start', 'payment'],
      ],
      expect: {
        threat: 'website-malware',
        severity: 'critical',
        urgent: false,
        orientations: ['bank', 'cnil', 'csirt', 'complaint', 'provider'],
        advice: [
          'skimming-remove-script',
          'skimming-tell-acquirer',
          'cnil-72h-notify',
          'inform-affected-people',
        ],
      },
    },
    {
      story:
        'Someone got into our registrar account and pointed our domain and our email to their own servers',
      public: 'business',
      answers: [
        ['business-danger', 'no'],
        ['business-category', 'website'],
        ['website-start', 'domain'],
        ['website-domain-what', 'hijacked'],
      ],
      expect: {
        threat: 'domain-hijack',
        severity: 'critical',
        urgent: false,
        orientations: ['provider', 'csirt', 'complaint'],
        advice: ['domain-registrar-contact', 'domain-check-mx', 'bec-warn-partners'],
      },
    },
  ]);
});

describe('golden scenarios: payment fraud against organisations', () => {
  runScenarios([
    {
      story:
        'This morning our accountant wired €48,000 after an email from “our CEO” about a confidential acquisition',
      public: 'business',
      answers: [
        ['business-danger', 'no'],
        ['business-category', 'payment'],
        ['org-fraud-start', 'ceo'],
        ['org-fraud-paid-ceo', 'recent'],
      ],
      expect: {
        threat: 'ceo-fraud',
        severity: 'critical',
        urgent: true,
        orientations: ['police-chat', 'bank', 'complaint', 'provider'],
        advice: ['recall-transfer-now', 'stop-further-payments', 'ceo-callback'],
      },
    },
    {
      story:
        'Il y a trois semaines, notre syndicat des eaux a payé la facture d’un fournisseur sur un nouveau RIB reçu par courriel ; le vrai fournisseur nous relance',
      public: 'public-body',
      answers: [
        ['public-body-danger', 'no'],
        ['public-body-category', 'payment'],
        ['org-fraud-start', 'supplier'],
        ['org-fraud-paid-supplier', 'older'],
      ],
      expect: {
        threat: 'fake-supplier-invoice',
        severity: 'critical',
        urgent: false,
        orientations: ['bank', 'complaint', 'provider'],
        advice: ['public-accountant', 'supplier-warn', 'supplier-rib-check'],
      },
    },
    {
      story:
        'Un « salarié » a écrit à notre service paie pour changer son RIB ; nous l’avons appelé avant de le faire et ce n’était pas lui',
      public: 'business',
      answers: [
        ['business-danger', 'no'],
        ['business-category', 'payment'],
        ['org-fraud-start', 'payroll'],
        ['org-fraud-paid-payroll', 'none'],
      ],
      expect: {
        threat: 'payroll-diversion',
        severity: 'low',
        urgent: false,
        orientations: ['complaint', 'provider'],
        advice: ['payroll-warn-employee', 'payroll-verify'],
      },
    },
    {
      story:
        'A fake adviser from our bank called yesterday and had us approve two “security test” transfers in our business banking app',
      public: 'business',
      answers: [
        ['business-danger', 'no'],
        ['business-category', 'payment'],
        ['org-fraud-start', 'order'],
        ['org-fraud-paid-order', 'recent'],
      ],
      expect: {
        threat: 'fake-transfer-order',
        severity: 'critical',
        urgent: true,
        orientations: ['police-chat', 'bank', 'complaint', 'provider'],
        advice: ['recall-transfer-now', 'bank-test-transfer-scam'],
      },
    },
  ]);
});

describe('golden scenarios: data breaches', () => {
  runScenarios([
    {
      story:
        'Une salariée a envoyé par erreur le fichier de nos 2 000 clients (noms, courriels, téléphones) à un prospect',
      public: 'business',
      answers: [
        ['business-danger', 'no'],
        ['business-category', 'data'],
        ['org-data-start', 'error'],
        ['org-data-kind-error', 'personal'],
      ],
      expect: {
        threat: 'data-breach',
        severity: 'high',
        urgent: false,
        orientations: ['cnil', 'provider'],
        advice: ['breach-wrong-recipient', 'cnil-72h-notify', 'breach-register'],
      },
    },
    {
      story:
        'Hackers published our school pupils’ files, including health information, on a leak site after breaking into our servers',
      public: 'public-body',
      answers: [
        ['public-body-danger', 'no'],
        ['public-body-category', 'data'],
        ['org-data-start', 'attack'],
        ['org-data-kind-attack', 'sensitive'],
      ],
      expect: {
        threat: 'data-breach',
        severity: 'critical',
        urgent: false,
        orientations: ['cnil', 'cert-fr', 'csirt', 'complaint', 'provider'],
        advice: ['cnil-72h-notify', 'inform-affected-people', 'complaint-72h-insurance', 'watch-leak-sites'],
      },
    },
    {
      story:
        'Notre prestataire de logiciel de paie nous informe qu’il a été piraté, mais nos fichiers chez lui étaient chiffrés et la clé n’a pas fuité',
      public: 'business',
      answers: [
        ['business-danger', 'no'],
        ['business-category', 'data'],
        ['org-data-start', 'processor'],
        ['org-data-kind-processor', 'none'],
      ],
      expect: {
        threat: 'data-breach',
        severity: 'low',
        urgent: false,
        orientations: ['csirt', 'provider'],
        advice: ['breach-no-notification', 'breach-processor-report', 'breach-register'],
      },
    },
  ]);
});
