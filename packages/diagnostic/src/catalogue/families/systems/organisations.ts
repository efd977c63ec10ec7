import type { OrientationRef, OutcomeDef, Question, ServiceId } from '../../../types.ts';
import { o, opt, q, t } from './helpers.ts';

const PB = ['public-body' as const];
const BIZ = ['business' as const];

/** Alert the authorities that handle cyber incidents: CERT-FR first for public bodies, the regional CSIRT first for businesses. */
const CYBER_ALERT: OrientationRef[] = [
  { id: 'cert-fr', publics: PB },
  { id: 'csirt' },
  { id: 'cert-fr', publics: BIZ },
];

const provider = (...services: ServiceId[]): OrientationRef => ({ id: 'provider', services });

// ---------------------------------------------------------------------------------------------
// Attacks on systems
// ---------------------------------------------------------------------------------------------

type RansomState = 'ongoing' | 'over' | 'paid';
const RANSOM_STATES: RansomState[] = ['ongoing', 'over', 'paid'];
type IntrusionState = 'active' | 'past';
const INTRUSION_STATES: IntrusionState[] = ['active', 'past'];

export const attackQuestions: Question[] = [
  {
    id: 'org-attack-start',
    kind: 'single',
    text: t('Que constatez-vous ?', 'What are you seeing?'),
    options: [
      opt(
        'encrypted',
        'Des fichiers ou des serveurs sont chiffrés et un message réclame une rançon',
        'Files or servers are encrypted and a message demands a ransom',
        q('org-ransom-state'),
      ),
      opt(
        'intrusion',
        'Des connexions, des comptes ou des programmes inconnus, des actions inexpliquées sur nos systèmes',
        'Unknown logins, accounts or programs, unexplained actions on our systems',
        q('org-intrusion-what'),
      ),
      opt(
        'outage',
        'Une panne ou une saturation suspecte de nos services en ligne',
        'A suspicious outage or overload of our online services',
        q('website-ddos-claim'),
      ),
      opt(
        'infected',
        'Un poste ou un serveur est infecté par un virus, ou l’antivirus donne l’alerte',
        'A computer or server is infected by a virus, or the antivirus is raising alerts',
        q('org-malware-scope'),
      ),
      opt(
        'overload',
        'Des serveurs ou des postes saturés sans raison, ou une facture d’hébergement cloud qui explose',
        'Servers or computers overloaded for no reason, or a soaring cloud hosting bill',
        o('org-cryptojacking'),
      ),
      opt(
        'remote',
        'Un collègue a laissé un inconnu prendre la main à distance sur son poste',
        'A colleague let a stranger take remote control of their computer',
        q('org-remote-what'),
      ),
      opt(
        'iot',
        'Un équipement connecté (caméras, contrôle d’accès, automates, routeur) est piraté',
        'A connected device (cameras, access control, industrial controllers, router) is hacked',
        o('org-iot-hacked'),
      ),
    ],
  },
  {
    id: 'org-ransom-state',
    kind: 'single',
    text: t('Où en est l’attaque ?', 'Where does the attack stand?'),
    options: [
      opt(
        'ongoing',
        'Le chiffrement progresse ou les attaquants semblent encore présents',
        'Encryption is spreading or the attackers seem to still be there',
        q('org-ransom-data-ongoing'),
        { flags: ['ongoing'] },
      ),
      opt(
        'over',
        'Le chiffrement est terminé, nous constatons les dégâts',
        'Encryption has finished, we are assessing the damage',
        q('org-ransom-data-over'),
      ),
      opt(
        'paid',
        'Nous avons déjà payé la rançon',
        'We have already paid the ransom',
        q('org-ransom-data-paid'),
        { flags: ['money-lost'] },
      ),
    ],
  },
  ...RANSOM_STATES.map(
    (state): Question => ({
      id: `org-ransom-data-${state}`,
      kind: 'single',
      text: t(
        'Des données personnelles (clients, usagers, salariés, patients) sont-elles touchées ou ont-elles pu être copiées ?',
        'Is personal data (customers, users, staff, patients) affected, or could it have been copied?',
      ),
      help: t(
        'Dans le doute, considérez que oui : la notification à la CNIL peut être complétée plus tard.',
        'If in doubt, assume yes: the notification to the CNIL can be completed later.',
      ),
      options: [
        opt(
          'yes',
          'Oui ou probablement (données copiées, menace de publication)',
          'Yes or probably (data copied, threat of publication)',
          o(`ransomware-org-${state}-data`),
          { flags: ['data-exposed'] },
        ),
        opt('unknown', 'Nous ne savons pas encore', 'We do not know yet', o(`ransomware-org-${state}-data`)),
        opt(
          'no',
          'Non, aucune donnée personnelle n’est touchée',
          'No, no personal data is affected',
          o(`ransomware-org-${state}`),
        ),
      ],
    }),
  ),
  {
    id: 'org-intrusion-what',
    kind: 'single',
    text: t('Que savez-vous de cette intrusion ?', 'What do you know about this intrusion?'),
    options: [
      opt(
        'active',
        'L’intrus semble encore actif : connexions ou actions en cours, comptes créés récemment',
        'The intruder seems to still be active: logins or actions under way, recently created accounts',
        q('org-intrusion-data-active'),
        { flags: ['ongoing'] },
      ),
      opt(
        'past',
        'Nous découvrons des traces passées : connexions inhabituelles, fichiers copiés, alerte d’un prestataire ou d’un éditeur',
        'We are finding past traces: unusual logins, copied files, an alert from a provider or vendor',
        q('org-intrusion-data-past'),
      ),
      opt(
        'former',
        'Un ancien salarié ou un ancien prestataire utilise encore ses accès',
        'A former employee or contractor is still using their access',
        o('intrusion-former-insider'),
      ),
    ],
  },
  ...INTRUSION_STATES.map(
    (state): Question => ({
      id: `org-intrusion-data-${state}`,
      kind: 'single',
      text: t(
        'Des données personnelles ont-elles pu être consultées ou copiées ?',
        'Could personal data have been viewed or copied?',
      ),
      options: [
        opt('yes', 'Oui', 'Yes', o(`intrusion-${state}-data`), { flags: ['data-exposed'] }),
        opt('unknown', 'Nous ne savons pas encore', 'We do not know yet', o(`intrusion-${state}-data`)),
        opt('no', 'Non', 'No', o(`intrusion-${state}`)),
      ],
    }),
  ),
  {
    id: 'org-malware-scope',
    kind: 'single',
    text: t('Quelle est l’étendue de l’infection ?', 'How far has the infection spread?'),
    options: [
      opt(
        'one',
        'Un seul poste, isolé rapidement',
        'A single computer, quickly isolated',
        o('org-malware-single'),
      ),
      opt(
        'mailing',
        'Le virus envoie des courriels piégés à nos contacts',
        'The virus is sending booby-trapped emails to our contacts',
        o('org-malware-mailing'),
      ),
      opt(
        'several',
        'Plusieurs postes, un serveur, ou nous ne savons pas',
        'Several computers, a server, or we do not know',
        o('org-malware-spread'),
        { flags: ['ongoing'] },
      ),
    ],
  },
  {
    id: 'org-remote-what',
    kind: 'single',
    text: t(
      'Pendant ou après la prise en main, y a-t-il eu des paiements ou des accès à des données ?',
      'During or after the remote session, were there any payments or access to data?',
    ),
    options: [
      opt(
        'payments',
        'Oui, des virements ou des paiements ont été faits',
        'Yes, transfers or payments were made',
        o('remote-access-money'),
        { flags: ['money-lost'] },
      ),
      opt(
        'data',
        'Le poste donnait accès à des données de clients, d’usagers ou de salariés, ou nous ne savons pas',
        'The computer gave access to customer, user or staff data, or we do not know',
        o('org-remote-access'),
        { flags: ['data-exposed'] },
      ),
      opt('none', 'Non, rien de tel', 'No, nothing of the sort', o('org-remote-access-contained')),
    ],
  },
];

