import type { Advice, OutcomeDef, Question } from '../../../types.ts';
import { advice as a, IND, ORGS, o, opt, provider, q, t } from '../../family.ts';

/**
 * Someone else's calls or messages on your number, address or phone lines: caller-ID and email
 * spoofing (nothing is hacked, the sender is forged), and fraud through a hacked business phone
 * system. Entries: the `spoofed` option of `account-start`, the `phone-system` option of
 * `org-attack-start`.
 */
export const spoofingQuestions: Question[] = [
  {
    id: 'account-spoofing-what',
    kind: 'single',
    text: t('Que constatez-vous ?', 'What are you seeing?'),
    help: t(
      'Un message vraiment envoyé depuis votre compte laisse une trace dans vos messages envoyés ou vos connexions récentes ; un expéditeur falsifié n’en laisse aucune.',
      'A message really sent from your account leaves a trace in your sent messages or recent logins; a forged sender leaves none.',
    ),
    options: [
      opt(
        'email-not-sent',
        'Des courriels semblent venir de mon adresse, mais ils n’apparaissent pas dans mes messages envoyés',
        'Emails seem to come from my address, but they do not appear in my sent messages',
        o('spoofing-email'),
      ),
      opt(
        'email-in-sent',
        'Ces courriels figurent dans mes messages envoyés, ou je vois des connexions inconnues',
        'These emails are in my sent messages, or I see unknown logins',
        q('account-email-control'),
      ),
      opt(
        'phone',
        'Des inconnus disent avoir reçu des appels ou des SMS de mon numéro, alors que ma ligne fonctionne normalement',
        'Strangers say they received calls or texts from my number, while my line works normally',
        o('spoofing-phone'),
      ),
      opt(
        'no-signal',
        'Ma ligne ne fonctionne plus : plus de réseau, carte SIM désactivée',
        'My line no longer works: no signal, SIM card deactivated',
        q('account-sim-what'),
      ),
    ],
  },
  {
    id: 'org-pbx-status',
    kind: 'single',
    text: t('Les appels frauduleux continuent-ils ?', 'Are the fraudulent calls still going on?'),
    help: t(
      'Ces appels partent souvent la nuit ou le week-end, vers l’international ou des numéros surtaxés, par le standard, la téléphonie sur IP ou une messagerie vocale mal protégée.',
      'These calls often go out at night or at weekends, to international or premium-rate numbers, through the switchboard, IP telephony or a poorly protected voicemail.',
    ),
    options: [
      opt(
        'ongoing',
        'Oui, ou nous ne savons pas : l’opérateur nous alerte, la consommation continue',
        'Yes, or we do not know: the operator is alerting us, usage keeps going',
        o('pbx-fraud-ongoing'),
        { flags: ['ongoing', 'money-lost'] },
      ),
      opt(
        'stopped',
        'Non, nous l’avons découvert sur une facture et les appels ont cessé',
        'No, we found out from a bill and the calls have stopped',
        o('pbx-fraud-billed'),
        { flags: ['money-lost'] },
      ),
    ],
  },
];

export const spoofingOutcomes: OutcomeDef[] = [
  {
    id: 'spoofing-email',
    threat: 'spoofing',
    advice: [
      'keep-spoofed-samples',
      'warn-contacts',
      'warn-customers-impersonation',
      'check-sent-and-sessions',
      'set-up-dmarc',
      'enable-2fa',
    ],
    orientations: [{ id: 'signal-spam' }, provider('email-security')],
  },
  {
    id: 'spoofing-phone',
    threat: 'spoofing',
    advice: [
      'answer-spoofing-callers',
      'log-spoofing-reports',
      'report-spoofing-arcep',
      'warn-contacts',
      'warn-customers-impersonation',
      'file-complaint',
    ],
    orientations: [{ id: 'complaint' }, { id: 'police-chat', publics: IND }],
  },
  {
    id: 'pbx-fraud-ongoing',
    threat: 'pbx-fraud',
    severity: 'critical',
    urgent: true,
    advice: [
      'block-outgoing-calls',
      'change-pbx-codes',
      'keep-call-logs',
      'contest-operator-bill',
      'file-complaint',
      'secure-pbx',
      'set-call-spend-alerts',
    ],
    orientations: [provider('network-security', 'incident-response'), { id: 'csirt' }, { id: 'complaint' }],
  },
  {
    id: 'pbx-fraud-billed',
    threat: 'pbx-fraud',
    advice: [
      'block-outgoing-calls',
      'change-pbx-codes',
      'keep-call-logs',
      'contest-operator-bill',
      'file-complaint',
      'secure-pbx',
      'set-call-spend-alerts',
    ],
    orientations: [provider('network-security', 'security-audit'), { id: 'complaint' }, { id: 'csirt' }],
  },
];

