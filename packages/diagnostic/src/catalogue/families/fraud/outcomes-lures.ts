import type { OutcomeDef } from '../../../types.ts';
import { provider } from '../../family.ts';
import { csirt, orgCnil, orgComplaint, perceval, thesee } from './orientations.ts';

/** Outcomes of the lures: QR codes, fake customer services, subscription traps, crypto wallets, relatives in trouble. */
export const lureOutcomes: OutcomeDef[] = [
  // QR codes.
  {
    id: 'qr-phishing-card',
    threat: 'qr-code-phishing',
    advice: [
      'block-card-now',
      'close-fake-page',
      'photo-qr-code',
      'tell-bank',
      'report-tampered-qr',
      'report-fake-site',
      'watch-accounts',
      'check-qr-before-paying',
    ],
    orientations: [{ id: 'card-opposition' }, { id: 'bank' }, perceval],
  },
  {
    id: 'qr-phishing-logins',
    threat: 'qr-code-phishing',
    advice: [
      'close-fake-page',
      'tell-it-team',
      'photo-qr-code',
      'report-tampered-qr',
      'report-fake-site',
      'assess-data-breach',
      'change-passwords',
      'check-recovery-options',
      'reset-work-credentials',
      'enable-2fa',
      'check-qr-before-paying',
    ],
    orientations: [provider('account-recovery', 'email-security'), csirt, orgCnil],
  },
  {
    id: 'qr-phishing-app',
    threat: 'qr-code-phishing',
    severity: 'critical',
    advice: [
      'remove-malicious-app',
      'tell-it-team',
      'photo-qr-code',
      'tell-bank',
      'report-tampered-qr',
      'secure-online-banking',
      'scan-device-antivirus',
      'official-apps-only',
    ],
    orientations: [provider('malware-removal'), csirt, { id: 'bank' }],
  },
  {
    id: 'qr-phishing-seen',
    threat: 'qr-code-phishing',
    severity: 'info',
    advice: ['close-fake-page', 'photo-qr-code', 'report-tampered-qr', 'check-qr-before-paying'],
    orientations: [{ id: 'info-escroqueries' }],
  },

  // Fake customer services.
  {
    id: 'fake-customer-service-remote',
    threat: 'fake-customer-service',
    severity: 'critical',
    advice: [
      'hang-up-fake-support',
      'disconnect-device',
      'tell-it-team',
      'uninstall-remote-tool',
      'note-fake-number-source',
      'note-remote-session',
      'tell-bank',
      'file-complaint',
      'secure-online-banking',
      'change-passwords',
      'scan-device-antivirus',
      'find-support-number-yourself',
    ],
    orientations: [
      provider('malware-removal', 'account-recovery'),
      csirt,
      { id: 'bank' },
      { id: 'complaint' },
    ],
  },
  {
    id: 'fake-customer-service-paid',
    threat: 'fake-customer-service',
    advice: [
      'hang-up-fake-support',
      'block-card-now',
      'note-fake-number-source',
      'keep-payment-proof',
      'tell-bank',
      'contest-despite-approval',
      'file-complaint',
      'report-sponsored-ad',
      'find-support-number-yourself',
    ],
    orientations: [
      { id: 'card-opposition' },
      { id: 'bank' },
      { id: 'complaint' },
      { id: 'info-escroqueries' },
    ],
  },
  {
    id: 'fake-customer-service-data',
    threat: 'fake-customer-service',
    advice: [
      'hang-up-fake-support',
      'note-fake-number-source',
      'report-sponsored-ad',
      'change-passwords',
      'check-recovery-options',
      'watch-accounts',
      'expect-targeted-scams',
      'find-support-number-yourself',
    ],
    orientations: [provider('account-recovery'), { id: 'bank' }, { id: 'info-escroqueries' }],
  },
  {
    id: 'fake-customer-service-attempt',
    threat: 'fake-customer-service',
    severity: 'low',
    advice: [
      'hang-up-fake-support',
      'note-fake-number-source',
      'report-sponsored-ad',
      'find-support-number-yourself',
    ],
    orientations: [{ id: 'info-escroqueries' }],
  },

  // Subscription traps.
  {
    id: 'subscription-trap-debited',
    threat: 'subscription-trap',
    advice: [
      'cancel-trap-subscription',
      'keep-subscription-proof',
      'keep-payment-proof',
      'report-signalconso',
      'claim-subscription-refund',
      'read-before-free-trial',
    ],
    orientations: [{ id: 'bank' }, { id: 'info-escroqueries' }],
  },
  {
    id: 'subscription-trap-card-given',
    threat: 'subscription-trap',
    severity: 'info',
    advice: [
      'cancel-trap-subscription',
      'keep-subscription-proof',
      'watch-accounts',
      'read-before-free-trial',
    ],
    orientations: [{ id: 'bank' }],
  },

  // Crypto wallets.
  {
    id: 'crypto-wallet-drained',
    threat: 'crypto-wallet-theft',
    advice: [
      'move-remaining-crypto',
      'revoke-wallet-approvals',
      'keep-wallet-transactions',
      'alert-exchange-platform',
      'file-complaint',
      'scan-device-antivirus',
      'beware-recovery-scams',
      'seed-phrase-never-shared',
    ],
    orientations: [thesee, orgComplaint, { id: 'info-escroqueries' }, provider('forensics')],
  },
  {
    id: 'crypto-wallet-exposed',
    threat: 'crypto-wallet-theft',
    severity: 'high',
    advice: [
      'move-remaining-crypto',
      'revoke-wallet-approvals',
      'keep-wallet-transactions',
      'scan-device-antivirus',
      'seed-phrase-never-shared',
      'official-apps-only',
    ],
    orientations: [{ id: 'info-escroqueries' }, provider('malware-removal')],
  },
];
