/** French, the reference language: every other dictionary has exactly these keys. */
export const fr = {
  meta: {
    siteName: 'Vigie',
    homeTitle: 'Vigie — Assistance aux victimes de cybermalveillance',
    description:
      'Victime d’une arnaque en ligne, d’un piratage ou d’un harcèlement numérique ? Vigie établit un diagnostic, vous conseille et vous oriente vers la bonne démarche.',
  },
  shell: {
    skipLinksLabel: 'Accès rapide',
    skipToContent: 'Contenu',
    skipToMenu: 'Menu',
    skipToFooter: 'Pied de page',
    serviceName: 'Vigie',
    tagline: 'Assistance aux victimes de cybermalveillance',
    homeLinkTitle: 'Accueil — Vigie',
    menu: 'Menu',
    close: 'Fermer',
    mainNavLabel: 'Menu principal',
    navHome: 'Accueil',
    navDiagnostic: 'Faire un diagnostic',
    navProviders: 'Trouver un prestataire',
    footerDescription:
      'Vigie accompagne les particuliers, les entreprises et les collectivités victimes de cybermalveillance : diagnostic, conseils, orientation vers les forces de l’ordre et vers des prestataires de confiance.',
    footerAccessibility: 'Accessibilité : non conforme',
    footerLegal: 'Mentions légales',
    footerPrivacy: 'Données personnelles',
    newWindow: 'nouvelle fenêtre',
    licence: 'Sauf mention contraire, les contenus de ce site sont proposés sous',
  },
  language: {
    switchLabel: 'Langue du site',
    switchTo: 'English',
    switchToTitle: 'Switch the site to English',
    switchToCode: 'en',
  },
  home: {
    heroTitle: 'Victime de cybermalveillance ? Vigie vous aide.',
    heroLead:
      'Arnaque en ligne, compte piraté, rançongiciel, harcèlement : répondez à quelques questions pour comprendre ce qui vous arrive, savoir quoi faire et à qui vous adresser.',
    startDiagnostic: 'Commencer le diagnostic',
    findProvider: 'Trouver un prestataire',
    urgentTitle: 'En cas d’urgence',
    urgentText:
      'Si vous êtes en danger ou si une infraction est en cours, appelez le 17 (ou le 112 depuis un mobile). Pour un signalement par SMS, écrivez au 114.',
    stepsTitle: 'Ce que Vigie vous propose',
    stepDiagnosticTitle: 'Établir un diagnostic',
    stepDiagnosticText:
      'Quelques questions suffisent pour identifier la menace : hameçonnage, fraude à la carte, piratage de compte, rançongiciel, chantage…',
    stepAdviceTitle: 'Recevoir des conseils',
    stepAdviceText:
      'Des recommandations adaptées à votre situation, pour limiter les dégâts et vous protéger.',
    stepReportTitle: 'Signaler et porter plainte',
    stepReportText:
      'Vigie vous oriente vers la bonne plateforme de signalement (Pharos, THESEE, Perceval, 33700…) et vers le dépôt de plainte.',
    stepAgentTitle: 'Échanger avec un policier ou un gendarme',
    stepAgentText:
      'Quand la situation est urgente ou grave, un policier ou un gendarme vous répond par tchat pour vous conseiller et engager les démarches.',
    stepProviderTitle: 'Trouver un prestataire',
    stepProviderText:
      'Pour une aide technique, trouvez près de chez vous un prestataire référencé ou labellisé ExpertCyber.',
    audiencesTitle: 'Pour qui ?',
    audiencesText:
      'Vigie s’adresse aux particuliers, aux entreprises et associations, et aux collectivités et administrations. Le service est gratuit.',
  },
  health: {
    title: 'État du service',
    ok: 'API opérationnelle',
    degraded: 'API en mode dégradé',
    unavailable: 'API indisponible',
    unavailableText:
      'Le service de données ne répond pas pour le moment. Le diagnostic et la recherche de prestataires peuvent être momentanément indisponibles. En cas d’urgence, appelez le 17.',
    apiVersion: 'Version de l’API',
    catalogueVersion: 'Version du catalogue',
    searchEngine: 'Moteur de recherche',
    engineEmbedded: 'intégré',
    engineMeilisearch: 'Meilisearch',
    componentOk: 'opérationnel',
    componentDegraded: 'dégradé',
    database: 'Base de données',
  },
  errors: {
    notFoundTitle: 'Page non trouvée',
    notFoundCode: 'Erreur 404',
    notFoundLead: 'La page que vous cherchez est introuvable. Excusez-nous pour la gêne occasionnée.',
    notFoundText:
      'Si vous avez tapé l’adresse web dans le navigateur, vérifiez qu’elle est correcte. La page n’est peut-être plus disponible. Dans ce cas, pour continuer votre visite, vous pouvez consulter notre page d’accueil.',
    unexpectedTitle: 'Erreur inattendue',
    unexpectedCode: 'Erreur {status}',
    unexpectedLead:
      'Désolé, le service rencontre un problème, nous travaillons pour le résoudre le plus rapidement possible.',
    unexpectedText:
      'Essayez de rafraîchir la page ou bien réessayez plus tard. En cas d’urgence, appelez le 17.',
    backHome: 'Page d’accueil',
  },
  diagnostic: {
    metaTitle: 'Faire un diagnostic',
    metaQuestion: 'Question {number}',
    metaOutcome: 'Résultat du diagnostic',
    title: 'Faire un diagnostic',
    lead: 'Répondez à quelques questions pour comprendre ce qui vous arrive, savoir quoi faire et à qui vous adresser. Le diagnostic est gratuit et anonyme.',
    privacy:
      'Aucune donnée personnelle ne vous est demandée. Vos réponses sont gardées dans l’adresse de la page : vous pouvez la mettre en favori pour reprendre plus tard.',
    publicLegend: 'Pour qui faites-vous ce diagnostic ?',
    publicIndividual: 'Particulier',
    publicIndividualHint: 'Pour vous-même ou pour un proche.',
    publicBusiness: 'Entreprise ou association',
    publicBusinessHint: 'Entreprise, commerce, profession libérale, association.',
    publicPublicBody: 'Collectivité ou administration',
    publicPublicBodyHint: 'Commune, département, région, établissement public, service de l’État.',
    start: 'Commencer le diagnostic',
    emergencyNotice: 'En cas de danger immédiat, appelez le 17 ou le 112 (SMS 114).',
    dangerTitle: 'Danger immédiat : appelez le 17 ou le 112 maintenant',
    dangerText:
      'Vous avez indiqué qu’une personne est en danger. N’attendez pas la fin du diagnostic : appelez le 17 (Police secours) ou le 112. Si vous ne pouvez pas parler, envoyez un SMS au 114.',
    call17: 'Appeler le 17',
    call112: 'Appeler le 112',
    sms114: 'SMS au 114',
    caption: '{public} — question {number}',
    multipleHint: 'Plusieurs réponses possibles.',
    continue: 'Continuer',
    back: 'Retour',
    backToLastQuestion: 'Retour à la dernière question',
    restart: 'Recommencer',
    errorSummaryTitle: 'Le formulaire contient une erreur',
    errorPublicRequired: 'Indiquez pour qui vous faites ce diagnostic.',
    errorRequired: 'Choisissez une réponse pour continuer.',
    errorRequiredMultiple: 'Cochez au moins une réponse pour continuer.',
    errorExclusive: 'La réponse « {option} » ne peut pas être cochée avec d’autres réponses.',
    errorInvalid: 'Cette réponse n’est pas proposée. Choisissez parmi les réponses affichées.',
    errorStale: 'Les questions ont changé depuis l’affichage de la page. Répondez à la question ci-dessous.',
    errorBadRequest: 'Votre réponse n’a pas pu être lue. Choisissez de nouveau une réponse.',
    invalidTitle: 'Ce diagnostic ne peut pas être repris',
    invalidMalformed:
      'L’adresse de cette page est incomplète ou a été modifiée : nous ne retrouvons pas vos réponses.',
    invalidIncompatible:
      'Le questionnaire a été mis à jour depuis que vous avez commencé : vos réponses ne correspondent plus aux questions actuelles.',
    invalidAdvice: 'Recommencez le diagnostic : il ne prend que quelques minutes.',
    restartDiagnostic: 'Recommencer le diagnostic',
    outcomeCaption: 'Résultat du diagnostic',
    severity: 'Gravité : {severity}',
    severityInfo: 'Information',
    severityLow: 'Faible',
    severityHigh: 'Élevée',
    severityCritical: 'Critique',
    urgentTitle: 'Situation urgente',
    urgentText:
      'Un policier ou un gendarme peut vous répondre dès maintenant par tchat pour vous conseiller et engager les démarches.',
    urgentLink: 'Échanger avec un policier ou un gendarme',
    adviceTitle: 'Nos conseils',
    phaseStop: 'Mettre fin à l’atteinte',
    phaseEvidence: 'Conserver les preuves',
    phaseReport: 'Signaler',
    phaseRecover: 'Se rétablir',
    phasePrevent: 'Prévenir',
    orientationsTitle: 'Où vous adresser',
    phone: 'Téléphone',
    sms: 'SMS',
    website: 'Site',
    hours: 'Horaires',
    callNumber: 'Appeler le {number}',
    visitWebsite: 'Accéder au site',
    findProvider: 'Trouver un prestataire',
    answersTitle: 'Revoir mes réponses',
    edit: 'Modifier',
    editAnswer: 'la réponse à « {question} »',
  },
};

/** The shape of a dictionary: the French one, with every leaf widened to `string`. */
export type Messages = Widen<typeof fr>;

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
