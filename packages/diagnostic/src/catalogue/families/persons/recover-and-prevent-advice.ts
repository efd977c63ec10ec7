import type { Advice } from '../../../types.ts';

/** Persons advice: recover, then prevent it happening again. */
export const recoverAndPreventAdvice: Advice[] = [
  // ——— Recover ———
  {
    id: 'sextortion-common-scam',
    phase: 'recover',
    text: {
      fr: 'Ce chantage est souvent l’œuvre de réseaux qui visent des milliers de personnes : vous n’avez pas à avoir honte, et payer entraîne presque toujours de nouvelles demandes.',
      en: 'This blackmail is often run by networks targeting thousands of people: there is no shame in it, and paying almost always brings new demands.',
    },
  },
  {
    id: 'minor-not-your-fault',
    phase: 'recover',
    publics: ['individual'],
    facts: { for: 'child' },
    text: {
      fr: 'Parents : écoutez votre enfant sans le juger ni le punir ; la honte l’empêche souvent de parler, et le seul responsable est l’auteur.',
      en: 'Parents: listen to your child without judging or punishing them; shame often stops them from speaking, and the only one to blame is the abuser.',
    },
  },
  {
    id: 'bluff-password-from-leak',
    phase: 'recover',
    text: {
      fr: 'Le mot de passe cité vient d’une ancienne fuite de données, pas de votre ordinateur : changez-le partout où vous l’utilisez encore.',
      en: 'The password quoted comes from an old data leak, not from your computer: change it wherever you still use it.',
    },
  },
  {
    id: 'harass-talk-doctor',
    phase: 'recover',
    text: {
      fr: 'Si la situation vous affecte (sommeil, anxiété), consultez un médecin : il peut aussi constater les répercussions, ce qui appuie la plainte.',
      en: 'If it affects you (sleep, anxiety), see a doctor: they can also record the effects, which supports the complaint.',
    },
  },
  {
    id: 'org-psych-support',
    phase: 'recover',
    publics: ['business', 'public-body'],
    text: {
      fr: 'Proposez à la personne visée un soutien psychologique (médecine du travail, cellule d’écoute) et tenez-la informée des démarches.',
      en: 'Offer the person targeted psychological support (occupational health, helpline) and keep them informed of the steps taken.',
    },
  },
  {
    id: 'stalker-device-check-by-pro',
    phase: 'recover',
    text: {
      fr: 'Faites examiner l’appareil par un professionnel qui documentera le logiciel espion pour la plainte avant de le supprimer ou de réinitialiser l’appareil.',
      en: 'Have the device examined by a professional who will document the spyware for the complaint before removing it or resetting the device.',
    },
  },
  {
    id: 'stalker-review-accounts',
    phase: 'recover',
    text: {
      fr: 'Quand vous êtes en sécurité, vérifiez depuis un appareil sûr les appareils connectés à vos comptes, le partage de position et les accès autorisés, puis changez mots de passe et codes.',
      en: 'Once you are safe, check from a safe device the devices signed in to your accounts, location sharing and authorised access, then change passwords and PINs.',
    },
  },
  {
    id: 'check-own-accounts',
    phase: 'recover',
    text: {
      fr: 'Vérifiez que vos propres comptes n’ont pas été piratés (connexions inconnues, adresse de récupération modifiée) ; si c’est le cas, reprenez-en le contrôle en priorité.',
      en: 'Check that your own accounts were not hacked (unknown sign-ins, recovery address changed); if they were, take back control first.',
    },
  },
  {
    id: 'dox-change-exposed-info',
    phase: 'recover',
    text: {
      fr: 'Si votre numéro ou votre adresse électronique sont publiés, filtrez les appels ou changez-les, et retirez vos coordonnées des annuaires en ligne.',
      en: 'If your number or email address is published, filter calls or change them, and remove your details from online directories.',
    },
  },
  {
    id: 'dox-warn-household',
    phase: 'stop',
    text: {
      fr: 'Prévenez votre entourage et, si votre adresse est publiée, votre voisinage ou votre gardien ; signalez au 17 toute présence suspecte.',
      en: 'Warn the people you live with and, if your address is published, your neighbours or caretaker; report any suspicious presence to 17.',
    },
  },
  {
    id: 'reviews-reply-publicly',
    phase: 'recover',
    publics: ['business', 'public-body'],
    text: {
      fr: 'Répondez calmement et factuellement aux avis visibles, sans accuser leur auteur : vos clients lisent vos réponses.',
      en: 'Answer visible reviews calmly and factually, without accusing their author: your customers read your replies.',
    },
  },
  {
    id: 'smear-official-statement',
    phase: 'recover',
    publics: ['business', 'public-body'],
    text: {
      fr: 'Publiez une mise au point factuelle sur vos canaux officiels et tenez-vous-y, sans relayer vous-même les fausses informations.',
      en: 'Post a factual statement on your official channels and stick to it, without spreading the false information yourself.',
    },
  },
  {
    id: 'talk-with-child-exposed',
    phase: 'recover',
    publics: ['individual'],
    text: {
      fr: 'Parlez avec l’enfant de ce qu’il a vu, sans le gronder, et rassurez-le ; si les images le perturbent, parlez-en à son médecin.',
      en: 'Talk with the child about what they saw, without scolding them, and reassure them; if the images upset them, talk to their doctor.',
    },
  },
  {
    id: 'shocking-content-support',
    phase: 'recover',
    text: {
      fr: 'Ces images peuvent choquer durablement : parlez-en à un proche ou à un professionnel de santé si elles vous reviennent en tête.',
      en: 'These images can be lastingly shocking: talk to someone close or a health professional if they keep coming back to you.',
    },
  },
  {
    id: 'radicalisation-keep-dialogue',
    phase: 'recover',
    text: {
      fr: 'Gardez le lien avec la personne sans la confronter brutalement : l’isolement renforce l’emprise des recruteurs.',
      en: 'Keep in touch with the person without confronting them harshly: isolation strengthens the recruiters’ hold.',
    },
  },

  // ——— Prevent ———
  {
    id: 'bluff-check-leaks',
    phase: 'prevent',
    text: {
      fr: 'Vérifiez sur haveibeenpwned.com si votre adresse figure dans une fuite de données connue, et changez les mots de passe concernés.',
      en: 'Check on haveibeenpwned.com whether your address appears in a known data leak, and change the passwords involved.',
    },
  },
  {
    id: 'harass-platform-safety-tools',
    phase: 'prevent',
    text: {
      fr: 'Utilisez les outils de protection des réseaux sociaux (filtrage de mots, messages limités aux abonnés, validation des commentaires) pour reprendre la main sur votre espace.',
      en: 'Use social networks’ safety tools (word filters, messages limited to followers, comment approval) to take back control of your space.',
    },
  },
  {
    id: 'privacy-settings-minors',
    phase: 'prevent',
    publics: ['individual'],
    text: {
      fr: 'Passez les comptes de l’enfant en privé, limitez les messages d’inconnus et rappelez-lui de ne jamais rencontrer seul une personne connue en ligne.',
      en: 'Make the child’s accounts private, limit messages from strangers and remind them never to meet someone known online on their own.',
    },
  },
  {
    id: 'parental-controls',
    phase: 'prevent',
    publics: ['individual'],
    text: {
      fr: 'Activez le contrôle parental sur les appareils de l’enfant et parlez régulièrement de ce qu’il fait en ligne ; le site jeprotegemonenfant.gouv.fr vous guide.',
      en: 'Turn on parental controls on the child’s devices and talk regularly about what they do online; jeprotegemonenfant.gouv.fr guides you.',
    },
  },
  {
    id: 'stalker-new-device',
    phase: 'prevent',
    text: {
      fr: 'Dès que possible, utilisez un nouveau téléphone et une nouvelle adresse de récupération que la personne n’a jamais connus.',
      en: 'As soon as possible, use a new phone and a new recovery address the person has never known.',
    },
  },
  {
    id: 'fake-profile-secure-own',
    phase: 'prevent',
    text: {
      fr: 'Limitez qui peut voir et réutiliser vos photos (profil privé, publications restreintes) pour compliquer la création de faux profils.',
      en: 'Limit who can see and reuse your photos (private profile, restricted posts) to make fake profiles harder to create.',
    },
  },
  {
    id: 'org-verify-accounts',
    phase: 'prevent',
    publics: ['business', 'public-body'],
    text: {
      fr: 'Faites certifier vos comptes officiels et listez-les sur votre site, pour que chacun puisse distinguer les vrais des faux.',
      en: 'Get your official accounts verified and list them on your website, so everyone can tell the real ones from fakes.',
    },
  },
  {
    id: 'org-staff-reporting-channel',
    phase: 'prevent',
    publics: ['business', 'public-body'],
    text: {
      fr: 'Mettez en place un canal interne pour signaler les attaques en ligne subies dans le cadre du travail, et une procédure de réaction connue de tous.',
      en: 'Set up an internal channel to report online attacks suffered at work, and a response procedure everyone knows.',
    },
  },
  {
    id: 'org-remove-staff-info',
    phase: 'prevent',
    publics: ['business', 'public-body'],
    text: {
      fr: 'Limitez les informations personnelles des équipes sur vos supports publics (noms complets, photos, numéros directs) au strict nécessaire.',
      en: 'Keep staff personal details on your public materials (full names, photos, direct numbers) to the strict minimum.',
    },
  },
  {
    id: 'hosted-moderation-rules',
    phase: 'prevent',
    publics: ['business', 'public-body'],
    text: {
      fr: 'Prévoyez des règles de modération, un bouton de signalement visible et une personne chargée de traiter les signalements rapidement.',
      en: 'Set moderation rules, a visible report button and someone in charge of handling reports quickly.',
    },
  },
  {
    id: 'scam-check-site',
    phase: 'prevent',
    text: {
      fr: 'Avant d’acheter ou d’investir, vérifiez le site : avis d’autres clients, mentions légales, listes noires de l’AMF pour les placements.',
      en: 'Before buying or investing, check the site: other customers’ reviews, legal notice, the AMF blacklists for investments.',
    },
  },
];