const ransomAdvice = (state: RansomState, data: boolean): string[] => [
  'isolate-affected-systems',
  'protect-backups',
  'never-pay',
  'crisis-cell',
  ...(state === 'ongoing' ? ['out-of-band-comms'] : []),
  'public-service-continuity',
  'ransom-keep-note',
  'keep-logs',
  ...(state === 'paid' ? ['keep-payment-proof', 'ransom-paid-org'] : []),
  'complaint-72h-insurance',
  ...(data ? ['cnil-72h-notify', 'inform-affected-people'] : []),
  'regulated-entity-cert-fr',
  'notify-insurer',
  'rebuild-clean',
  ...(data ? ['watch-leak-sites'] : []),
  'ransom-nomoreransom',
  'backup-data',
  'train-staff',
];

const intrusionAdvice = (state: IntrusionState, data: boolean): string[] => [
  ...(state === 'active' ? ['isolate-affected-systems', 'out-of-band-comms'] : []),
  'revoke-accesses',
  'crisis-cell',
  'keep-logs',
  'complaint-72h-insurance',
  ...(data ? ['cnil-72h-notify', 'inform-affected-people', 'breach-register'] : []),
  'regulated-entity-cert-fr',
  'notify-insurer',
  'patch-exposed',
  'rebuild-clean',
  'org-mfa-all',
];