export const spoofingAdvice: Advice[] = [
  a(
    'answer-spoofing-callers',
    'stop',
    'Ne rappelez pas un à un les inconnus qui vous contactent : à ceux qui appellent, expliquez brièvement que votre numéro est usurpé et que vous n’êtes pas l’auteur de ces appels.',
    'Do not call back every stranger who contacts you: tell those who call, briefly, that your number is being spoofed and that you did not make those calls.',
  ),
  a(
    'block-outgoing-calls',
    'stop',
    'Appelez tout de suite votre opérateur et votre installateur : faites bloquer les appels vers l’international et les numéros surtaxés, et couper l’accès à distance au standard.',
    'Call your operator and your installer at once: have calls to international and premium-rate numbers barred, and remote access to the phone system cut off.',
    ORGS,
  ),
  a(
    'change-pbx-codes',
    'stop',
    'Changez tous les codes des messageries vocales et les mots de passe d’administration du standard, à commencer par les codes par défaut (0000, 1234).',
    'Change every voicemail PIN and the phone system’s administration passwords, starting with default codes (0000, 1234).',
    ORGS,
  ),
  a(
    'keep-spoofed-samples',
    'evidence',
    'Demandez aux destinataires de vous transférer le courriel reçu en pièce jointe, avec ses en-têtes complets : ils montrent le serveur qui l’a vraiment envoyé.',
    'Ask the recipients to forward the email they received as an attachment, with its full headers: they show the server that really sent it.',
  ),
  a(
    'log-spoofing-reports',
    'evidence',
    'Notez la date, l’heure et le numéro des personnes qui disent avoir été appelées depuis votre numéro, et gardez leurs messages.',
    'Write down the date, time and number of the people who say they were called from your number, and keep their messages.',
  ),
  a(
    'keep-call-logs',
    'evidence',
    'Faites exporter et conserver par l’installateur les journaux d’appels du standard et l’état de sa configuration, et gardez les factures détaillées de l’opérateur.',
    'Have the installer export and keep the phone system’s call logs and the state of its configuration, and keep the operator’s itemised bills.',
    ORGS,
  ),
  a(
    'report-spoofing-arcep',
    'report',
    'Signalez l’usurpation sur la plateforme « J’alerte l’Arcep » (jalerte.arcep.fr) et à votre opérateur : il vérifiera que votre ligne n’est pas détournée et, si cela dure, pourra vous proposer un autre numéro.',
    'Report the spoofing on the regulator’s “J’alerte l’Arcep” platform (jalerte.arcep.fr) and to your operator: they will check your line is not being misused and, if it goes on, can offer you another number.',
  ),
  a(
    'contest-operator-bill',
    'report',
    'Contestez par écrit auprès de l’opérateur les communications frauduleuses, avec le récépissé de plainte, et vérifiez si votre contrat ou votre assurance prévoit un plafond ou une prise en charge.',
    'Dispute the fraudulent calls in writing with the operator, with the complaint receipt, and check whether your contract or insurance provides a cap or cover.',
    ORGS,
  ),
  a(
    'check-sent-and-sessions',
    'recover',
    'Vérifiez tout de même vos messages envoyés, vos règles de transfert et vos connexions récentes ; au moindre doute, changez le mot de passe.',
    'Still check your sent messages, forwarding rules and recent logins; at the slightest doubt, change the password.',
  ),
  a(
    'set-up-dmarc',
    'prevent',
    'Publiez pour vos noms de domaine des enregistrements SPF, DKIM et DMARC en mode rejet : les messageries refuseront les courriels falsifiés à votre nom.',
    'Publish SPF, DKIM and DMARC records in reject mode for your domain names: mail services will refuse forged emails in your name.',
    ORGS,
  ),
  a(
    'secure-pbx',
    'prevent',
    'Faites fermer les fonctions accessibles de l’extérieur dont vous n’avez pas besoin (renvoi d’appel, consultation des messageries à distance), limitez l’international aux postes qui en ont besoin et faites mettre le standard à jour.',
    'Have the features reachable from outside that you do not need closed (call forwarding, remote voicemail access), restrict international calls to the extensions that need them and have the phone system updated.',
    ORGS,
  ),
  a(
    'set-call-spend-alerts',
    'prevent',
    'Demandez à votre opérateur une alerte et un plafond de consommation, surtout la nuit et le week-end.',
    'Ask your operator for a usage alert and cap, especially at night and at weekends.',
    ORGS,
  ),
];
