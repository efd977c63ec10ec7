import type { OutcomeDef, Question } from '../../../types.ts';
import { o, opt, provider, q, t } from '../../family.ts';

type FraudKind = { key: string; threat: string; report: string[]; prevent: string[] };
const FRAUDS: FraudKind[] = [
  { key: 'ceo', threat: 'ceo-fraud', report: [], prevent: ['ceo-callback', 'limit-public-info'] },
  {
    key: 'supplier',
    threat: 'fake-supplier-invoice',
    report: ['supplier-warn'],
    prevent: ['supplier-rib-check'],
  },
  {
    key: 'payroll',
    threat: 'payroll-diversion',
    report: ['payroll-warn-employee'],
    prevent: ['payroll-verify'],
  },
  { key: 'order', threat: 'fake-transfer-order', report: [], prevent: ['bank-test-transfer-scam'] },
];

export const orgFraudQuestions: Question[] = [
  {
    id: 'org-fraud-start',
    kind: 'single',
    text: t('Comment la fraude s’est-elle présentée ?', 'How did the fraud come about?'),
    options: [
      opt(
        'ceo',
        'Quelqu’un se faisant passer pour un dirigeant ou un élu a demandé un virement urgent et confidentiel',
        'Someone posing as an executive or elected official asked for an urgent, confidential transfer',
        q('org-fraud-paid-ceo'),
      ),
      opt(
        'supplier',
        'Un fournisseur, un prestataire ou un créancier nous a communiqué de nouvelles coordonnées bancaires',
        'A supplier, contractor or creditor sent us new bank details',
        q('org-fraud-paid-supplier'),
      ),
      opt(
        'payroll',
        'Un salarié ou un agent a demandé par courriel de changer le RIB pour le versement de son salaire',
        'An employee asked by email to change the bank account their salary is paid into',
        q('org-fraud-paid-payroll'),
      ),
      opt(
        'order',
        'Un faux conseiller bancaire, technicien, avocat ou organisme nous a fait émettre ou valider un virement',
        'A fake bank adviser, technician, lawyer or public body got us to issue or approve a transfer',
        q('org-fraud-paid-order'),
      ),
      opt(
        'client-paid',
        'Un client dit avoir payé notre facture sur un compte qui n’est pas le nôtre',
        'A customer says they paid our invoice into an account that is not ours',
        o('bec-client-payment'),
      ),
    ],
  },
  ...FRAUDS.map(
    (fraud): Question => ({
      id: `org-fraud-paid-${fraud.key}`,
      kind: 'single',
      text: t('Un paiement est-il parti ?', 'Has a payment gone out?'),
      help: t(
        'Un virement peut parfois être rappelé s’il est signalé à la banque dans les heures qui suivent.',
        'A transfer can sometimes be recalled if it is reported to the bank within hours.',
      ),
      options: [
        opt(
          'recent',
          'Oui, il y a moins de 48 heures',
          'Yes, less than 48 hours ago',
          o(`${fraud.threat}-recall`),
          { flags: ['money-lost', 'ongoing'] },
        ),
        opt(
          'older',
          'Oui, il y a plus de 48 heures',
          'Yes, more than 48 hours ago',
          o(`${fraud.threat}-paid`),
          {
            flags: ['money-lost'],
          },
        ),
        opt(
          'none',
          'Non, rien n’a été payé : nous avons eu un doute à temps',
          'No, nothing was paid: we had doubts in time',
          o(`${fraud.threat}-attempt`),
        ),
      ],
    }),
  ),
];

const fraudProvider = provider('awareness-training', 'email-security', 'forensics');

export const orgFraudOutcomes: OutcomeDef[] = [
  ...FRAUDS.flatMap((fraud): OutcomeDef[] => [
    {
      id: `${fraud.threat}-recall`,
      threat: fraud.threat,
      severity: 'critical',
      urgent: true,
      advice: [
        'recall-transfer-now',
        'public-accountant',
        'stop-further-payments',
        'keep-payment-proof',
        'keep-evidence',
        'write-timeline',
        'file-complaint',
        'fraud-warn-payers',
        ...fraud.report,
        'fraud-check-mailboxes',
        ...fraud.prevent,
        'two-signatures',
        'train-staff',
      ],
      orientations: [{ id: 'bank' }, { id: 'complaint' }, fraudProvider],
    },
    {
      id: `${fraud.threat}-paid`,
      threat: fraud.threat,
      severity: 'critical',
      advice: [
        'recall-transfer-now',
        'public-accountant',
        'stop-further-payments',
        'keep-payment-proof',
        'keep-evidence',
        'write-timeline',
        'file-complaint',
        'notify-insurer',
        'fraud-warn-payers',
        ...fraud.report,
        'fraud-check-mailboxes',
        ...fraud.prevent,
        'two-signatures',
        'train-staff',
      ],
      orientations: [{ id: 'bank' }, { id: 'complaint' }, fraudProvider],
    },
    {
      id: `${fraud.threat}-attempt`,
      threat: fraud.threat,
      severity: 'low',
      advice: [
        'stop-contact',
        'stop-further-payments',
        'keep-evidence',
        'fraud-warn-payers',
        ...fraud.report,
        'file-complaint',
        'fraud-check-mailboxes',
        ...fraud.prevent,
        'two-signatures',
        'train-staff',
      ],
      orientations: [{ id: 'complaint' }, fraudProvider],
    },
  ]),
  {
    id: 'bec-client-payment',
    threat: 'business-email-compromise',
    advice: [
      'bec-client-recall',
      'bec-find-origin',
      'bec-audit-mailbox',
      'keep-evidence',
      'bec-warn-partners',
      'complaint-72h-insurance',
      'assess-personal-data-72h',
      'email-check-rules',
      'email-auth-dmarc',
      'org-mfa-all',
      'train-staff',
    ],
    orientations: [
      { id: 'complaint' },
      { id: 'csirt' },
      { id: 'cnil' },
      provider('email-security', 'forensics', 'incident-response'),
    ],
  },
];
