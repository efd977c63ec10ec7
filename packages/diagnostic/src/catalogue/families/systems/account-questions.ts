import type { Question } from '../../../types.ts';
import { ageQuestion, choice, IB, IND, ORGS, o, opt, q, t } from '../../family.ts';

export type Access = 'kept' | 'lost';
export const ACCESSES: Access[] = ['kept', 'lost'];

export const accountQuestions: Question[] = [
  {
    id: 'account-start',
    kind: 'single',
    text: t('Quel compte est concerné ?', 'Which account is affected?'),
    help: t(
      'Si plusieurs comptes sont touchés, commencez par la messagerie : elle permet de réinitialiser les autres.',
      'If several accounts are affected, start with email: it can be used to reset the others.',
    ),
    options: [
      opt('email', 'Une messagerie (adresse courriel)', 'An email account', q('account-email-control')),
      opt(
        'social',
        'Un compte de réseau social (Facebook, Instagram, TikTok, Snapchat, X…)',
        'A social network account (Facebook, Instagram, TikTok, Snapchat, X…)',
        q('account-social-age'),
        { publics: IND },
      ),
      opt(
        'social-org',
        'Le compte de réseau social de la structure (page Facebook, Instagram, LinkedIn, X…)',
        'The organisation’s social media account (Facebook page, Instagram, LinkedIn, X…)',
        q('account-social-control'),
        { publics: ORGS },
      ),
      opt(
        'messaging',
        'Un compte WhatsApp, Telegram ou Signal',
        'A WhatsApp, Telegram or Signal account',
        q('account-messaging-control'),
      ),
      opt(
        'bank',
        'Un accès de banque en ligne ou un compte de paiement',
        'An online banking or payment account',
        q('account-bank-what'),
      ),
      opt(
        'phone-line',
        'Une ligne de téléphone mobile : plus de réseau d’un coup, carte SIM désactivée',
        'A mobile phone line: signal suddenly gone, SIM card deactivated',
        q('account-sim-what'),
      ),
      opt(
        'spoofed',
        'Des gens reçoivent des messages ou des appels venant de mon adresse ou de mon numéro, sans que mon compte semble piraté',
        'People receive messages or calls from my address or number, although my account does not seem hacked',
        q('account-spoofing-what'),
      ),
      opt(
        'crypto-wallet',
        'Un portefeuille de cryptomonnaies ou un compte sur une plateforme d’échange',
        'A crypto wallet or an account on a crypto exchange',
        q('fraud-crypto-how'),
        { publics: IB },
      ),
      opt(
        'other',
        'Un autre compte en ligne (achats, jeux vidéo, services publics, outil professionnel…)',
        'Another online account (shopping, video games, public services, work tool…)',
        q('account-other-what'),
      ),
    ],
  },

  // Email
  {
    id: 'account-email-control',
    kind: 'single',
    text: t(
      'Pouvez-vous encore vous connecter à cette messagerie ?',
      'Can you still log in to this mailbox?',
    ),
    options: [
      opt(
        'still-access',
        'Oui, mais quelqu’un d’autre s’en sert : messages envoyés à mon insu, connexions inconnues',
        'Yes, but someone else is using it: messages sent without my knowledge, unknown logins',
        q('account-email-misuse-kept'),
      ),
      opt(
        'locked-out',
        'Non, le mot de passe ou l’adresse de secours ont été changés',
        'No, the password or the recovery address was changed',
        q('account-email-misuse-lost'),
        { flags: ['access-lost'] },
      ),
    ],
  },
  ...ACCESSES.map(
    (access): Question => ({
      id: `account-email-misuse-${access}`,
      kind: 'multiple',
      text: t('Qu’a fait la personne avec cette messagerie ?', 'What has the person done with this mailbox?'),
      help: t(
        'Regardez les messages envoyés, la corbeille et les réponses de vos contacts. Plusieurs réponses sont possibles.',
        'Look at sent messages, the bin and your contacts’ replies. You can choose several answers.',
      ),
      options: [
        choice(
          'asked-money',
          'Elle a demandé de l’argent à mes contacts (dépannage urgent, cartes prépayées, virement)',
          'They asked my contacts for money (urgent help, prepaid vouchers, transfer)',
          { publics: IND },
        ),
        choice(
          'fake-invoices',
          'Elle a envoyé de fausses factures ou de nouvelles coordonnées bancaires à nos clients ou partenaires',
          'They sent fake invoices or new bank details to our customers or partners',
          { publics: ORGS },
        ),
        choice(
          'spam',
          'Elle a envoyé des messages douteux ou des liens piégés aux contacts',
          'They sent dubious messages or booby-trapped links to contacts',
        ),
        choice(
          'settings',
          'Elle a changé des réglages : transfert automatique, filtres, adresse de secours',
          'They changed settings: automatic forwarding, filters, recovery address',
        ),
        choice(
          'nothing',
          'Rien de visible à part des connexions inconnues',
          'Nothing visible apart from unknown logins',
          { exclusive: true },
        ),
      ],
      branches: [
        { when: ['fake-invoices'], next: o(`bec-mailbox-${access}`) },
        { when: ['asked-money'], next: o(`account-email-money-${access}`) },
      ],
      next: o(`account-email-hacked-${access}`),
    }),
  ),

  // Social networks
  ageQuestion('account-social-age', q('account-social-control')),
  {
    id: 'account-social-control',
    kind: 'single',
    text: t('Pouvez-vous encore vous connecter à ce compte ?', 'Can you still log in to this account?'),
    options: [
      opt(
        'still-access',
        'Oui, mais quelqu’un d’autre s’en sert',
        'Yes, but someone else is using it',
        q('account-social-misuse-kept'),
      ),
      opt(
        'locked-out',
        'Non, le mot de passe, l’adresse ou le numéro ont été changés',
        'No, the password, email or phone number was changed',
        q('account-social-misuse-lost'),
        { flags: ['access-lost'] },
      ),
    ],
  },
  ...ACCESSES.map(
    (access): Question => ({
      id: `account-social-misuse-${access}`,
      kind: 'multiple',
      text: t('Que fait le pirate avec ce compte ?', 'What is the hacker doing with this account?'),
      help: t('Plusieurs réponses sont possibles.', 'You can choose several answers.'),
      options: [
        choice(
          'blackmail',
          'Il menace de publier mes photos ou mes conversations privées si je ne paie pas ou n’obéis pas',
          'They threaten to publish my private photos or conversations unless I pay or obey',
          { publics: IND, flags: ['ongoing'] },
        ),
        choice(
          'ransom',
          'Il réclame de l’argent pour rendre le compte',
          'They want money to give the account back',
        ),
        choice(
          'scam-contacts',
          'Il demande de l’argent aux contacts ou leur propose de fausses bonnes affaires (cryptomonnaie, ventes, jeux concours)',
          'They ask contacts for money or offer them fake deals (cryptocurrency, sales, giveaways)',
        ),
        choice(
          'ads',
          'Il diffuse des publicités payées avec notre compte publicitaire',
          'They run ads paid with our ad account',
          { publics: ORGS, flags: ['money-lost'] },
        ),
        choice(
          'posts',
          'Il publie ou supprime des contenus, change le nom ou la photo du profil',
          'They post or delete content, change the profile name or picture',
        ),
        choice('nothing', 'Rien d’autre de visible pour l’instant', 'Nothing else visible so far', {
          exclusive: true,
        }),
      ],
      branches: [
        { when: ['blackmail'], next: o('account-social-blackmail') },
        { when: ['ransom'], next: o('account-social-ransom') },
        { when: ['scam-contacts'], next: o(`account-social-scam-${access}`) },
        { when: ['ads'], next: o('account-social-ads') },
      ],
      next: o(`account-social-hacked-${access}`),
    }),
  ),

  // Instant messaging
  {
    id: 'account-messaging-control',
    kind: 'single',
    text: t('Pouvez-vous encore utiliser ce compte ?', 'Can you still use this account?'),
    options: [
      opt(
        'locked-out',
        'Non, l’application m’a déconnecté ou me demande un code (souvent après avoir transmis un code reçu par SMS)',
        'No, the app logged me out or asks for a code (often after I passed on a code received by text)',
        q('account-messaging-misuse'),
        { flags: ['access-lost'] },
      ),
      opt(
        'spied',
        'Oui, mais quelqu’un lit mes conversations depuis un autre appareil',
        'Yes, but someone reads my conversations from another device',
        o('messaging-linked-device'),
      ),
    ],
  },
  {
    id: 'account-messaging-misuse',
    kind: 'multiple',
    text: t('Que fait le pirate avec ce compte ?', 'What is the hacker doing with this account?'),
    help: t(
      'Vos contacts vous le diront souvent : demandez-leur par un autre moyen. Plusieurs réponses sont possibles.',
      'Your contacts will often tell you: ask them through another channel. You can choose several answers.',
    ),
    options: [
      choice(
        'asks-money',
        'Il demande de l’argent à mes contacts ou dans mes groupes',
        'They ask my contacts or groups for money',
      ),
      choice(
        'asks-codes',
        'Il demande à mes contacts de lui transmettre des codes reçus par SMS',
        'They ask my contacts to pass on codes received by text',
      ),
      choice('nothing', 'Rien de visible pour l’instant', 'Nothing visible so far', { exclusive: true }),
    ],
    branches: [{ when: ['asks-money'], next: o('messaging-hijack-money') }],
    next: o('messaging-hijack'),
  },

  // Bank
  {
    id: 'account-bank-what',
    kind: 'single',
    text: t('Que constatez-vous sur ce compte ?', 'What do you see on this account?'),
    options: [
      opt(
        'no-network',
        'Mon téléphone n’a soudain plus de réseau, et des opérations ou des connexions inconnues apparaissent',
        'My phone suddenly has no signal, and unknown transactions or logins appear',
        o('sim-swap-active'),
        { flags: ['money-lost', 'ongoing'] },
      ),
      opt(
        'transfers',
        'Des virements que je n’ai pas faits ou un bénéficiaire inconnu ajouté',
        'Transfers I did not make or an unknown payee added',
        o('account-bank-transfers'),
        { flags: ['money-lost'] },
      ),
      opt(
        'card',
        'Des paiements par carte que je n’ai pas faits',
        'Card payments I did not make',
        o('account-bank-card'),
        { flags: ['money-lost'] },
      ),
      opt(
        'access-only',
        'Je ne peux plus me connecter ou je reçois des alertes de connexion, sans opération suspecte',
        'I cannot log in or I get login alerts, with no suspicious transaction',
        o('account-bank-access'),
        { flags: ['access-lost'] },
      ),
    ],
  },

  // SIM swap
  {
    id: 'account-sim-what',
    kind: 'single',
    text: t('Que se passe-t-il avec votre ligne ?', 'What is happening with your line?'),
    options: [
      opt(
        'ops',
        'Plus de réseau d’un coup, et des opérations bancaires ou des connexions inconnues à mes comptes',
        'Signal suddenly gone, and unknown bank transactions or logins to my accounts',
        o('sim-swap-active'),
        { flags: ['ongoing'] },
      ),
      opt(
        'no-network',
        'Plus de réseau d’un coup, sans autre signe pour l’instant',
        'Signal suddenly gone, no other sign so far',
        o('sim-swap-early'),
      ),
      opt(
        'notice',
        'Un SMS ou un courriel annonce un changement de carte SIM ou de forfait que je n’ai pas demandé',
        'A text or email announces a SIM or plan change I did not ask for',
        o('sim-swap-early'),
      ),
      opt(
        'phone-lost',
        'Mon téléphone a été perdu ou volé',
        'My phone was lost or stolen',
        q('device-lost-what'),
      ),
    ],
  },

  // Other accounts
  {
    id: 'account-other-what',
    kind: 'single',
    text: t('Que se passe-t-il avec ce compte ?', 'What is happening with this account?'),
    options: [
      opt(
        'purchases',
        'Des achats, des commandes ou des abonnements ont été faits avec',
        'Purchases, orders or subscriptions were made with it',
        o('account-other-purchases'),
        { flags: ['money-lost'] },
      ),
      opt(
        'gov',
        'C’est un compte d’administration (impôts, CAF, Ameli, France Travail…) dont les coordonnées ont été modifiées',
        'It is a public services account (tax, CAF, Ameli, France Travail…) whose details were changed',
        o('account-gov'),
        { publics: IND },
      ),
      opt(
        'game',
        'C’est un compte de jeu vidéo : objets, skins ou monnaie virtuelle volés',
        'It is a video game account: items, skins or virtual currency stolen',
        q('account-game-age'),
        { publics: IND },
      ),
      opt(
        'pro-tool',
        'C’est un outil professionnel (logiciel métier, espace fournisseur, hébergement, stockage en ligne)',
        'It is a work tool (business software, supplier portal, hosting, cloud storage)',
        o('account-pro-tool'),
        { publics: ORGS },
      ),
      opt(
        'locked',
        'Je ne peux plus m’y connecter, sans autre dommage visible',
        'I cannot log in any more, with no other visible damage',
        o('account-other-locked'),
        { flags: ['access-lost'] },
      ),
    ],
  },
  ageQuestion('account-game-age', o('account-game')),
];
