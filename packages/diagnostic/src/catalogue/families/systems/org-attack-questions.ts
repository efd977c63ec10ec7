import type { Question } from '../../../types.ts';
import { o, opt, q, t } from '../../family.ts';

export type RansomState = 'ongoing' | 'over' | 'paid';
export const RANSOM_STATES: RansomState[] = ['ongoing', 'over', 'paid'];
export type IntrusionState = 'active' | 'past';
export const INTRUSION_STATES: IntrusionState[] = ['active', 'past'];

export const attackQuestions: Question[] = [
  {
    // Asked of businesses only: CERT-FR handles regulated entities and major incidents, the regional
    // CSIRT and 17Cyber every other business; public bodies always get CERT-FR.
    id: 'org-regulated',
    kind: 'single',
    text: t(
      'Votre organisation est-elle une entité régulée : opérateur d’importance vitale (OIV), opérateur de services essentiels (OSE), entité essentielle ou importante au sens de NIS 2 ?',
      'Is your organisation a regulated entity: an operator of vital importance (OIV), an operator of essential services (OSE), or an essential or important entity under NIS 2?',
    ),
    help: t(
      'Ces organisations le savent : elles ont été désignées ou se sont enregistrées auprès de l’ANSSI. Si vous ne le savez pas, votre organisation n’en est probablement pas une.',
      'These organisations know it: they were designated by, or registered with, ANSSI. If you do not know, your organisation is probably not one.',
    ),
    options: [
      opt('yes', 'Oui', 'Yes', q('org-attack-start'), { flags: ['regulated'] }),
      opt('no', 'Non', 'No', q('org-attack-start')),
      opt('unknown', 'Je ne sais pas', 'I do not know', q('org-attack-start')),
    ],
  },
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
      opt(
        'phone-system',
        'Notre standard ou notre téléphonie sur IP passe des appels que nous n’avons pas faits (international, numéros surtaxés)',
        'Our phone system or IP telephony is making calls we did not make (international, premium-rate numbers)',
        q('org-pbx-status'),
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
        {
          ...opt(
            'yes',
            'Oui ou probablement (données copiées, menace de publication)',
            'Yes or probably (data copied, threat of publication)',
            o(`ransomware-org-${state}-data`),
            { flags: ['data-exposed'] },
          ),
          sets: { data: 'affected' },
        },
        {
          ...opt(
            'unknown',
            'Nous ne savons pas encore',
            'We do not know yet',
            o(`ransomware-org-${state}-data`),
          ),
          sets: { data: 'unknown' },
        },
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
        {
          ...opt('yes', 'Oui', 'Yes', o(`intrusion-${state}-data`), { flags: ['data-exposed'] }),
          sets: { data: 'affected' },
        },
        {
          ...opt('unknown', 'Nous ne savons pas encore', 'We do not know yet', o(`intrusion-${state}-data`)),
          sets: { data: 'unknown' },
        },
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
