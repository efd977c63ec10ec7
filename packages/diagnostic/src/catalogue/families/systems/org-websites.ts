import type { OutcomeDef, Question } from '../../../types.ts';
import { CYBER_ALERT, o, opt, provider, q, t } from '../../family.ts';

const siteDataQuestion = (id: string, personal: string, plain: string): Question => ({
  id,
  kind: 'single',
  text: t(
    'Le site contient-il des données personnelles (comptes clients, formulaires, commandes, candidatures) ?',
    'Does the site hold personal data (customer accounts, forms, orders, applications)?',
  ),
  options: [
    opt('yes', 'Oui', 'Yes', o(personal), { flags: ['data-exposed'] }),
    opt('unknown', 'Je ne sais pas', 'I do not know', o(personal)),
    opt('no', 'Non, c’est un site vitrine', 'No, it is a brochure site', o(plain)),
  ],
});

export const websiteQuestions: Question[] = [
  {
    id: 'website-start',
    kind: 'single',
    text: t('Que se passe-t-il sur votre site ?', 'What is happening on your website?'),
    options: [
      opt(
        'defaced',
        'Sa page d’accueil ou son contenu a été remplacé (message, revendication, image inconnue)',
        'Its home page or content was replaced (message, claim, unknown image)',
        q('website-defacement-content'),
      ),
      opt(
        'redirect',
        'Les visiteurs sont redirigés vers d’autres sites, des pages de spam apparaissent, ou le site est signalé comme dangereux',
        'Visitors are redirected to other sites, spam pages appear, or the site is flagged as dangerous',
        q('website-malware-data'),
      ),
      opt(
        'payment',
        'Des clients subissent des fraudes à la carte après un achat chez nous, ou la page de paiement a été modifiée',
        'Customers suffer card fraud after buying from us, or the payment page was altered',
        o('website-skimming'),
        { flags: ['data-exposed'] },
      ),
      opt(
        'unreachable',
        'Il est inaccessible ou très lent, avec un trafic anormal',
        'It is unreachable or very slow, with abnormal traffic',
        q('website-ddos-claim'),
      ),
      opt(
        'domain',
        'Notre nom de domaine nous échappe, ou un nom ressemblant sert à tromper nos clients',
        'We have lost control of our domain name, or a look-alike name is used to deceive our customers',
        q('website-domain-what'),
      ),
      opt(
        'admin-locked',
        'Nous n’avons plus accès à l’administration du site, ou des administrateurs inconnus y figurent',
        'We can no longer access the site’s administration, or unknown administrators appear in it',
        o('website-admin-takeover'),
        { flags: ['access-lost'] },
      ),
    ],
  },
  {
    id: 'website-defacement-content',
    kind: 'single',
    text: t('Que montre le contenu affiché ?', 'What does the displayed content show?'),
    options: [
      opt(
        'illicit',
        'Une revendication politique ou religieuse, un appel à la haine ou de la propagande',
        'A political or religious claim, a call to hatred or propaganda',
        o('website-defacement-illicit'),
      ),
      opt(
        'plain',
        'Une simple signature de pirate, une image ou un texte sans rapport',
        'Just a hacker’s signature, an image or unrelated text',
        q('website-defacement-data'),
      ),
    ],
  },
  siteDataQuestion('website-defacement-data', 'website-defacement-personal', 'website-defacement-plain'),
  siteDataQuestion('website-malware-data', 'website-malware-personal', 'website-malware-plain'),
  {
    id: 'website-ddos-claim',
    kind: 'single',
    text: t(
      'Avez-vous reçu une demande de rançon ou une revendication ?',
      'Have you received a ransom demand or a claim of responsibility?',
    ),
    options: [
      opt(
        'ransom',
        'Oui, on nous réclame de l’argent pour arrêter l’attaque',
        'Yes, someone wants money to stop the attack',
        o('ddos-ransom'),
        { flags: ['ongoing'] },
      ),
      opt(
        'claim',
        'Oui, un groupe revendique l’attaque sur les réseaux sociaux (hacktivisme)',
        'Yes, a group claims the attack on social media (hacktivism)',
        o('ddos-hacktivism'),
      ),
      opt('none', 'Non', 'No', q('website-ddos-state')),
    ],
  },
  {
    id: 'website-ddos-state',
    kind: 'single',
    text: t('L’attaque est-elle encore en cours ?', 'Is the attack still going on?'),
    options: [
      opt(
        'ongoing',
        'Oui, le service est saturé en ce moment',
        'Yes, the service is overloaded right now',
        o('ddos-ongoing'),
        { flags: ['ongoing'] },
      ),
      opt('over', 'Non, elle est terminée', 'No, it is over', o('ddos-over')),
    ],
  },
  {
    id: 'website-domain-what',
    kind: 'single',
    text: t('Que se passe-t-il avec le nom de domaine ?', 'What is happening with the domain name?'),
    options: [
      opt(
        'hijacked',
        'Quelqu’un a pris le contrôle de notre compte chez le registraire ou modifié les réglages DNS',
        'Someone took over our registrar account or changed the DNS settings',
        o('domain-hijacked'),
        { flags: ['access-lost'] },
      ),
      opt(
        'expired',
        'Il a expiré et quelqu’un d’autre l’a racheté',
        'It expired and someone else bought it',
        o('domain-expired'),
      ),
      opt(
        'lookalike',
        'Un nom ressemblant au nôtre sert à tromper nos clients (faux site, faux courriels)',
        'A name resembling ours is used to deceive our customers (fake site, fake emails)',
        o('domain-lookalike'),
      ),
    ],
  },
];