export const attackOutcomes: OutcomeDef[] = [
  ...RANSOM_STATES.flatMap((state) =>
    [false, true].map(
      (data): OutcomeDef => ({
        id: `ransomware-org-${state}${data ? '-data' : ''}`,
        threat: 'ransomware',
        urgent: state === 'ongoing',
        advice: ransomAdvice(state, data),
        orientations: [
          ...CYBER_ALERT,
          provider('ransomware-recovery', 'incident-response', 'forensics', 'backup-setup'),
          ...(data ? [{ id: 'cnil' as const }] : []),
          { id: 'complaint' },
        ],
      }),
    ),
  ),
  ...INTRUSION_STATES.flatMap((state) =>
    [false, true].map(
      (data): OutcomeDef => ({
        id: `intrusion-${state}${data ? '-data' : ''}`,
        threat: 'system-intrusion',
        urgent: state === 'active',
        advice: intrusionAdvice(state, data),
        orientations: [
          ...CYBER_ALERT,
          provider('incident-response', 'forensics', 'network-security'),
          ...(data ? [{ id: 'cnil' as const }] : []),
          { id: 'complaint' },
        ],
      }),
    ),
  ),
  {
    id: 'intrusion-former-insider',
    threat: 'system-intrusion',
    severity: 'high',
    advice: [
      'revoke-accesses',
      'former-insider-evidence',
      'keep-logs',
      'file-complaint',
      'assess-personal-data-72h',
      'breach-register',
      'change-passwords',
      'offboarding-procedure',
    ],
    orientations: [
      { id: 'complaint' },
      { id: 'csirt' },
      { id: 'cnil' },
      provider('forensics', 'security-audit'),
    ],
  },
  {
    id: 'org-malware-single',
    threat: 'malware',
    severity: 'low',
    advice: [
      'isolate-workstation',
      'keep-evidence',
      'check-spread',
      'malware-full-scan',
      'reset-device-factory',
      'change-passwords',
      'update-devices',
      'train-staff',
    ],
    orientations: [provider('malware-removal', 'device-repair'), { id: 'csirt' }],
  },
  {
    id: 'org-malware-mailing',
    threat: 'malware',
    advice: [
      'isolate-workstation',
      'keep-evidence',
      'check-spread',
      'warn-contacts-links',
      'assess-personal-data-72h',
      'malware-full-scan',
      'change-passwords',
      'email-auth-dmarc',
      'train-staff',
    ],
    orientations: [provider('malware-removal', 'email-security'), { id: 'csirt' }, { id: 'cnil' }],
  },
  {
    id: 'org-malware-spread',
    threat: 'malware',
    severity: 'critical',
    advice: [
      'isolate-affected-systems',
      'protect-backups',
      'crisis-cell',
      'keep-logs',
      'check-spread',
      'complaint-72h-insurance',
      'assess-personal-data-72h',
      'notify-insurer',
      'rebuild-clean',
      'patch-exposed',
      'train-staff',
    ],
    orientations: [
      ...CYBER_ALERT,
      provider('incident-response', 'malware-removal', 'forensics'),
      { id: 'complaint' },
    ],
  },
  {
    id: 'org-cryptojacking',
    threat: 'cryptojacking',
    severity: 'high',
    advice: [
      'cloud-revoke-keys',
      'isolate-workstation',
      'keep-logs',
      'cloud-bill-dispute',
      'complaint-72h-insurance',
      'revoke-accesses',
      'patch-exposed',
      'org-mfa-all',
    ],
    orientations: [provider('incident-response', 'network-security'), { id: 'csirt' }, { id: 'complaint' }],
  },
  {
    id: 'org-remote-access',
    threat: 'unauthorised-remote-access',
    advice: [
      'remote-uninstall-tool',
      'isolate-workstation',
      'keep-logs',
      'write-timeline',
      'assess-personal-data-72h',
      'complaint-72h-insurance',
      'change-passwords',
      'malware-full-scan',
      'org-remote-access-policy',
      'train-staff',
    ],
    orientations: [
      { id: 'csirt' },
      { id: 'cnil' },
      { id: 'complaint' },
      provider('malware-removal', 'forensics'),
    ],
  },
  {
    id: 'org-remote-access-contained',
    threat: 'unauthorised-remote-access',
    severity: 'low',
    advice: [
      'remote-uninstall-tool',
      'isolate-workstation',
      'write-timeline',
      'malware-full-scan',
      'change-passwords',
      'org-remote-access-policy',
      'train-staff',
    ],
    orientations: [provider('malware-removal'), { id: 'csirt' }],
  },
  {
    id: 'org-iot-hacked',
    threat: 'iot-hacking',
    advice: [
      'iot-unplug',
      'keep-logs',
      'iot-contact-maker',
      'complaint-72h-insurance',
      'iot-change-default-password',
      'patch-exposed',
      'iot-update-firmware',
      'iot-segment-network',
    ],
    orientations: [...CYBER_ALERT, provider('network-security', 'incident-response'), { id: 'complaint' }],
  },
];

// ---------------------------------------------------------------------------------------------
// Websites and domain names
// ---------------------------------------------------------------------------------------------

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

// ---------------------------------------------------------------------------------------------
// Payment fraud against organisations
// ---------------------------------------------------------------------------------------------

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

// ---------------------------------------------------------------------------------------------
// Data breaches
// ---------------------------------------------------------------------------------------------

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
