import type { Threat } from '../../../types.ts';

/** Scams, suspicious messages and identity theft. */
export const threats: Threat[] = [
  {
    id: 'phishing',
    name: { fr: 'Hameçonnage', en: 'Phishing' },
    description: {
      fr: 'Message, appel ou faux site qui imite un organisme connu (banque, administration, transporteur) pour voler des identifiants, des coordonnées bancaires ou des données personnelles.',
      en: 'A message, call or fake website imitating a well-known organisation (bank, administration, carrier) to steal logins, card details or personal data.',
    },
    publics: ['individual', 'business', 'public-body'],
    severity: 'high',
    services: ['account-recovery', 'malware-removal', 'email-security', 'awareness-training'],
  },
  {
    id: 'card-fraud',
    name: { fr: 'Fraude à la carte bancaire', en: 'Card fraud' },
    description: {
      fr: 'Paiements faits avec votre carte ou ses données sans votre accord, après un vol, une fuite ou une saisie sur un faux site.',
      en: 'Payments made with your card or its details without your consent, after a theft, a leak or typing them on a fake site.',
    },
    publics: ['individual', 'business', 'public-body'],
    severity: 'high',
    services: ['awareness-training'],
  },
  {
    id: 'purchase-scam',
    name: { fr: 'Arnaque à l’achat entre particuliers', en: 'Purchase scam' },
    description: {
      fr: 'Un faux vendeur, sur une petite annonce ou un réseau social, encaisse le paiement et ne livre jamais le bien.',
      en: 'A fake seller, on a classified ad or a social network, takes the payment and never delivers.',
    },
    publics: ['individual', 'business', 'public-body'],
    severity: 'high',
    services: ['awareness-training'],
  },
  {
    id: 'fake-online-shop',
    name: { fr: 'Faux site de vente', en: 'Fake online shop' },
    description: {
      fr: 'Boutique en ligne frauduleuse, souvent à prix cassés, qui encaisse les commandes sans rien livrer ou en livrant une contrefaçon.',
      en: 'A fraudulent online shop, often with slashed prices, that takes orders and delivers nothing or a counterfeit.',
    },
    publics: ['individual', 'business', 'public-body'],
    severity: 'high',
    services: ['awareness-training'],
  },
  {
    id: 'sale-scam',
    name: { fr: 'Arnaque au faux acheteur', en: 'Fake buyer scam' },
    description: {
      fr: 'Un faux acheteur, sur un site de petites annonces, envoie un faux lien de paiement, un faux justificatif ou un chèque sans valeur pour obtenir le bien ou vos coordonnées bancaires.',
      en: 'A fake buyer on a classified-ads site sends a fake payment link, a fake receipt or a worthless cheque to get the item or your card details.',
    },
    publics: ['individual', 'business'],
    severity: 'high',
    services: ['awareness-training'],
  },
  {
    id: 'rental-scam',
    name: { fr: 'Arnaque à la fausse location', en: 'Rental scam' },
    description: {
      fr: 'Une annonce de logement ou de location de vacances inexistante, qui sert à encaisser une réservation, un dépôt de garantie ou à recueillir vos papiers.',
      en: 'A non-existent home or holiday rental ad used to collect a booking fee, a deposit or your documents.',
    },
    publics: ['individual'],
    severity: 'high',
    services: ['awareness-training'],
  },
  {
    id: 'fake-bank-advisor',
    name: { fr: 'Faux conseiller bancaire', en: 'Fake bank adviser' },
    description: {
      fr: 'Un escroc se fait passer pour votre banque, son service des fraudes ou la police, souvent avec un numéro qui semble authentique, pour vous faire valider des opérations, donner des codes ou remettre votre carte.',
      en: 'A fraudster poses as your bank, its fraud department or the police, often from a genuine-looking number, to make you approve transactions, give codes or hand over your card.',
    },
    publics: ['individual', 'business'],
    severity: 'critical',
    services: ['awareness-training'],
  },
  {
    id: 'romance-scam',
    name: { fr: 'Escroquerie aux sentiments', en: 'Romance scam' },
    description: {
      fr: 'Une personne rencontrée en ligne gagne votre confiance ou votre affection sous une fausse identité, puis réclame de l’argent pour une urgence, un voyage ou des frais.',
      en: 'Someone met online wins your trust or affection under a false identity, then asks for money for an emergency, a trip or fees.',
    },
    publics: ['individual'],
    severity: 'high',
    services: ['awareness-training'],
  },
  {
    id: 'investment-scam',
    name: { fr: 'Arnaque au faux placement', en: 'Investment scam' },
    description: {
      fr: 'Faux placement promettant un rendement élevé (cryptomonnaies, trading, livrets, diamants…) : les gains affichés sont fictifs et l’argent n’est jamais rendu.',
      en: 'A fake investment promising high returns (crypto, trading, savings, diamonds…): the gains shown are fictitious and the money never comes back.',
    },
    publics: ['individual', 'business'],
    severity: 'critical',
    services: ['malware-removal', 'awareness-training'],
  },
  {
    id: 'crypto-recovery-scam',
    name: { fr: 'Arnaque au recouvrement de fonds', en: 'Fund recovery scam' },
    description: {
      fr: 'Un faux avocat, enquêteur ou organisme promet à une victime d’escroquerie de récupérer son argent, contre des frais payés d’avance.',
      en: 'A fake lawyer, investigator or agency promises a scam victim to recover their money, for fees paid upfront.',
    },
    publics: ['individual', 'business'],
    severity: 'high',
    services: ['awareness-training'],
  },
  {
    id: 'fake-tech-support',
    name: { fr: 'Arnaque au faux support technique', en: 'Fake tech support scam' },
    description: {
      fr: 'Une fausse alerte (fenêtre bloquante, appel, courriel) prétend que votre appareil est infecté pour vous faire appeler un faux technicien, lui donner l’accès à distance et payer un dépannage inutile.',
      en: 'A fake alert (blocking pop-up, call, email) claims your device is infected to make you call a fake technician, give them remote access and pay for a useless fix.',
    },
    publics: ['individual', 'business', 'public-body'],
    severity: 'high',
    services: ['malware-removal', 'device-repair', 'account-recovery'],
  },
  {
    id: 'job-scam',
    name: { fr: 'Fausse offre d’emploi', en: 'Job scam' },
    description: {
      fr: 'Une offre d’emploi ou de mission trop facile sert à faire payer des frais, à recueillir vos papiers ou à faire transiter de l’argent sale par votre compte (« mule »).',
      en: 'An offer of an easy job or task is used to charge fees, collect your documents or pass dirty money through your account (“money mule”).',
    },
    publics: ['individual'],
    severity: 'high',
    services: ['awareness-training'],
  },
  {
    id: 'fake-loan',
    name: { fr: 'Faux crédit', en: 'Fake loan' },
    description: {
      fr: 'Un faux organisme de crédit accorde un prêt à des conditions très avantageuses mais exige des frais (dossier, assurance, notaire) avant un versement qui n’arrive jamais.',
      en: 'A fake lender grants a loan on very attractive terms but demands fees (file, insurance, notary) before a payout that never comes.',
    },
    publics: ['individual', 'business'],
    severity: 'high',
    services: ['awareness-training'],
  },
  {
    id: 'advance-fee-scam',
    name: { fr: 'Arnaque à l’avance de frais', en: 'Advance-fee scam' },
    description: {
      fr: 'Un gain à la loterie, un héritage, un colis bloqué ou une affaire à conclure, que l’on vous promet contre le paiement préalable de frais.',
      en: 'A lottery win, an inheritance, a held parcel or a deal you are promised against fees paid in advance.',
    },
    publics: ['individual', 'business'],
    severity: 'high',
    services: ['awareness-training'],
  },
  {
    id: 'fake-relative',
    name: { fr: 'Arnaque au faux proche', en: 'Fake relative scam' },
    description: {
      fr: 'Un message d’un prétendu enfant, parent ou ami qui aurait « changé de numéro » ou perdu son téléphone et demande de l’argent en urgence.',
      en: 'A message from a supposed child, parent or friend who has “a new number” or lost their phone and urgently asks for money.',
    },
    publics: ['individual'],
    severity: 'high',
    services: ['awareness-training'],
  },
  {
    id: 'fake-summons',
    name: { fr: 'Fausse convocation judiciaire', en: 'Fake police or court summons' },
    description: {
      fr: 'Courriel imitant la police, la gendarmerie, la justice ou Europol, qui accuse le destinataire d’infractions graves et lui réclame une réponse ou une « amende ».',
      en: 'An email imitating the police, gendarmerie, courts or Europol that accuses the recipient of serious offences and demands a reply or a “fine”.',
    },
    publics: ['individual', 'business', 'public-body'],
    severity: 'high',
    services: ['awareness-training'],
  },
  {
    id: 'fake-admin-site',
    name: { fr: 'Faux site administratif', en: 'Fake government website' },
    description: {
      fr: 'Site qui imite un service public (carte grise, acte de naissance, casier judiciaire…) et fait payer, parfois par abonnement, une démarche gratuite ou moins chère sur le site officiel.',
      en: 'A site imitating a public service (vehicle registration, birth certificate, criminal record…) that charges, sometimes by subscription, for a procedure that is free or cheaper on the official site.',
    },
    publics: ['individual', 'business'],
    severity: 'low',
    services: ['awareness-training'],
  },
  {
    id: 'cpf-scam',
    name: { fr: 'Arnaque au compte formation (CPF)', en: 'Training account (CPF) scam' },
    description: {
      fr: 'Démarchage ou piratage pour dépenser vos droits à la formation (CPF) dans des formations fictives ou non désirées.',
      en: 'Cold calls or hacking to spend your training credits (CPF) on fictitious or unwanted courses.',
    },
    publics: ['individual'],
    severity: 'high',
    services: ['account-recovery'],
  },
  {
    id: 'fake-charity',
    name: { fr: 'Faux appel aux dons', en: 'Fake charity' },
    description: {
      fr: 'Fausse association ou fausse cagnotte qui exploite une catastrophe, une maladie ou une cause pour collecter des dons.',
      en: 'A fake association or fundraiser exploiting a disaster, an illness or a cause to collect donations.',
    },
    publics: ['individual', 'business'],
    severity: 'low',
    services: ['awareness-training'],
  },
  {
    id: 'direct-debit-fraud',
    name: { fr: 'Prélèvements ou virements frauduleux', en: 'Fraudulent direct debits or transfers' },
    description: {
      fr: 'Des prélèvements ou des virements que vous n’avez pas autorisés, faits à partir de votre RIB ou de votre accès de banque en ligne.',
      en: 'Direct debits or transfers you did not authorise, made with your bank details (IBAN) or your online banking access.',
    },
    publics: ['individual', 'business', 'public-body'],
    severity: 'high',
    services: ['account-recovery'],
  },
  {
    id: 'fake-order-scam',
    name: { fr: 'Fraude aux fausses commandes', en: 'Fake purchase order fraud' },
    description: {
      fr: 'Des escrocs se font passer pour une entreprise ou un organisme public pour commander des marchandises à crédit auprès de fournisseurs, puis disparaissent sans payer.',
      en: 'Fraudsters pose as a company or public body to order goods on credit from suppliers, then disappear without paying.',
    },
    publics: ['business', 'public-body'],
    severity: 'high',
    services: ['email-security', 'awareness-training'],
  },
  {
    id: 'directory-scam',
    name: {
      fr: 'Arnaque aux annuaires et fausses factures',
      en: 'Directory and fake invoice scam',
    },
    description: {
      fr: 'Formulaire, bon de commande ou facture imitant un registre officiel, un annuaire ou une « mise en conformité » (RGPD, affichage obligatoire), qui engage dans un abonnement coûteux.',
      en: 'A form, order or invoice imitating an official register, a directory or a “compliance” service (GDPR, mandatory notices) that commits you to a costly subscription.',
    },
    publics: ['business', 'public-body'],
    severity: 'low',
    services: ['awareness-training'],
  },
  {
    id: 'spam',
    name: { fr: 'Messages et appels indésirables', en: 'Spam messages and calls' },
    description: {
      fr: 'Courriels, SMS ou appels non sollicités (publicité, démarchage, appels en absence vers des numéros surtaxés), gênants mais sans vol de données.',
      en: 'Unsolicited emails, texts or calls (advertising, cold calls, missed calls to premium numbers), a nuisance but without data theft.',
    },
    publics: ['individual', 'business', 'public-body'],
    severity: 'info',
    services: ['email-security'],
  },
  {
    id: 'identity-theft',
    name: { fr: 'Usurpation d’identité', en: 'Identity theft' },
    description: {
      fr: 'Quelqu’un utilise votre nom, vos photos ou vos papiers pour créer un faux profil, ouvrir des comptes, souscrire des contrats ou commettre des fraudes.',
      en: 'Someone uses your name, photos or documents to create a fake profile, open accounts, take out contracts or commit fraud.',
    },
    publics: ['individual'],
    severity: 'high',
    services: ['account-recovery'],
  },
  {
    id: 'personal-data-leak',
    name: { fr: 'Fuite de données personnelles', en: 'Personal data leak' },
    description: {
      fr: 'Vos données (coordonnées, mots de passe, IBAN, numéro de sécurité sociale) ont fuité d’un organisme ou sont publiées en ligne, ce qui expose à des arnaques ciblées.',
      en: 'Your data (contact details, passwords, IBAN, social security number) leaked from an organisation or is published online, which exposes you to targeted scams.',
    },
    publics: ['individual'],
    severity: 'low',
    services: ['account-recovery'],
  },
];
