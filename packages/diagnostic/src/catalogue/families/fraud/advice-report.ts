import type { Advice } from '../../../types.ts';
import { ORGS } from '../../family.ts';

/** Fraud advice, phase "report". */
export const reportAdvice: Advice[] = [
  {
    id: 'report-fake-site',
    phase: 'report',
    text: {
      fr: 'Signalez l’adresse du faux site pour qu’il soit bloqué dans les navigateurs : sur PHAROS, ou sur phishing-initiative.fr pour une fausse page de connexion.',
      en: 'Report the fake site’s address so it gets blocked in browsers: on PHAROS, or on phishing-initiative.fr for a fake login page.',
    },
  },
  {
    id: 'contest-card-payments',
    phase: 'report',
    text: {
      fr: 'Contestez par écrit auprès de votre banque les paiements que vous n’avez pas autorisés : elle doit en principe vous rembourser rapidement, dans la limite de 13 mois après le débit.',
      en: 'Dispute in writing with your bank the payments you did not authorise: it must normally refund you promptly, within 13 months of the debit.',
    },
  },
  {
    id: 'ask-chargeback',
    phase: 'report',
    text: {
      fr: 'Si vous avez payé par carte, demandez à votre banque une rétrofacturation (« chargeback ») pour marchandise non livrée.',
      en: 'If you paid by card, ask your bank for a chargeback for goods not delivered.',
    },
  },
  {
    id: 'claim-buyer-protection',
    phase: 'report',
    text: {
      fr: 'Ouvrez un litige auprès de la plateforme ou du service de paiement utilisé, dans le délai qu’il impose, pour faire jouer la protection des acheteurs.',
      en: 'Open a dispute with the platform or payment service used, within its deadline, to claim buyer protection.',
    },
  },
  {
    id: 'contest-despite-approval',
    phase: 'report',
    text: {
      fr: 'Même si vous avez validé une opération sous la pression d’un escroc, contestez-la : c’est à la banque de prouver une négligence grave pour refuser le remboursement.',
      en: 'Even if you approved a transaction under a fraudster’s pressure, dispute it: the bank has to prove gross negligence to refuse a refund.',
    },
  },
  {
    id: 'check-amf-blacklist',
    phase: 'report',
    text: {
      fr: 'Vérifiez l’acteur sur les listes noires de l’AMF (amf-france.org) et signalez-le à AMF Épargne Info Service au 01 53 45 62 00.',
      en: 'Check the company against the AMF blacklists (amf-france.org) and report it to AMF Épargne Info Service on +33 1 53 45 62 00.',
    },
  },
  {
    id: 'report-unconsented-call',
    phase: 'report',
    publics: ['individual'],
    text: {
      fr: 'Un démarcheur vous appelle sans votre accord : demandez-lui d’où vient votre numéro et la preuve de votre consentement, ne vous engagez à rien au téléphone, puis signalez l’appel sur SignalConso (signal.conso.gouv.fr).',
      en: 'A salesperson calls you without your consent: ask where your number came from and for proof of your consent, commit to nothing on the phone, then report the call on SignalConso (signal.conso.gouv.fr).',
    },
  },
  {
    id: 'report-signalconso',
    phase: 'report',
    text: {
      fr: 'Signalez le site sur SignalConso (signal.conso.gouv.fr), le service de la DGCCRF contre les pratiques commerciales trompeuses.',
      en: 'Report the site on SignalConso (signal.conso.gouv.fr), the consumer authority’s service against misleading commercial practices.',
    },
  },
  {
    id: 'report-cpf-fraud',
    phase: 'report',
    text: {
      fr: 'Signalez la fraude depuis l’aide de votre espace Mon Compte Formation : la Caisse des Dépôts peut annuler le dossier et recréditer vos droits.',
      en: 'Report the fraud through the help section of your Mon Compte Formation space: the Caisse des Dépôts can cancel the file and restore your credits.',
    },
  },
  {
    id: 'alert-suppliers',
    phase: 'report',
    publics: ORGS,
    text: {
      fr: 'Publiez une alerte sur votre site et prévenez vos fournisseurs : vous ne commandez jamais depuis une autre adresse que vos domaines officiels.',
      en: 'Post an alert on your website and tell your suppliers: you never order from any address other than your official domains.',
    },
  },
  {
    id: 'ask-banque-de-france',
    phase: 'report',
    text: {
      fr: 'Demandez la liste des comptes ouverts à votre nom (fichier FICOBA, tenu par l’administration fiscale : la démarche est décrite sur service-public.fr) et, à la Banque de France, votre situation au fichier des incidents de crédit (FICP).',
      en: 'Ask for the list of accounts opened in your name (the FICOBA register, kept by the tax administration: service-public.fr explains how) and ask the Banque de France for your status in the credit incidents register (FICP).',
    },
  },
  {
    id: 'dispute-fraudulent-contracts',
    phase: 'report',
    text: {
      fr: 'Écrivez en recommandé à chaque organisme (banque, opérateur, vendeur) pour contester le contrat ouvert à votre nom, avec la copie de votre plainte.',
      en: 'Write by registered letter to each organisation (bank, operator, seller) to dispute the contract opened in your name, enclosing a copy of your complaint.',
    },
  },
  {
    id: 'declare-lost-documents',
    phase: 'report',
    text: {
      fr: 'En cas de vol, portez plainte ; en cas de perte, déclarez-la lors de la demande de renouvellement : le document perdu ou volé sera invalidé.',
      en: 'If they were stolen, file a complaint; if lost, declare it when you apply for a new one: the lost or stolen document will be cancelled.',
    },
  },
  {
    id: 'contest-direct-debits',
    phase: 'report',
    text: {
      fr: 'Contestez auprès de votre banque tout prélèvement que vous n’avez pas autorisé : vous avez 13 mois pour un prélèvement sans mandat valable.',
      en: 'Dispute with your bank any direct debit you did not authorise: you have 13 months for a debit without a valid mandate.',
    },
  },
  {
    id: 'contest-plate-fines',
    phase: 'report',
    text: {
      fr: 'Si vous recevez des avis de contravention pour un véhicule qui n’est pas le vôtre (fausses plaques), contestez-les sur antai.gouv.fr avec la copie de votre plainte.',
      en: 'If you receive traffic fines for a vehicle that is not yours (cloned plates), contest them on antai.gouv.fr with a copy of your complaint.',
    },
  },
  {
    id: 'ask-data-removal',
    phase: 'report',
    text: {
      fr: 'Demandez au site qui publie vos données de les retirer (droit à l’effacement) ; sans réponse sous un mois, adressez une plainte à la CNIL.',
      en: 'Ask the site publishing your data to remove it (right to erasure); with no answer within a month, complain to the CNIL.',
    },
  },
  {
    id: 'ask-delisting',
    phase: 'report',
    text: {
      fr: 'Demandez aussi aux moteurs de recherche de déréférencer les pages qui affichent vos données, avec leur formulaire dédié.',
      en: 'Also ask search engines to delist the pages showing your data, using their dedicated form.',
    },
  },
  {
    id: 'contest-directory-contract',
    phase: 'report',
    publics: ORGS,
    text: {
      fr: 'Contestez par lettre recommandée l’engagement signé en expliquant avoir été trompé sur la nature de l’offre, et ne cédez pas aux relances ni aux menaces de recouvrement.',
      en: 'Contest the signed commitment by registered letter, explaining you were misled about the nature of the offer, and do not give in to reminders or debt-collection threats.',
    },
  },
  {
    id: 'assess-data-breach',
    phase: 'report',
    publics: ORGS,
    text: {
      fr: 'Si le compte donnait accès à des données personnelles, évaluez la violation : elle doit être notifiée à la CNIL sous 72 heures si elle présente un risque pour les personnes.',
      en: 'If the account gave access to personal data, assess the breach: it must be notified to the CNIL within 72 hours if it poses a risk to people.',
    },
  },
  {
    id: 'scam-minor-tell-adult',
    phase: 'report',
    publics: ['individual'],
    facts: { age: 'minor', for: 'self' },
    text: {
      fr: 'Si vous avez moins de 18 ans, parlez-en à un parent ou à un adulte de confiance : vous n’êtes pas en faute, et il vous aidera à prévenir la banque et à porter plainte.',
      en: 'If you are under 18, talk to a parent or a trusted adult: you are not to blame, and they will help you contact the bank and file a complaint.',
    },
  },
  {
    id: 'warn-customers-impersonation',
    phase: 'report',
    publics: ORGS,
    text: {
      fr: 'Prévenez vos clients ou usagers, sur votre site et vos réseaux, que des messages frauduleux circulent en votre nom.',
      en: 'Warn your customers or users, on your website and social accounts, that fraudulent messages are circulating in your name.',
    },
  },
];