const siteRepair = provider('website-repair', 'incident-response');

const defacementAdvice = (data: boolean, illicit: boolean): string[] => [
  'website-maintenance-mode',
  'keep-evidence',
  'website-copy-before-clean',
  ...(illicit ? ['defacement-illicit-report'] : []),
  'complaint-72h-insurance',
  'regulated-entity-cert-fr',
  ...(data ? ['cnil-72h-notify'] : []),
  'incident-public-message',
  'website-restore-clean',
  'website-update-cms',
  'org-mfa-all',
];

const siteMalwareAdvice = (data: boolean): string[] => [
  'website-maintenance-mode',
  'website-copy-before-clean',
  'keep-evidence',
  'complaint-72h-insurance',
  ...(data ? ['cnil-72h-notify', 'breach-phishing-warning'] : []),
  'website-restore-clean',
  'website-update-cms',
  'website-search-console',
  'org-mfa-all',
];

export const websiteOutcomes: OutcomeDef[] = [
  {
    id: 'website-defacement-illicit',
    threat: 'website-defacement',
    advice: defacementAdvice(false, true),
    orientations: [{ id: 'pharos' }, ...CYBER_ALERT, { id: 'complaint' }, siteRepair],
  },
  {
    id: 'website-defacement-personal',
    threat: 'website-defacement',
    advice: defacementAdvice(true, false),
    orientations: [{ id: 'cnil' }, ...CYBER_ALERT, { id: 'complaint' }, siteRepair],
  },
  {
    id: 'website-defacement-plain',
    threat: 'website-defacement',
    severity: 'low',
    advice: defacementAdvice(false, false),
    orientations: [{ id: 'csirt' }, { id: 'complaint' }, siteRepair],
  },
  {
    id: 'website-malware-personal',
    threat: 'website-malware',
    advice: siteMalwareAdvice(true),
    orientations: [
      { id: 'cnil' },
      { id: 'csirt' },
      { id: 'complaint' },
      provider('website-repair', 'security-audit'),
    ],
  },
  {
    id: 'website-malware-plain',
    threat: 'website-malware',
    advice: siteMalwareAdvice(false),
    orientations: [provider('website-repair', 'security-audit'), { id: 'csirt' }, { id: 'complaint' }],
  },
  {
    id: 'website-skimming',
    threat: 'website-malware',
    severity: 'critical',
    advice: [
      'skimming-remove-script',
      'website-copy-before-clean',
      'skimming-tell-acquirer',
      'cnil-72h-notify',
      'inform-affected-people',
      'complaint-72h-insurance',
      'website-update-cms',
      'website-restore-clean',
      'org-mfa-all',
    ],
    orientations: [
      { id: 'bank' },
      { id: 'cnil' },
      { id: 'csirt' },
      { id: 'complaint' },
      provider('website-repair', 'forensics'),
    ],
  },
  {
    id: 'website-admin-takeover',
    threat: 'account-takeover',
    advice: [
      'website-admin-via-host',
      'website-maintenance-mode',
      'website-copy-before-clean',
      'complaint-72h-insurance',
      'assess-personal-data-72h',
      'website-update-cms',
      'website-restore-clean',
      'org-mfa-all',
    ],
    orientations: [siteRepair, { id: 'csirt' }, { id: 'complaint' }],
  },
  {
    id: 'ddos-ransom',
    threat: 'ddos',
    severity: 'critical',
    urgent: true,
    advice: [
      'ddos-call-host',
      'never-pay',
      'stop-contact',
      'keep-evidence',
      'ddos-keep-traffic',
      'complaint-72h-insurance',
      'regulated-entity-cert-fr',
      'incident-public-message',
      'ddos-protection',
    ],
    orientations: [...CYBER_ALERT, provider('network-security', 'incident-response'), { id: 'complaint' }],
  },
  {
    id: 'ddos-hacktivism',
    threat: 'ddos',
    advice: [
      'ddos-call-host',
      'keep-evidence',
      'ddos-keep-traffic',
      'complaint-72h-insurance',
      'regulated-entity-cert-fr',
      'incident-public-message',
      'ddos-protection',
    ],
    orientations: [...CYBER_ALERT, provider('network-security', 'incident-response'), { id: 'complaint' }],
  },
  {
    id: 'ddos-ongoing',
    threat: 'ddos',
    advice: [
      'ddos-call-host',
      'ddos-keep-traffic',
      'complaint-72h-insurance',
      'regulated-entity-cert-fr',
      'incident-public-message',
      'ddos-protection',
    ],
    orientations: [provider('network-security', 'incident-response'), ...CYBER_ALERT, { id: 'complaint' }],
  },
  {
    id: 'ddos-over',
    threat: 'ddos',
    severity: 'low',
    advice: ['ddos-keep-traffic', 'keep-evidence', 'complaint-72h-insurance', 'ddos-protection'],
    orientations: [{ id: 'csirt' }, { id: 'complaint' }, provider('network-security')],
  },
  {
    id: 'domain-hijacked',
    threat: 'domain-hijack',
    severity: 'critical',
    advice: [
      'domain-registrar-contact',
      'domain-check-mx',
      'keep-evidence',
      'bec-warn-partners',
      'complaint-72h-insurance',
      'incident-public-message',
      'domain-lock',
      'org-mfa-all',
    ],
    orientations: [
      provider('website-repair', 'email-security', 'incident-response'),
      { id: 'csirt' },
      { id: 'complaint' },
    ],
  },
  {
    id: 'domain-expired',
    threat: 'domain-hijack',
    advice: [
      'domain-redemption',
      'domain-check-mx',
      'keep-evidence',
      'bec-warn-partners',
      'domain-dispute-procedures',
      'domain-lock',
    ],
    orientations: [provider('website-repair', 'email-security'), { id: 'csirt' }],
  },
  {
    id: 'domain-lookalike',
    threat: 'domain-hijack',
    advice: [
      'keep-evidence',
      'lookalike-report-abuse',
      'lookalike-warn-customers',
      'domain-dispute-procedures',
      'file-complaint',
      'email-auth-dmarc',
      'domain-lock',
    ],
    orientations: [{ id: 'pharos' }, { id: 'complaint' }, provider('email-security', 'website-repair')],
  },
];
