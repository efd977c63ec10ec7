import type { OutcomeDef } from '../../../types.ts';

/** Outcomes of the identity journeys (identity-start). */
export const identityOutcomes: OutcomeDef[] = [
  {
    id: 'identity-theft-financial',
    threat: 'identity-theft',
    severity: 'critical',
    advice: [
      'gather-identity-proofs',
      'file-complaint',
      'ask-banque-de-france',
      'dispute-fraudulent-contracts',
      'tell-bank',
      'carry-complaint-copy',
      'watch-identity-misuse',
    ],
    orientations: [{ id: 'complaint' }, { id: 'bank' }, { id: 'info-escroqueries' }],
  },
  {
    id: 'identity-theft-contracts',
    threat: 'identity-theft',
    advice: [
      'gather-identity-proofs',
      'file-complaint',
      'dispute-fraudulent-contracts',
      'carry-complaint-copy',
      'watch-identity-misuse',
    ],
    orientations: [{ id: 'complaint' }, { id: 'info-escroqueries' }],
  },
  {
    id: 'identity-theft-letters',
    threat: 'identity-theft',
    advice: [
      'gather-identity-proofs',
      'file-complaint',
      'dispute-fraudulent-contracts',
      'contest-plate-fines',
      'carry-complaint-copy',
    ],
    orientations: [{ id: 'complaint' }, { id: 'info-escroqueries' }],
  },
  {
    id: 'identity-documents-stolen',
    threat: 'identity-theft',
    advice: [
      'declare-lost-documents',
      'write-timeline',
      'ask-banque-de-france',
      'carry-complaint-copy',
      'watch-identity-misuse',
    ],
    orientations: [{ id: 'complaint' }],
  },
  {
    id: 'identity-documents-sent',
    threat: 'identity-theft',
    advice: [
      'stop-contact',
      'keep-evidence',
      'file-complaint',
      'watch-identity-misuse',
      'watermark-documents',
    ],
    orientations: [{ id: 'complaint' }, { id: 'info-escroqueries' }],
  },
  {
    id: 'personal-leak-passwords',
    threat: 'personal-data-leak',
    severity: 'high',
    advice: [
      'keep-leak-notice',
      'change-passwords',
      'enable-2fa',
      'expect-targeted-scams',
      'unique-passwords',
    ],
    orientations: [{ id: 'cnil' }, { id: 'signal-spam' }, { id: 'spam-33700' }],
  },
  {
    id: 'personal-leak-iban',
    threat: 'personal-data-leak',
    severity: 'high',
    advice: [
      'keep-leak-notice',
      'contest-direct-debits',
      'block-creditor-debits',
      'watch-accounts',
      'expect-targeted-scams',
    ],
    orientations: [{ id: 'bank' }, { id: 'cnil' }],
  },
  {
    id: 'personal-leak-contact',
    threat: 'personal-data-leak',
    advice: ['keep-leak-notice', 'expect-targeted-scams', 'watch-identity-misuse', 'mark-as-spam'],
    orientations: [{ id: 'cnil' }, { id: 'signal-spam' }, { id: 'spam-33700' }],
  },
  {
    id: 'personal-data-published',
    threat: 'personal-data-leak',
    severity: 'high',
    advice: [
      'keep-evidence',
      'ask-data-removal',
      'ask-delisting',
      'file-complaint',
      'watch-identity-misuse',
      'expect-targeted-scams',
    ],
    orientations: [{ id: 'cnil' }, { id: 'complaint' }],
  },
];
