import type { Advice } from '../../../types.ts';
import { ORGS } from '../../family.ts';

/** Fraud advice, phase "keep evidence". */
export const evidenceAdvice: Advice[] = [
  {
    id: 'capture-ad-and-chat',
    phase: 'evidence',
    text: {
      fr: 'Faites des captures de l’annonce, du profil de votre interlocuteur et de vos échanges avant qu’ils ne soient supprimés.',
      en: 'Take screenshots of the ad, the other person’s profile and your messages before they are deleted.',
    },
  },
  {
    id: 'keep-original-message',
    phase: 'evidence',
    text: {
      fr: 'Gardez le message d’origine, sans le transférer à vos proches : il servira au signalement, puis vous pourrez le supprimer.',
      en: 'Keep the original message, without forwarding it to friends: it is needed for the report, then you can delete it.',
    },
  },
  {
    id: 'note-call-details',
    phase: 'evidence',
    text: {
      fr: 'Notez le numéro affiché, l’heure, le nom donné par votre interlocuteur et tout ce qu’il vous a demandé.',
      en: 'Write down the number shown, the time, the name the caller gave and everything they asked you for.',
    },
  },
  {
    id: 'keep-site-address',
    phase: 'evidence',
    text: {
      fr: 'Notez l’adresse exacte du site et conservez la confirmation de commande ainsi que les courriels reçus.',
      en: 'Write down the site’s exact address and keep the order confirmation and the emails you received.',
    },
  },
  {
    id: 'keep-shipping-proof',
    phase: 'evidence',
    text: {
      fr: 'Conservez la preuve d’envoi, le numéro de suivi et le justificatif de paiement que l’on vous a envoyé.',
      en: 'Keep the proof of shipment, the tracking number and the payment receipt you were sent.',
    },
  },
  {
    id: 'list-fraudulent-payments',
    phase: 'evidence',
    text: {
      fr: 'Listez les opérations que vous n’avez pas faites (date, montant, nom du marchand) : votre banque et les formulaires de signalement vous les demanderont.',
      en: 'List the transactions you did not make (date, amount, merchant name): your bank and the report forms will ask for them.',
    },
  },
  {
    id: 'keep-relationship-traces',
    phase: 'evidence',
    text: {
      fr: 'Gardez les conversations, le profil, les photos reçues et chaque demande d’argent, même si c’est douloureux : ce sont des preuves.',
      en: 'Keep the conversations, the profile, the photos received and every request for money, even if it hurts: they are evidence.',
    },
  },
  {
    id: 'keep-investment-records',
    phase: 'evidence',
    text: {
      fr: 'Conservez l’adresse de la plateforme, les contrats, les noms des « conseillers », les adresses de portefeuille de cryptomonnaie et la liste de vos versements.',
      en: 'Keep the platform’s address, the contracts, the “advisers’” names, the crypto wallet addresses and the list of your payments.',
    },
  },
  {
    id: 'keep-order-documents',
    phase: 'evidence',
    publics: ORGS,
    text: {
      fr: 'Conservez les bons de commande, factures, courriels avec leurs en-têtes et adresses de livraison : ils montrent la tromperie.',
      en: 'Keep the purchase orders, invoices, emails with their headers and delivery addresses: they show the deception.',
    },
  },
  {
    id: 'keep-job-offer',
    phase: 'evidence',
    text: {
      fr: 'Conservez l’offre, le contrat ou les consignes reçus et les coordonnées de l’« employeur ».',
      en: 'Keep the offer, the contract or instructions received and the “employer’s” contact details.',
    },
  },
  {
    id: 'gather-identity-proofs',
    phase: 'evidence',
    text: {
      fr: 'Rassemblez les courriers, contrats ou relances reçus à votre nom et tout ce qui montre que ce n’était pas vous (adresse, dates, signature).',
      en: 'Gather the letters, contracts or reminders received in your name and anything showing it was not you (address, dates, signature).',
    },
  },
  {
    id: 'keep-leak-notice',
    phase: 'evidence',
    text: {
      fr: 'Conservez le message de l’organisme qui vous informe de la fuite : il précise les données concernées et ses coordonnées.',
      en: 'Keep the organisation’s message telling you about the leak: it says which data is involved and how to reach them.',
    },
  },
  {
    id: 'note-remote-session',
    phase: 'evidence',
    text: {
      fr: 'Notez le nom du logiciel installé, l’heure de la connexion et ce que le faux technicien a fait ou demandé.',
      en: 'Write down the name of the software installed, the time of the connection and what the fake technician did or asked.',
    },
  },
];
