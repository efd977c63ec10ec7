/**
 * The legal pages in French, the reference text. A block is a paragraph, or a list item when it
 * starts with "- "; `[text](address)` is a link. `{publisher}` and the other placeholders are the
 * operator's facts (components/layout/operator.ts).
 */
export const legalFr = {
  updated: 'Mise à jour : {date}',
  legalNotice: {
    metaTitle: 'Mentions légales',
    metaDescription:
      'Éditeur, directeur de la publication, hébergement, licence des contenus et responsabilités du service Vigie.',
    title: 'Mentions légales',
    lead: 'Vigie est un service public numérique d’assistance aux victimes de cybermalveillance.',
    sections: [
      {
        title: 'Éditeur',
        blocks: ['Le site Vigie est édité par {publisher}, {publisherAddress}.'],
      },
      {
        title: 'Directeur de la publication',
        blocks: ['Le directeur de la publication est {director}.'],
      },
      {
        title: 'Hébergement',
        blocks: ['Le site est hébergé par {host}, {hostAddress}.'],
      },
      {
        title: 'Objet du service',
        blocks: [
          'Vigie aide les particuliers, les entreprises, les associations et les collectivités à comprendre une situation de cybermalveillance, leur donne des conseils et les oriente vers les services compétents : police et gendarmerie, plateformes officielles de signalement, aide aux victimes, prestataires techniques.',
          'Les conseils du diagnostic sont généraux : ils ne remplacent ni un dépôt de plainte ni l’avis d’un professionnel qui connaît votre situation. En cas de danger immédiat, appelez le 17 ou le 112, ou envoyez un SMS au 114.',
        ],
      },
      {
        title: 'Annuaire des prestataires',
        blocks: [
          'Les informations des fiches (coordonnées, services, zone d’intervention, horaires) sont déclarées par les prestataires eux-mêmes.',
          'Un prestataire référencé a signé la charte d’engagement du service ; le label ExpertCyber distingue en plus une expertise vérifiée. Ni le référencement ni le label ne garantissent le résultat d’une intervention : le contrat est conclu directement entre vous et le prestataire, qui en fixe le prix.',
        ],
      },
      {
        title: 'Propriété intellectuelle et réutilisation',
        blocks: [
          'Sauf mention contraire, les contenus de ce site (textes, conseils, questionnaire du diagnostic) sont publiés sous [licence Etalab 2.0](https://www.etalab.gouv.fr/licence-ouverte-open-licence/) : vous pouvez les réutiliser librement, y compris à des fins commerciales, en mentionnant leur source (« Vigie ») et la date de leur dernière mise à jour.',
          'Le bloc-marque « République française », la Marianne et les éléments graphiques du [Système de design de l’État](https://www.systeme-de-design.gouv.fr/) sont réservés aux sites de l’État et ne sont pas couverts par cette licence.',
          'Les données géographiques de l’annuaire proviennent du découpage administratif publié par Etalab et de la base officielle des codes postaux (Licence Ouverte), des rectangles englobants des communes publiés par Etalab d’après [ADMIN EXPRESS](https://geoservices.ign.fr/adminexpress) de l’IGN (Licence Ouverte), et de [GeoNames](https://www.geonames.org/), ses listes des lieux de 500 et de 1 000 habitants ou plus (licence CC BY 4.0). Les fonds de carte portent la mention de leur source sur la carte elle-même.',
        ],
      },
      {
        title: 'Liens vers d’autres sites',
        blocks: [
          'Vigie renvoie vers des sites publics (17Cyber, Pharos, THESEE, Perceval, Info Escroqueries…) et vers les sites des prestataires. Il n’est pas responsable de leur contenu.',
          'Tout site peut créer un lien vers Vigie sans autorisation préalable.',
        ],
      },
      {
        title: 'Accessibilité et données personnelles',
        blocks: [
          'L’état d’accessibilité du site est décrit dans la [déclaration d’accessibilité](/accessibilite) ; les données traitées, dans la page [Données personnelles](/donnees-personnelles). L’[état du service](/health) indique si le site fonctionne normalement.',
        ],
      },
      {
        title: 'Nous écrire',
        blocks: ['Pour toute question sur ce site : {publisher}, service Vigie, {publisherAddress}.'],
      },
    ],
  },
  accessibility: {
    metaTitle: 'Déclaration d’accessibilité',
    metaDescription:
      'État de conformité de Vigie au RGAA 4.1, ce qui a été vérifié, les contenus non accessibles et les recours possibles.',
    title: 'Déclaration d’accessibilité',
    lead: '{publisher} s’engage à rendre ses services en ligne accessibles, conformément à l’article 47 de la loi n° 2005-102 du 11 février 2005. Cette déclaration s’applique au site Vigie : accueil, diagnostic, annuaire des prestataires et pages d’information.',
    sections: [
      {
        title: 'État de conformité',
        blocks: [
          'Vigie est non conforme au référentiel général d’amélioration de l’accessibilité (RGAA), version 4.1.',
          'Aucun audit complet des 106 critères du RGAA n’a encore été réalisé : le taux de conformité n’est pas établi. Selon les règles du RGAA, un site qui ne dispose pas d’un audit en cours de validité se déclare non conforme.',
        ],
      },
      {
        title: 'Ce qui a été vérifié',
        blocks: [
          'À chaque modification du code, des tests automatiques pilotent un navigateur (Chromium) et vérifient que :',
          '- le diagnostic se parcourt de la première question au résultat avec et sans JavaScript, et que les boutons Précédent et Suivant du navigateur ainsi que le rechargement de la page conservent les réponses ;',
          '- une réponse manquante affiche un récapitulatif d’erreurs qui renvoie à la question ;',
          '- la recherche de prestataires, ses filtres, sa pagination et les fiches fonctionnent sans JavaScript ;',
          '- après un changement de page de résultats, le focus est placé sur les résultats, et les prestataires de la carte sont atteignables au clavier ;',
          '- la langue de chaque page est déclarée, et le changement de langue fonctionne avec et sans JavaScript.',
          'Ces tests ne remplacent pas un audit : ils ne contrôlent ni les contrastes, ni les alternatives textuelles, ni la restitution par un lecteur d’écran. Aucun contrôle automatique des règles d’accessibilité (par exemple avec axe-core) n’est encore en place.',
        ],
      },
      {
        title: 'Contenus non accessibles',
        blocks: [
          'Non-conformités connues :',
          '- la suggestion de lieux pendant la saisie, dans la recherche de prestataires, n’a pas été testée avec un lecteur d’écran ; le formulaire fonctionne aussi sans elle, en saisissant un code postal ou une commune.',
          'Dérogations pour charge disproportionnée : aucune.',
          'Contenus non soumis à l’obligation d’accessibilité : la carte interactive de l’annuaire (services de cartographie en ligne). Ses informations essentielles sont données sous une forme accessible par la liste des résultats, affichée à côté : nom, distance, adresse et lien vers la fiche de chaque prestataire.',
        ],
      },
      {
        title: 'Établissement de cette déclaration',
        blocks: [
          'Cette déclaration a été établie le 3 décembre 2026. Elle sera mise à jour après le premier audit et à chaque évolution importante du site.',
          'Technologies utilisées : HTML5, CSS (Système de design de l’État), JavaScript (React et Remix ; Leaflet pour la carte). Toutes les pages fonctionnent sans JavaScript, sauf la carte et la suggestion de lieux.',
          'Environnement de test : Chromium (paquet Debian) sans interface graphique, piloté par Playwright, avec et sans JavaScript, en français et en anglais. Aucune technologie d’assistance (lecteur d’écran, logiciel de grossissement) n’a encore été utilisée.',
          'Pages vérifiées par ces tests : l’accueil (/), le diagnostic (/diagnostic, ses questions et son résultat), la recherche de prestataires (/prestataires) et la fiche d’un prestataire.',
          'Prochaines étapes : un audit complet RGAA 4.1 de ces pages, un contrôle automatique des règles d’accessibilité dans les tests, et des tests avec les lecteurs d’écran NVDA et VoiceOver.',
        ],
      },
      {
        title: 'Retour d’information et contact',
        blocks: [
          'Si vous n’arrivez pas à accéder à un contenu ou à un service, écrivez à {publisher}, service Vigie (accessibilité), {publisherAddress}, pour être orienté vers une alternative accessible ou obtenir le contenu sous une autre forme.',
          'En cas de danger immédiat, n’attendez pas de réponse : appelez le 17 ou le 112. Si vous êtes sourd, malentendant ou ne pouvez pas parler, envoyez un SMS au 114.',
        ],
      },
      {
        title: 'Voies de recours',
        blocks: [
          'Si vous avez signalé au responsable du site un défaut d’accessibilité qui vous empêche d’accéder à un contenu ou à un service, et que vous n’avez pas obtenu de réponse satisfaisante, vous pouvez saisir le Défenseur des droits :',
          '- en [écrivant au Défenseur des droits en ligne](https://formulaire.defenseurdesdroits.fr/) ;',
          '- en [contactant le délégué du Défenseur des droits de votre région](https://www.defenseurdesdroits.fr/carte-des-delegues) ;',
          '- par courrier, gratuitement et sans timbre : Défenseur des droits, Libre réponse 71120, 75342 Paris CEDEX 07.',
        ],
      },
    ],
  },
  privacy: {
    metaTitle: 'Données personnelles',
    metaDescription:
      'Ce que Vigie conserve, pourquoi, combien de temps et sur quelle base légale, et comment exercer vos droits.',
    title: 'Données personnelles',
    lead: 'Vigie vous aide sans vous identifier : le diagnostic et la recherche de prestataires ne demandent ni nom, ni adresse électronique, ni compte. Cette page décrit tout ce que le service traite aujourd’hui ; elle est mise à jour à chaque nouveau traitement.',
    sections: [
      {
        title: 'Responsable du traitement',
        blocks: [
          'Le responsable du traitement est {publisher}, {publisherAddress}.',
          'Les traitements décrits ici reposent sur l’exécution d’une mission d’intérêt public, l’assistance aux victimes de cybermalveillance (article 6, paragraphe 1, point e, du règlement général sur la protection des données, RGPD).',
        ],
      },
      {
        title: 'Le diagnostic',
        blocks: [
          'Vos réponses ne sont pas enregistrées par Vigie. Elles sont gardées dans l’adresse de la page (paramètre « parcours »), ce qui permet de revenir en arrière ou de reprendre plus tard ; le serveur les lit pour afficher la question suivante, puis les oublie.',
          'Cette adresse reste dans l’historique de votre navigateur. Si d’autres personnes utilisent votre appareil, ou si vous pensez être surveillé, utilisez la navigation privée ou effacez l’historique après votre visite.',
        ],
      },
      {
        title: 'La recherche de prestataires',
        blocks: [
          'Le lieu que vous saisissez (code postal, commune), ou votre position si vous utilisez « Autour de moi » et l’autorisez dans votre navigateur, sert uniquement à trouver les prestataires proches. Il n’est pas enregistré.',
          'Si l’hébergement du service utilise la Base adresse nationale pour trouver les lieux, le texte saisi lui est transmis par le serveur de Vigie, sans aucune information sur vous.',
          'La carte affiche des fonds de carte que votre navigateur télécharge auprès d’un service tiers (par défaut OpenStreetMap) : comme pour toute image chargée sur internet, ce service reçoit votre adresse IP. La liste des résultats donne les mêmes informations sans la carte.',
        ],
      },
      {
        title: 'Journaux techniques',
        blocks: [
          'Le serveur note chaque requête : date, méthode, adresse de la page sans ses paramètres, code de réponse, durée et identifiant de la requête. Ces journaux ne contiennent ni adresse IP, ni lieu recherché, ni réponse au diagnostic. Ils servent à détecter et corriger les incidents ; leur durée de conservation est fixée par l’hébergement du service.',
        ],
      },
      {
        title: 'Protection contre les abus',
        blocks: [
          'Pour limiter les abus (tentatives répétées de connexion, recherches automatisées), le service compte les requêtes de chaque adresse IP par minute. Ces compteurs sont gardés en mémoire seulement, ne sont jamais écrits sur disque ni dans les journaux, et expirent au bout d’une minute.',
        ],
      },
      {
        title: 'Cookie de langue',
        blocks: [
          'Si vous changez la langue du site, un cookie « lang » retient votre choix (« fr » ou « en ») pendant un an. Il ne contient rien d’autre et ne sert pas à vous suivre : il est dispensé de consentement.',
          'Vigie n’utilise aucun autre cookie, aucun outil de mesure d’audience et aucune publicité.',
        ],
      },
      {
        title: 'Comptes professionnels',
        blocks: [
          'Les comptes servent aux professionnels qui travaillent sur le service (prestataires, partenaires, policiers et gendarmes, administrateurs) et sont créés par l’éditeur ; les victimes n’en ont pas besoin.',
          'Pour chaque compte, Vigie conserve l’adresse électronique, le nom affiché, la langue, les rôles et une empreinte du mot de passe (scrypt), jamais le mot de passe lui-même. Une session n’est plus valable après 12 heures ; seule une empreinte de son jeton est conservée.',
          'Les connexions, les échecs de connexion et les déconnexions sont notés dans un journal de sécurité (date, compte concerné, identifiant de la requête, sans adresse IP). Un échec avec une adresse électronique inconnue n’enregistre pas l’adresse saisie.',
          'Les données d’un compte sont conservées tant que le compte existe. À sa suppression, les entrées du journal de sécurité ne sont plus rattachées à la personne.',
        ],
      },
      {
        title: 'Annuaire des prestataires',
        blocks: [
          'Les fiches publient les coordonnées professionnelles que chaque prestataire a choisi de donner (nom, adresse, téléphone, courriel, site). Lorsqu’un prestataire exerce en nom propre, ce sont des données personnelles, publiées pour que les victimes puissent le contacter.',
        ],
      },
      {
        title: 'Destinataires',
        blocks: [
          'Les données sont traitées par les seuls agents habilités de {publisher} et par l’hébergement du service. Vigie ne vend ni ne cède aucune donnée. Le seul tiers qui reçoit une donnée personnelle est le service de fonds de carte, qui reçoit votre adresse IP directement de votre navigateur.',
        ],
      },
      {
        title: 'Vos droits',
        blocks: [
          'Vous disposez d’un droit d’accès, de rectification, d’effacement et de limitation du traitement de vos données, ainsi que d’un droit d’opposition (articles 15 à 21 du RGPD). Comme Vigie ne garde rien qui permette de vous identifier quand vous faites un diagnostic ou une recherche, ces droits concernent surtout les comptes professionnels.',
          'Pour les exercer, écrivez à {dpo}, {dpoAddress}.',
          'Si vous estimez, après nous avoir contactés, que vos droits ne sont pas respectés, vous pouvez [adresser une réclamation à la CNIL](https://www.cnil.fr/fr/plaintes).',
        ],
      },
    ],
  },
};
