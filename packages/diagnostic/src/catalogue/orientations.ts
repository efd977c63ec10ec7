import type { OrientationDef } from '../types.ts';

/**
 * Where to report or get help. Numbers and addresses are the official ones; `sources` name the
 * public pages they come from (see sources.ts for the full list).
 */
export const orientations: OrientationDef[] = [
  {
    id: 'emergency-17',
    name: { fr: 'Appeler le 17 (Police secours) ou le 112', en: 'Call 17 (police emergency) or 112' },
    description: {
      fr: 'Si une personne est en danger immédiat (menace de mort, de suicide, violence en cours, enfant en danger) : appelez le 17 ou le 112 sans attendre. Personnes sourdes ou malentendantes : SMS au 114.',
      en: 'If someone is in immediate danger (death threat, suicide risk, violence under way, a child at risk): call 17 or 112 now. Deaf or hard-of-hearing people: text 114.',
    },
    phone: '17',
    sms: '114',
    hours: { fr: '24 h/24, 7 j/7, gratuit', en: '24/7, free' },
    sources: ['service-public-urgences'],
  },
  {
    id: 'police-chat',
    name: { fr: 'Échanger avec un policier ou un gendarme', en: 'Chat with a police officer or gendarme' },
    description: {
      fr: 'Un policier ou un gendarme vous répond par tchat pour vous conseiller et engager les démarches judiciaires quand la situation est grave ou urgente.',
      en: 'A police officer or gendarme answers you by chat to advise you and start legal proceedings when the situation is serious or urgent.',
    },
    url: 'https://www.17cyber.gouv.fr',
    hours: { fr: '24 h/24, 7 j/7', en: '24/7' },
    sources: ['17cyber', 'interieur-17cyber'],
  },
  {
    id: 'pharos',
    name: { fr: 'Signaler un contenu illicite sur PHAROS', en: 'Report illegal content to PHAROS' },
    description: {
      fr: 'Plateforme officielle de signalement des contenus et comportements illicites en ligne : pédocriminalité, terrorisme, haine, menaces, escroqueries diffusées publiquement. Le signalement peut être anonyme. PHAROS ne traite pas le dossier d’une victime : si vous avez été escroqué, passez aussi par THESEE, Info Escroqueries ou une plainte.',
      en: 'The official platform for reporting illegal online content and behaviour: child sexual abuse, terrorism, hate, threats, publicly posted scams. Reports can be anonymous. PHAROS does not handle a victim’s own case: if you were scammed, also go through THESEE, Info Escroqueries or a complaint.',
    },
    url: 'https://www.internet-signalement.gouv.fr',
    hours: { fr: 'En ligne 24 h/24', en: 'Online 24/7' },
    sources: ['pharos'],
  },
  {
    id: 'thesee',
    name: { fr: 'Porter plainte en ligne (THESEE)', en: 'File a complaint online (THESEE)' },
    description: {
      fr: 'Plainte ou signalement en ligne pour les e-escroqueries : faux sites de vente, petites annonces, fausse location, escroquerie aux sentiments, chantage en ligne, piratage de messagerie avec demande d’argent, rançongiciel. Accès par service-public.fr, rubrique « Arnaque sur internet », avec FranceConnect, donc réservé aux majeurs : un mineur porte plainte avec un parent.',
      en: 'Online complaint or report for e-scams: fake shops, classified ads, fake rentals, romance scams, online blackmail, hacked mailbox used to ask for money, ransomware. Through service-public.fr (“Arnaque sur internet”), with FranceConnect, so for adults only: a minor files a complaint with a parent.',
    },
    url: 'https://www.service-public.fr/particuliers/vosdroits/N31138',
    hours: { fr: 'En ligne 24 h/24', en: 'Online 24/7' },
    publics: ['individual'],
    // FranceConnect is closed to minors: a minor files a complaint with a parent instead.
    withheld: { flags: ['minor'], instead: 'complaint' },
    sources: ['thesee', 'service-public-escroquerie'],
  },
  {
    id: 'perceval',
    name: { fr: 'Signaler une fraude à la carte bancaire (Perceval)', en: 'Report card fraud (Perceval)' },
    description: {
      fr: 'Si des achats en ligne ont été faits avec votre carte alors que vous l’avez toujours : après l’opposition, signalez-les sur Perceval. Le récépissé appuie votre demande de remboursement auprès de la banque.',
      en: 'If online purchases were made with your card while you still have it: after blocking it, report them on Perceval. The receipt supports your refund request to the bank.',
    },
    url: 'https://www.service-public.fr/particuliers/vosdroits/R46526',
    hours: { fr: 'En ligne 24 h/24', en: 'Online 24/7' },
    sources: ['perceval'],
  },
  {
    id: 'spam-33700',
    name: {
      fr: 'Signaler un SMS ou un appel frauduleux au 33700',
      en: 'Report a scam text or call to 33700',
    },
    description: {
      fr: 'Transférez gratuitement le SMS indésirable au 33700, puis envoyez le numéro de l’expéditeur. Les appels frauduleux se signalent sur 33700.fr.',
      en: 'Forward the unwanted text to 33700 for free, then send the sender’s number. Scam calls are reported on 33700.fr.',
    },
    sms: '33700',
    url: 'https://www.33700.fr',
    hours: { fr: '24 h/24, gratuit', en: '24/7, free' },
    sources: ['33700'],
  },
  {
    id: 'signal-spam',
    name: { fr: 'Signaler un courriel sur Signal Spam', en: 'Report an email to Signal Spam' },
    description: {
      fr: 'Signalez les courriels indésirables ou d’hameçonnage ; les signalements alimentent la lutte contre les campagnes frauduleuses.',
      en: 'Report unwanted or phishing emails; reports feed the fight against fraudulent campaigns.',
    },
    url: 'https://www.signal-spam.fr',
    hours: { fr: 'En ligne 24 h/24', en: 'Online 24/7' },
    sources: ['signal-spam'],
  },
  {
    id: 'info-escroqueries',
    name: { fr: 'Info Escroqueries', en: 'Info Escroqueries (scam helpline)' },
    description: {
      fr: 'Plateforme téléphonique du ministère de l’Intérieur pour informer et orienter les victimes d’escroqueries.',
      en: 'The Ministry of the Interior’s phone line to inform and guide scam victims.',
    },
    phone: '0 805 805 817',
    hours: {
      fr: 'Du lundi au vendredi, 9 h – 18 h 30, appel gratuit',
      en: 'Monday to Friday, 9:00–18:30, free call',
    },
    sources: ['info-escroqueries'],
  },
  {
    id: 'card-opposition',
    name: { fr: 'Faire opposition à sa carte bancaire', en: 'Block your bank card' },
    description: {
      fr: 'Bloquez immédiatement la carte : par l’application ou le numéro de votre banque, ou par le serveur interbancaire d’opposition.',
      en: 'Block the card immediately: through your bank’s app or number, or through the interbank card-blocking line.',
    },
    phone: '0 892 705 705',
    hours: {
      fr: '24 h/24, 7 j/7 (service 0,35 €/min + prix d’un appel)',
      en: '24/7 (€0.35/min plus call cost)',
    },
    sources: ['service-public-opposition'],
  },
  {
    id: 'bank',
    name: { fr: 'Prévenir votre banque', en: 'Contact your bank' },
    description: {
      fr: 'Appelez votre conseiller ou le numéro d’urgence de votre banque (au dos de votre carte, jamais un numéro reçu par message) pour bloquer les opérations, contester les paiements et demander un remboursement.',
      en: 'Call your adviser or your bank’s emergency number (on the back of your card, never a number received in a message) to stop transactions, dispute payments and ask for a refund.',
    },
    url: 'https://www.service-public.fr/particuliers/vosdroits/F1712',
    hours: {
      fr: 'Selon votre banque ; numéro d’urgence 24 h/24',
      en: 'Depends on your bank; emergency line 24/7',
    },
    sources: ['service-public-opposition', 'service-public-paiement-non-autorise'],
  },
  {
    id: 'cnil',
    name: {
      fr: 'CNIL : notifier ou signaler une atteinte aux données',
      en: 'CNIL: notify or report a data breach',
    },
    description: {
      fr: 'Un organisme victime d’une violation de données personnelles doit la notifier à la CNIL dans les 72 heures (article 33 du RGPD) et, si le risque est élevé, informer les personnes concernées. Un particulier peut adresser une plainte à la CNIL (données non supprimées, diffusion, usage abusif).',
      en: 'An organisation suffering a personal data breach must notify the CNIL within 72 hours (GDPR article 33) and, when the risk is high, tell the people concerned. An individual can complain to the CNIL (data not erased, published or misused).',
    },
    url: 'https://www.cnil.fr/fr/notifier-une-violation-de-donnees-personnelles',
    hours: { fr: 'En ligne 24 h/24 ; notification sous 72 h', en: 'Online 24/7; notification within 72 h' },
    sources: ['cnil-violation', 'cnil-plainte'],
  },
  {
    id: 'cert-fr',
    name: { fr: 'Alerter le CERT-FR (ANSSI)', en: 'Alert CERT-FR (ANSSI)' },
    description: {
      fr: 'Centre gouvernemental de veille, d’alerte et de réponse aux attaques informatiques. À alerter pour les administrations, les opérateurs d’importance vitale, les entités régulées (NIS) et les incidents majeurs.',
      en: 'The government centre for monitoring, alerting and responding to cyberattacks. Alert it for public administrations, operators of vital importance, regulated (NIS) entities and major incidents.',
    },
    phone: '+33 1 71 75 84 68',
    url: 'https://cert.ssi.gouv.fr/contact/',
    hours: { fr: '24 h/24, 7 j/7', en: '24/7' },
    publics: ['business', 'public-body'],
    sources: ['cert-fr'],
  },
  {
    id: 'csirt',
    name: { fr: 'Contacter le CSIRT de votre région', en: 'Contact your regional CSIRT' },
    description: {
      fr: 'Les centres régionaux de réponse aux incidents cyber accompagnent gratuitement les PME, ETI, collectivités et associations : premier diagnostic, mise en relation avec des prestataires.',
      en: 'Regional incident response centres help small and mid-sized businesses, local authorities and associations for free: first diagnosis, referral to providers.',
    },
    url: 'https://www.cert.ssi.gouv.fr/csirt/csirt-regionaux/',
    hours: { fr: 'Jours ouvrés (selon la région)', en: 'Working days (depends on the region)' },
    publics: ['business', 'public-body'],
    sources: ['csirt-regionaux'],
  },
  {
    id: 'helpline-3018',
    name: {
      fr: '3018 : harcèlement et violences numériques',
      en: '3018: online harassment and abuse helpline',
    },
    description: {
      fr: 'Numéro national, gratuit, anonyme et confidentiel pour les jeunes victimes de harcèlement ou de violences numériques et leurs parents. Le 3018 peut obtenir le retrait de contenus auprès des réseaux sociaux.',
      en: 'National free, anonymous and confidential line for young victims of harassment or online abuse and their parents. 3018 can have content taken down by social networks.',
    },
    phone: '3018',
    url: 'https://www.e-enfance.org/numero-3018/',
    hours: {
      fr: '7 j/7, de 9 h à 23 h (tchat et application 3018)',
      en: '7 days a week, 9:00–23:00 (chat and 3018 app)',
    },
    publics: ['individual'],
    sources: ['3018'],
  },
  {
    id: 'helpline-119',
    name: {
      fr: '119 : Allô Enfance en Danger',
      en: '119: child protection helpline (Allô Enfance en Danger)',
    },
    description: {
      fr: 'Numéro national, gratuit et confidentiel, pour un enfant ou un adolescent en danger ou en risque de l’être, et pour tout adulte qui s’inquiète pour lui. Le 119 écoute, conseille et transmet aux services de protection de l’enfance du département.',
      en: 'National free and confidential line for a child or teenager in danger or at risk, and for any adult worried about them. 119 listens, advises and passes the situation on to the département’s child protection services.',
    },
    phone: '119',
    url: 'https://www.allo119.gouv.fr',
    hours: {
      fr: '24 h/24, 7 j/7, appel gratuit et invisible sur les factures (tchat et formulaire en ligne)',
      en: '24/7, free call that does not appear on phone bills (chat and online form)',
    },
    publics: ['individual'],
    sources: ['119'],
  },
  {
    id: 'france-victimes',
    name: { fr: 'France Victimes (116 006)', en: 'France Victimes (116 006)' },
    description: {
      fr: 'Aide gratuite aux victimes : écoute, soutien psychologique, information sur les droits et accompagnement dans les démarches.',
      en: 'Free help for victims: listening, psychological support, information on rights and help with procedures.',
    },
    phone: '116 006',
    url: 'https://www.france-victimes.fr',
    hours: { fr: '7 j/7, de 9 h à 19 h, appel gratuit', en: '7 days a week, 9:00–19:00, free call' },
    publics: ['individual'],
    sources: ['france-victimes'],
  },
  {
    id: 'complaint',
    name: { fr: 'Porter plainte', en: 'File a complaint' },
    description: {
      fr: 'Pour une atteinte aux biens dont l’auteur est inconnu (vol, y compris d’un téléphone ou d’une carte bancaire ensuite utilisée, cambriolage, dégradation, escroquerie hors internet), la Plainte en ligne du ministère de l’Intérieur, sur masecurite.interieur.gouv.fr avec FranceConnect, remplace la pré-plainte et évite le déplacement ; les arnaques sur internet relèvent de THESEE. Pour tout le reste (menaces, harcèlement, chantage, atteinte à une personne, auteur connu), portez plainte au commissariat, à la brigade de gendarmerie ou par courrier au procureur de la République. Un mineur porte plainte accompagné d’un parent ou d’un adulte responsable. Apportez toutes les preuves conservées.',
      en: 'For an offence against property by an unknown author (theft, including of a phone or of a bank card then used, burglary, damage, a scam that did not happen online), the Ministry of the Interior’s online complaint (Plainte en ligne), on masecurite.interieur.gouv.fr with FranceConnect, replaces the online pre-complaint and spares you the visit; scams on the internet go to THESEE. For everything else (threats, harassment, blackmail, offences against a person, a known author), file a complaint at a police station, a gendarmerie or by letter to the public prosecutor. A minor files a complaint with a parent or a responsible adult. Bring all the evidence you kept.',
    },
    url: 'https://plainte-en-ligne.masecurite.interieur.gouv.fr',
    hours: {
      fr: 'Plainte en ligne 24 h/24 ; commissariats et gendarmeries 24 h/24',
      en: 'Online complaint 24/7; police and gendarmerie stations 24/7',
    },
    sources: ['plainte-en-ligne', 'plainte-en-ligne-faq', 'service-public-plainte'],
  },
  {
    id: 'provider',
    name: { fr: 'Se faire assister par un prestataire', en: 'Get help from a technical provider' },
    description: {
      fr: 'Un prestataire référencé ou labellisé ExpertCyber près de chez vous peut intervenir pour sécuriser, réparer ou restaurer vos équipements et comptes.',
      en: 'A referenced or ExpertCyber-labelled provider near you can secure, repair or restore your devices and accounts.',
    },
    url: '/prestataires',
    hours: { fr: 'Selon le prestataire', en: 'Depends on the provider' },
    sources: ['cybermalveillance-label'],
  },
];
