import type { Source } from '../../sources.ts';

/**
 * Official guidance this family follows, beyond the shared sources it also relies on
 * (thesee, perceval, 33700, signal-spam, pharos, info-escroqueries, service-public-opposition,
 * cnil-plainte, 3018).
 */
export const sources: Source[] = [
  {
    id: 'cybermalveillance-hameconnage',
    title: 'Cybermalveillance.gouv.fr — Hameçonnage (phishing) : que faire ?',
    url: 'https://www.cybermalveillance.gouv.fr/tous-nos-contenus/fiches-reflexes/hameconnage-phishing',
  },
  {
    id: 'cybermalveillance-faux-support',
    title: 'Cybermalveillance.gouv.fr — Arnaque au faux support technique',
    url: 'https://www.cybermalveillance.gouv.fr/tous-nos-contenus/fiches-reflexes/arnaques-au-faux-support-technique',
  },
  {
    id: 'cybermalveillance-faux-conseiller',
    title: 'Cybermalveillance.gouv.fr — Arnaque au faux conseiller bancaire',
    url: 'https://www.cybermalveillance.gouv.fr/tous-nos-contenus/fiches-reflexes/arnaque-faux-conseiller-bancaire',
  },
  {
    id: 'cybermalveillance-usurpation',
    title: 'Cybermalveillance.gouv.fr — Usurpation d’identité',
    url: 'https://www.cybermalveillance.gouv.fr/tous-nos-contenus/fiches-reflexes/usurpation-identite-que-faire',
  },
  {
    id: 'cybermalveillance-faux-sites-vente',
    title: 'Cybermalveillance.gouv.fr — Faux sites de vente en ligne',
    url: 'https://www.cybermalveillance.gouv.fr/tous-nos-contenus/fiches-reflexes/faux-sites-vente',
  },
  {
    id: 'interieur-fausses-convocations',
    title: 'Ministère de l’Intérieur — Fausses convocations judiciaires par courriel : signaler sur PHAROS',
    url: 'https://www.interieur.gouv.fr',
  },
  {
    id: 'service-public-usurpation',
    title: 'Service-public.fr — Usurpation d’identité : que faire ?',
    url: 'https://www.service-public.fr/particuliers/vosdroits/F34812',
  },
  {
    id: 'service-public-paiement-non-autorise',
    title: 'Service-public.fr — Paiement par carte ou prélèvement non autorisé : remboursement',
    url: 'https://www.service-public.fr/particuliers/vosdroits/F2972',
  },
  {
    id: 'amf-listes-noires',
    title: 'AMF — Listes noires et mises en garde, AMF Épargne Info Service',
    url: 'https://www.amf-france.org/fr/espace-epargnants/proteger-son-epargne/listes-noires-et-mises-en-garde',
  },
  {
    id: 'banque-de-france-ficoba',
    title: 'Service-public.fr — Fichier des comptes bancaires (Ficoba) : qui y accède, comment le consulter',
    url: 'https://www.service-public.fr/particuliers/vosdroits/F2233',
  },
  {
    id: 'signalconso',
    title: 'SignalConso (DGCCRF)',
    url: 'https://signal.conso.gouv.fr',
  },
  {
    id: 'moncompteformation-fraude',
    title: 'Mon Compte Formation — Se protéger des arnaques au CPF',
    url: 'https://www.moncompteformation.gouv.fr',
  },
  {
    id: 'bloctel',
    title: 'Bloctel — liste d’opposition au démarchage téléphonique (jusqu’au 11 août 2026)',
    url: 'https://www.bloctel.gouv.fr',
  },
  {
    id: 'loi-demarchage-consenti',
    title:
      'Loi n° 2025-594 du 30 juin 2025 contre toutes les fraudes aux aides publiques — démarchage téléphonique sur consentement préalable à partir du 11 août 2026 (vie-publique.fr)',
    url: 'https://www.vie-publique.fr/loi/297018-fraude-aux-aides-publiques-demarchage-telephonique-proposition-de-loi',
  },
  {
    id: 'filigrane-facile',
    title: 'FiligraneFacile — ajouter un filigrane à ses justificatifs',
    url: 'https://filigrane.beta.gouv.fr',
  },
  {
    id: 'dgccrf-annuaires',
    title: 'DGCCRF — Les annuaires professionnels : attention, ne vous laissez pas abuser',
    url: 'https://www.economie.gouv.fr/dgccrf/Publications/Vie-pratique/Fiches-pratiques/les-annuaires-professionnels-attention-ne-vous-laissez-pas-abuser',
  },
  {
    id: 'gendarmerie-quishing',
    title: 'Gendarmerie nationale — Campagne de prévention contre le « quishing » (faux QR codes)',
    url: 'https://www.gendarmerie.interieur.gouv.fr/gendinfo/actualites/2024/les-cyber-gendarmes-menent-une-campagne-de-prevention-contre-le-quishing',
  },
  {
    id: 'dgccrf-abonnements-caches',
    title: 'DGCCRF — Bons plans sur internet : gare aux abonnements cachés',
    url: 'https://www.economie.gouv.fr/dgccrf/Publications/Vie-pratique/Fiches-pratiques/abonnements-caches',
  },
  {
    id: 'amf-crypto-arnaques',
    title: 'AMF — « Crypto-monnaies » (bitcoin, etc.) : attention aux arnaques',
    url: 'https://www.amf-france.org/fr/espace-epargnants/proteger-son-epargne/crypto-actifs-bitcoin-etc/crypto-monnaies-bitcoin-etc-attention-aux-arnaques',
  },
  {
    id: 'masecurite-crypto-actifs',
    title: 'Ma Sécurité (ministère de l’Intérieur) — Comment renforcer la sécurité de ses crypto-actifs',
    url: 'https://www.masecurite.interieur.gouv.fr/fr/fiches-pratiques/numerique/comment-renforcer-securite-cryptoactifs-cryptomonnaie',
  },
];
