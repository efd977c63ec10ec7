import type { OrientationRef, OutcomeDef, Question } from '../../../types.ts';
import { CYBER_ALERT, o, opt, provider, q, t } from '../../family.ts';

type Origin = {
  key: string;
  stop: string[];
  evidence: string[];
  report: string[];
  prevent: string[];
  orientations: OrientationRef[];
};
const ORIGINS: Origin[] = [
  {
    key: 'attack',
    stop: ['breach-contain', 'revoke-accesses'],
    evidence: ['keep-logs'],
    report: ['complaint-72h-insurance', 'regulated-entity-cert-fr'],
    prevent: ['watch-leak-sites', 'patch-exposed', 'org-mfa-all'],
    orientations: [...CYBER_ALERT, { id: 'complaint' }, provider('forensics', 'incident-response')],
  },
  {
    key: 'error',
    stop: ['breach-wrong-recipient', 'breach-contain'],
    evidence: ['write-timeline'],
    report: [],
    prevent: ['breach-access-review', 'train-staff'],
    orientations: [provider('security-audit', 'awareness-training')],
  },
  {
    key: 'device',
    stop: ['lost-device-revoke', 'device-remote-lock'],
    evidence: ['write-timeline'],
    report: ['stolen-complaint-receipt'],
    prevent: ['breach-encryption', 'device-lock-code'],
    orientations: [{ id: 'complaint' }, provider('security-audit', 'data-recovery')],
  },
  {
    key: 'insider',
    stop: ['breach-insider-revoke'],
    evidence: ['keep-logs', 'former-insider-evidence'],
    report: ['file-complaint', 'breach-trade-secret'],
    prevent: ['offboarding-procedure', 'breach-access-review'],
    orientations: [{ id: 'complaint' }, provider('forensics', 'security-audit')],
  },
  {
    key: 'processor',
    stop: [],
    evidence: ['write-timeline'],
    report: ['breach-processor-report'],
    prevent: ['processor-contract'],
    orientations: [{ id: 'csirt' }, provider('security-audit', 'forensics')],
  },
];

type Sensitivity = 'sensitive' | 'personal' | 'none';
const SENSITIVITIES: Sensitivity[] = ['sensitive', 'personal', 'none'];

export const dataQuestions: Question[] = [
  {
    id: 'org-data-start',
    kind: 'single',
    text: t('Comment les données ont-elles fuité ?', 'How did the data leak?'),
    options: [
      opt(
        'attack',
        'Par un piratage : systèmes ou comptes compromis, données publiées ou mises en vente',
        'Through a hack: systems or accounts compromised, data published or put up for sale',
        q('org-data-kind-attack'),
      ),
      opt(
        'error',
        'Par une erreur : envoi au mauvais destinataire, fichier ou serveur laissé accessible à tous',
        'Through a mistake: sent to the wrong person, file or server left open to anyone',
        q('org-data-kind-error'),
      ),
      opt(
        'device',
        'Un ordinateur, un téléphone ou une clé USB a été perdu ou volé',
        'A computer, phone or USB stick was lost or stolen',
        q('org-data-kind-device'),
      ),
      opt(
        'insider',
        'Un salarié ou un ancien salarié a emporté ou divulgué des données',
        'An employee or former employee took or disclosed data',
        q('org-data-kind-insider'),
      ),
      opt(
        'processor',
        'Un prestataire ou un sous-traitant qui traite nos données a été piraté',
        'A provider or processor handling our data was hacked',
        q('org-data-kind-processor'),
      ),
    ],
  },
  ...ORIGINS.map(
    (origin): Question => ({
      id: `org-data-kind-${origin.key}`,
      kind: 'single',
      text: t('Quelles données sont concernées ?', 'What data is involved?'),
      help: t(
        'Des données sont personnelles dès qu’elles se rapportent à des personnes identifiables : clients, usagers, salariés, patients, élèves.',
        'Data is personal as soon as it relates to identifiable people: customers, users, staff, patients, pupils.',
      ),
      options: [
        opt(
          'sensitive',
          'Des données sensibles ou à risque : santé, coordonnées bancaires, pièces d’identité, mots de passe, données de mineurs',
          'Sensitive or high-risk data: health, bank details, ID documents, passwords, data about minors',
          o(`data-breach-${origin.key}-sensitive`),
          { flags: ['data-exposed'] },
        ),
        opt(
          'personal',
          'Des données personnelles courantes : noms, adresses, courriels, téléphones',
          'Ordinary personal data: names, addresses, emails, phone numbers',
          o(`data-breach-${origin.key}-personal`),
          { flags: ['data-exposed'] },
        ),
        opt(
          'none',
          'Aucune donnée personnelle exploitable : documents internes seulement, ou données chiffrées dont la clé n’a pas fuité',
          'No usable personal data: internal documents only, or encrypted data whose key did not leak',
          o(`data-breach-${origin.key}-none`),
        ),
      ],
    }),
  ),
];

const dedupe = (ids: string[]) => [...new Set(ids)];

export const dataOutcomes: OutcomeDef[] = ORIGINS.flatMap((origin) =>
  SENSITIVITIES.map((sensitivity): OutcomeDef => {
    const personal = sensitivity !== 'none';
    const sensitive = sensitivity === 'sensitive';
    return {
      id: `data-breach-${origin.key}-${sensitivity}`,
      threat: 'data-breach',
      severity: sensitive ? 'critical' : personal ? 'high' : 'low',
      advice: dedupe([
        ...origin.stop,
        ...origin.evidence,
        ...(personal ? ['cnil-72h-notify'] : ['breach-no-notification']),
        ...(sensitive ? ['inform-affected-people'] : []),
        'breach-register',
        ...origin.report,
        ...(personal ? ['breach-phishing-warning'] : []),
        ...(sensitive ? ['breach-force-reset'] : []),
        ...origin.prevent,
      ]),
      orientations: [...(personal ? [{ id: 'cnil' as const }] : []), ...origin.orientations],
    };
  }),
);
