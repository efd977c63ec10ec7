import type { Advice } from '../../../types.ts';

/** Persons advice: stop the harm, then keep the evidence. */
export const stopAndEvidenceAdvice: Advice[] = [
  // ——— Stop the harm ———
  {
    id: 'sextortion-no-more-images',
    phase: 'stop',
    text: {
      fr: 'N’envoyez plus aucune image ni vidéo, même si l’on vous promet d’arrêter en échange : chaque envoi nourrit le chantage.',
      en: 'Do not send any more images or videos, even if you are promised it will stop: every new one feeds the blackmail.',
    },
  },
  {
    id: 'lock-down-social-accounts',
    phase: 'stop',
    text: {
      fr: 'Passez vos comptes de réseaux sociaux en privé et masquez votre liste d’amis et d’abonnés, pour qu’on ne puisse plus joindre vos proches.',
      en: 'Make your social media accounts private and hide your friends and followers lists, so your contacts can no longer be reached.',
    },
  },
  {
    id: 'bluff-do-not-reply',
    phase: 'stop',
    text: {
      fr: 'Ne répondez pas : ce courriel est envoyé en masse, son auteur n’a ni accès à votre webcam ni vidéo de vous.',
      en: 'Do not reply: this email is sent in bulk, its author has no access to your webcam and no video of you.',
    },
  },
  {
    id: 'call-3114-self',
    phase: 'stop',
    text: {
      fr: 'Si vous avez des idées noires, appelez le 3114, numéro national de prévention du suicide, gratuit et ouvert 24 h/24 : vous n’êtes pas seul.',
      en: 'If you have dark thoughts, call 3114, the national suicide prevention line, free and open 24/7: you are not alone.',
    },
  },
  {
    id: 'block-harasser',
    phase: 'stop',
    text: {
      fr: 'Après avoir conservé les preuves, bloquez les comptes qui vous harcèlent et limitez qui peut vous écrire ou commenter.',
      en: 'Once you have kept the evidence, block the accounts harassing you and limit who can message you or comment.',
    },
  },
  {
    id: 'do-not-respond-provocation',
    phase: 'stop',
    text: {
      fr: 'Ne répondez pas aux attaques ni aux provocations et ne cherchez pas à vous venger : cela alimente souvent le harcèlement.',
      en: 'Do not answer attacks or provocation and do not retaliate: it often fuels the harassment.',
    },
  },
  {
    id: 'limit-exposure-raid',
    phase: 'stop',
    text: {
      fr: 'Pendant un raid, passez vos comptes en privé, fermez les commentaires et filtrez les mots-clés ; demandez à un proche de trier les messages à votre place.',
      en: 'During a pile-on, make your accounts private, close comments and filter keywords; ask someone you trust to sort the messages for you.',
    },
  },
  {
    id: 'bully-no-direct-contact',
    phase: 'stop',
    text: {
      fr: 'Évitez de régler la situation vous-même avec les autres élèves ou leurs parents : passez par l’établissement.',
      en: 'Avoid sorting things out yourself with the other pupils or their parents: go through the school.',
    },
  },
  {
    id: 'threat-secure-yourself',
    phase: 'stop',
    text: {
      fr: 'Si la menace est précise, ne restez pas seul : mettez-vous à l’abri chez un proche et évitez les lieux où l’auteur sait vous trouver.',
      en: 'If the threat is specific, do not stay alone: take shelter with someone close and avoid places where the author knows where to find you.',
    },
    publics: ['individual'],
  },
  {
    id: 'org-protect-threatened-staff',
    phase: 'stop',
    publics: ['business', 'public-body'],
    text: {
      fr: 'Mettez la personne visée à l’abri : adaptez son poste, ses déplacements et son exposition publique le temps de l’enquête.',
      en: 'Keep the person targeted safe: adjust their duties, travel and public exposure while the investigation runs.',
    },
  },
  {
    id: 'employer-protect-staff',
    phase: 'stop',
    publics: ['business'],
    text: {
      fr: 'En tant qu’employeur, vous devez protéger la santé et la sécurité de vos salariés : soutenez la personne visée et ne la laissez pas gérer seule.',
      en: 'As an employer, you must protect your employees’ health and safety: support the person targeted and do not leave them to cope alone.',
    },
  },
  {
    id: 'bomb-threat-procedure',
    phase: 'stop',
    publics: ['business', 'public-body'],
    text: {
      fr: 'Face à une menace d’attentat ou d’alerte à la bombe, appelez le 17 et suivez les consignes des forces de l’ordre avant toute évacuation ou réouverture.',
      en: 'Faced with an attack or bomb threat, call 17 and follow the police’s instructions before any evacuation or reopening.',
    },
  },
  {
    id: 'threat-org-security-measures',
    phase: 'stop',
    publics: ['business', 'public-body'],
    text: {
      fr: 'Renforcez la sécurité du site ou de l’événement visé et dites aux équipes quelle conduite tenir, en lien avec la police ou la gendarmerie.',
      en: 'Step up security at the site or event targeted and tell staff what to do, in liaison with the police or gendarmerie.',
    },
  },
  {
    id: 'do-not-alert-abuser',
    phase: 'stop',
    text: {
      fr: 'Ne supprimez pas tout de suite l’application ou le traceur et ne confrontez pas la personne : la découverte peut provoquer une escalade. Préparez d’abord votre sécurité.',
      en: 'Do not remove the app or tracker straight away and do not confront the person: being found out can make them escalate. Plan your safety first.',
    },
  },
  {
    id: 'use-safe-device',
    phase: 'stop',
    text: {
      fr: 'Pour chercher de l’aide, utilisez un appareil que la personne n’a jamais eu entre les mains (téléphone d’un proche, ordinateur d’une médiathèque).',
      en: 'To look for help, use a device the person has never had access to (a friend’s phone, a library computer).',
    },
  },
  {
    id: 'stalker-safety-plan',
    phase: 'stop',
    text: {
      fr: 'Préparez un plan de mise en sécurité (papiers, numéros utiles, lieu où aller) ; le 3919, gratuit, anonyme et ouvert 24 h/24, peut vous y aider.',
      en: 'Prepare a safety plan (papers, useful numbers, a place to go); 3919, free, anonymous and open 24/7, can help you with it.',
    },
  },
  {
    id: 'child-stop-contact-adult',
    phase: 'stop',
    text: {
      fr: 'Demandez à l’enfant de ne plus répondre à cet adulte, sans supprimer la conversation ni le compte, et de ne jamais se rendre à un rendez-vous.',
      en: 'Ask the child to stop answering this adult, without deleting the conversation or the account, and never to go to a meeting.',
    },
  },
  {
    id: 'grooming-do-not-confront',
    phase: 'stop',
    text: {
      fr: 'Ne contactez pas l’adulte et ne vous faites pas passer pour l’enfant : laissez les enquêteurs agir.',
      en: 'Do not contact the adult and do not pose as the child: leave it to the investigators.',
    },
  },
  {
    id: 'csam-do-not-download',
    phase: 'stop',
    text: {
      fr: 'Ne téléchargez pas, ne transférez pas et ne partagez pas ces images, même pour les dénoncer : leur détention et leur diffusion sont des délits.',
      en: 'Do not download, forward or share these images, even to denounce them: possessing and distributing them are offences.',
    },
  },
  {
    id: 'child-abuse-known-protect',
    phase: 'stop',
    text: {
      fr: 'Si un enfant de votre entourage est en danger, appelez aussi le 119 (Allô Enfance en danger, gratuit, 24 h/24).',
      en: 'If a child around you is in danger, also call 119 (Allô Enfance en danger, free, 24/7).',
    },
    publics: ['individual'],
  },
  {
    id: 'org-device-do-not-touch',
    phase: 'stop',
    publics: ['business', 'public-body'],
    text: {
      fr: 'Ne manipulez pas l’appareil et n’enquêtez pas vous-même : isolez-le, empêchez tout accès et laissez les enquêteurs le saisir.',
      en: 'Do not handle the device or investigate yourself: isolate it, prevent any access and let the investigators seize it.',
    },
  },
  {
    id: 'org-csam-discretion',
    phase: 'stop',
    publics: ['business', 'public-body'],
    text: {
      fr: 'Ne prévenez pas la personne soupçonnée et limitez l’information à la direction : laissez les enquêteurs mener les auditions.',
      en: 'Do not alert the person suspected and keep the information within management: let the investigators conduct interviews.',
    },
  },
  {
    id: 'do-not-share-content',
    phase: 'stop',
    text: {
      fr: 'Ne partagez pas ce contenu, même pour le dénoncer : vous contribueriez à sa diffusion.',
      en: 'Do not share this content, even to denounce it: you would help spread it.',
    },
  },
  {
    id: 'suicide-contact-person',
    phase: 'stop',
    text: {
      fr: 'Appelez la personne ou restez en contact avec elle, et donnez au 17 ou au 112 son nom et son adresse si vous les connaissez.',
      en: 'Call the person or stay in touch with them, and give 17 or 112 their name and address if you know them.',
    },
  },
  {
    id: 'call-3114-relative',
    phase: 'stop',
    text: {
      fr: 'Le 3114, numéro national de prévention du suicide, répond gratuitement 24 h/24 à la personne en souffrance comme à ses proches inquiets.',
      en: '3114, the national suicide prevention line, answers free of charge 24/7, both the person in distress and worried relatives.',
    },
  },
  {
    id: 'hosted-remove-promptly',
    phase: 'stop',
    publics: ['business', 'public-body'],
    text: {
      fr: 'Retirez ou rendez inaccessible le contenu sans délai : un hébergeur qui laisse en ligne un contenu manifestement illicite qu’on lui a signalé engage sa responsabilité.',
      en: 'Remove the content or make it inaccessible without delay: a host that leaves reported, manifestly illegal content online becomes liable.',
    },
  },
  {
    id: 'hosted-csam-block-no-copy',
    phase: 'stop',
    publics: ['business', 'public-body'],
    text: {
      fr: 'Rendez ces images inaccessibles immédiatement, sans les copier ni les télécharger, et suspendez le compte qui les a publiées.',
      en: 'Make these images inaccessible immediately, without copying or downloading them, and suspend the account that posted them.',
    },
  },

  // ——— Keep evidence ———
  {
    id: 'record-blackmailer-details',
    phase: 'evidence',
    text: {
      fr: 'Notez l’identifiant et le lien du profil du maître chanteur, ainsi que les moyens de paiement demandés (IBAN, portefeuille de cryptomonnaie, coupons).',
      en: 'Write down the blackmailer’s user name and profile link, and the payment details they asked for (IBAN, crypto wallet, vouchers).',
    },
  },
  {
    id: 'csam-no-screenshot',
    phase: 'evidence',
    text: {
      fr: 'Ne faites pas de capture des images sexuelles d’un mineur, même pour preuve : notez seulement l’adresse (URL) de la page, la date, l’heure et le nom du compte.',
      en: 'Do not capture sexual images of a minor, even as evidence: only note the page address (URL), the date, the time and the account name.',
    },
  },
  {
    id: 'nci-list-urls',
    phase: 'evidence',
    text: {
      fr: 'Listez chaque adresse (URL) où les images apparaissent, avec la date : elle servira aux demandes de retrait et à la plainte.',
      en: 'List every address (URL) where the images appear, with the date: you will need it for takedown requests and the complaint.',
    },
  },
  {
    id: 'commissaire-justice-constat',
    phase: 'evidence',
    text: {
      fr: 'Pour une preuve incontestable, faites dresser un constat par un commissaire de justice (ancien huissier), surtout si le contenu risque d’être supprimé.',
      en: 'For indisputable evidence, have a bailiff (commissaire de justice) record the content, especially if it may be deleted.',
    },
  },
  {
    id: 'harassment-log',
    phase: 'evidence',
    text: {
      fr: 'Tenez un registre des faits (date, plateforme, compte, contenu) : c’est la répétition qui caractérise le harcèlement.',
      en: 'Keep a log of what happens (date, platform, account, content): repetition is what makes it harassment.',
    },
  },
  {
    id: 'smear-identify-network',
    phase: 'evidence',
    text: {
      fr: 'Repérez les comptes qui lancent et relaient les attaques (dates, messages identiques, comptes récents) : ces éléments aident la plateforme et les enquêteurs.',
      en: 'Identify the accounts that start and relay the attacks (dates, identical messages, new accounts): this helps the platform and investigators.',
    },
  },
  {
    id: 'org-collect-evidence-staff',
    phase: 'evidence',
    publics: ['business', 'public-body'],
    text: {
      fr: 'Centralisez les preuves avec la personne visée (captures, liens, dates) en désignant quelqu’un pour les relever à sa place.',
      en: 'Gather the evidence with the person targeted (screenshots, links, dates), naming someone to collect it on their behalf.',
    },
  },
  {
    id: 'reviews-document',
    phase: 'evidence',
    publics: ['business', 'public-body'],
    text: {
      fr: 'Relevez chaque avis litigieux (texte, date, pseudonyme, lien) et les indices qu’il est faux : aucun client correspondant, rafale d’avis, même auteur sur plusieurs fiches.',
      en: 'Record every disputed review (text, date, user name, link) and the signs it is fake: no matching customer, a burst of reviews, the same author on several listings.',
    },
  },
  {
    id: 'stalkerware-note-signs',
    phase: 'evidence',
    text: {
      fr: 'Notez les signes de surveillance et leurs dates : informations que la personne ne pouvait pas connaître, application inconnue, batterie qui se vide, présence inattendue.',
      en: 'Note the signs of surveillance and their dates: things the person could not have known, an unknown app, a draining battery, unexpected appearances.',
    },
  },
  {
    id: 'tracker-check-alert',
    phase: 'evidence',
    text: {
      fr: 'Votre téléphone peut repérer un traceur qui se déplace avec vous (alerte « AirTag détecté » sur iPhone, « traceurs inconnus » sur Android) : photographiez-le et notez où il était.',
      en: 'Your phone can detect a tracker moving with you (“AirTag found” alert on iPhone, “unknown tracker alerts” on Android): photograph it and note where it was.',
    },
  },
  {
    id: 'keep-device-as-is',
    phase: 'evidence',
    text: {
      fr: 'Gardez l’appareil concerné tel quel, sans effacer les messages ni le compte : les enquêteurs en auront besoin.',
      en: 'Keep the device involved as it is, without deleting messages or the account: the investigators will need it.',
    },
  },
  {
    id: 'threat-attack-note-details',
    phase: 'evidence',
    text: {
      fr: 'Notez le nom du compte, la plateforme, l’adresse de la publication, l’heure et la cible annoncée, et transmettez-les tout de suite aux forces de l’ordre.',
      en: 'Note the account name, the platform, the post address, the time and the announced target, and pass them on to the police straight away.',
    },
  },
  {
    id: 'suicide-note-account',
    phase: 'evidence',
    text: {
      fr: 'Notez le nom du compte, l’adresse de la publication et l’heure : les secours en ont besoin pour identifier et retrouver la personne.',
      en: 'Note the account name, the post address and the time: emergency services need them to identify and find the person.',
    },
  },
  {
    id: 'hosted-keep-logs',
    phase: 'evidence',
    publics: ['business', 'public-body'],
    text: {
      fr: 'Conservez les journaux de connexion et les données d’identification du compte qui a publié : les enquêteurs vous les demanderont.',
      en: 'Keep the connection logs and the identification data of the account that posted it: the investigators will ask you for them.',
    },
  },
];
