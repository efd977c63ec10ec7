import type { OutcomeDef } from '../../../types.ts';
import { csirt, orgComplaint, perceval } from './orientations.ts';

/** Scam outcomes (fraud-start): bank cards, direct debits, transfers, fake bank advisers. */
export const bankingOutcomes: OutcomeDef[] = [
  // Bank cards.
  {
    id: 'card-fraud-online',
    threat: 'card-fraud',
    advice: [
      'block-card-now',
      'list-fraudulent-payments',
      'contest-card-payments',
      'watch-accounts',
      'check-insurance-cover',
    ],
    orientations: [{ id: 'card-opposition' }, perceval, { id: 'bank' }, orgComplaint],
  },
  {
    id: 'card-fraud-after-phishing',
    threat: 'card-fraud',
    advice: [
      'block-card-now',
      'list-fraudulent-payments',
      'contest-card-payments',
      'change-password-if-typed',
      'watch-accounts',
      'check-address-before-typing',
    ],
    orientations: [{ id: 'card-opposition' }, perceval, { id: 'bank' }, orgComplaint],
  },
  {
    id: 'card-fraud-validated',
    threat: 'card-fraud',
    advice: [
      'block-card-now',
      'list-fraudulent-payments',
      'contest-despite-approval',
      'file-complaint',
      'never-share-codes',
      'bank-never-asks-codes',
    ],
    orientations: [{ id: 'card-opposition' }, { id: 'bank' }, { id: 'complaint' }],
  },
  {
    id: 'card-fraud-stolen',
    threat: 'card-fraud',
    advice: [
      'block-card-now',
      'list-fraudulent-payments',
      'file-complaint',
      'contest-card-payments',
      'check-insurance-cover',
    ],
    orientations: [{ id: 'card-opposition' }, { id: 'bank' }, { id: 'complaint' }],
  },
  // Direct debits and transfers.
  {
    id: 'direct-debit-unknown',
    threat: 'direct-debit-fraud',
    advice: [
      'list-fraudulent-payments',
      'contest-direct-debits',
      'file-complaint',
      'block-creditor-debits',
      'watch-accounts',
    ],
    orientations: [{ id: 'bank' }, { id: 'complaint' }],
  },
  {
    id: 'direct-debit-online-banking',
    threat: 'direct-debit-fraud',
    severity: 'critical',
    advice: [
      'revoke-beneficiary',
      'list-fraudulent-payments',
      'contest-card-payments',
      'file-complaint',
      'secure-online-banking',
      'enable-2fa',
      'check-address-before-typing',
    ],
    orientations: [{ id: 'bank' }, { id: 'complaint' }, csirt],
  },
  // Fake bank advisers.
  {
    id: 'fake-advisor-courier',
    threat: 'fake-bank-advisor',
    urgent: true,
    advice: [
      'refuse-courier',
      'block-card-now',
      'hang-up-call-back',
      'note-call-details',
      'file-complaint',
      'bank-never-asks-codes',
    ],
    orientations: [{ id: 'card-opposition' }, { id: 'bank' }, { id: 'complaint' }],
  },
  {
    id: 'fake-advisor-money',
    threat: 'fake-bank-advisor',
    advice: [
      'hang-up-call-back',
      'recall-transfer',
      'revoke-beneficiary',
      'block-card-now',
      'note-call-details',
      'keep-payment-proof',
      'contest-despite-approval',
      'file-complaint',
      'secure-online-banking',
      'seek-support',
      'bank-never-asks-codes',
    ],
    orientations: [
      { id: 'bank' },
      { id: 'card-opposition' },
      { id: 'complaint' },
      { id: 'info-escroqueries' },
    ],
  },
  {
    id: 'fake-advisor-codes',
    threat: 'fake-bank-advisor',
    severity: 'high',
    advice: [
      'hang-up-call-back',
      'revoke-beneficiary',
      'block-card-now',
      'note-call-details',
      'secure-online-banking',
      'watch-accounts',
      'never-share-codes',
    ],
    orientations: [{ id: 'bank' }, { id: 'card-opposition' }, { id: 'complaint' }],
  },
  {
    id: 'fake-advisor-attempt',
    threat: 'fake-bank-advisor',
    severity: 'low',
    advice: ['hang-up-call-back', 'note-call-details', 'bank-never-asks-codes'],
    orientations: [{ id: 'bank' }, { id: 'spam-33700' }],
  },
];
