import type { Question } from '../../../types.ts';
import { IB, IND, ORGS } from '../../family.ts';
import { actionQuestion } from './message-action-question.ts';

/** Suspicious messages, calls and links: from message-start. */
export const messageQuestions: Question[] = [
  {
    id: 'message-start',
    kind: 'single',
    text: { fr: 'Comment ce message vous est-il parvenu ?', en: 'How did this message reach you?' },
    options: [
      {
        id: 'email',
        label: { fr: 'Par courriel', en: 'By email' },
        next: { question: 'msg-email-topic' },
      },
      {
        id: 'sms',
        label: { fr: 'Par SMS', en: 'By text message' },
        next: { question: 'msg-sms-topic' },
      },
      {
        id: 'call',
        label: { fr: 'Par un appel téléphonique', en: 'By a phone call' },
        next: { question: 'msg-call-topic' },
      },
      {
        id: 'social',
        label: {
          fr: 'Par une messagerie ou un réseau social (WhatsApp, Messenger, Instagram…)',
          en: 'Through a messaging app or social network (WhatsApp, Messenger, Instagram…)',
        },
        next: { question: 'msg-social-topic' },
      },
      {
        id: 'web',
        label: {
          fr: 'Par une publicité, une fenêtre ou un site internet',
          en: 'Through an ad, a pop-up or a website',
        },
        next: { question: 'msg-web-topic' },
      },
      {
        id: 'qr-code',
        label: {
          fr: 'Par un QR code (horodateur, borne de recharge, avis de passage, amende, affiche, courriel)',
          en: 'Through a QR code (parking meter, charging point, delivery notice, fine, poster, email)',
        },
        next: { question: 'msg-qr-action' },
      },
    ],
  },

  // Emails.
  {
    id: 'msg-email-topic',
    kind: 'single',
    text: { fr: 'Que dit ce courriel ?', en: 'What does the email say?' },
    options: [
      {
        id: 'alert',
        label: {
          fr: 'Un problème à régler : compte bloqué, colis, facture, remboursement, amende, abonnement',
          en: 'A problem to fix: blocked account, parcel, invoice, refund, fine, subscription',
        },
        next: { question: 'msg-email-action' },
      },
      {
        id: 'summons',
        label: {
          fr: 'Une convocation de la police, de la gendarmerie, de la justice ou d’Europol',
          en: 'A summons from the police, gendarmerie, courts or Europol',
        },
        next: { question: 'msg-summons-stage' },
      },
      {
        id: 'windfall',
        label: {
          fr: 'Un gain, un héritage ou une affaire contre des frais',
          en: 'A prize, an inheritance or a deal against fees',
        },
        publics: IB,
        next: { question: 'fraud-advance-stage' },
      },
      {
        id: 'blackmail',
        label: {
          fr: 'On prétend m’avoir filmé ou piraté et on réclame de l’argent',
          en: 'Someone claims to have filmed or hacked me and demands money',
        },
        publics: IND,
        next: { question: 'person-bluff-check' },
      },
      {
        id: 'payment-request',
        label: {
          fr: 'Un dirigeant, un fournisseur ou un partenaire demande un virement urgent ou change ses coordonnées bancaires',
          en: 'An executive, supplier or partner asks for an urgent transfer or changes their bank details',
        },
        publics: ORGS,
        next: { question: 'org-fraud-start' },
      },
      {
        id: 'ads',
        label: {
          fr: 'De la publicité non sollicitée, sans rien de menaçant',
          en: 'Unsolicited advertising, nothing threatening',
        },
        next: { outcome: 'spam-email' },
      },
    ],
  },
  actionQuestion('msg-email-action', {
    card: 'phishing-email-card',
    logins: 'phishing-email-logins',
    software: {
      option: {
        id: 'attachment',
        label: {
          fr: 'J’ai ouvert une pièce jointe ou installé un programme',
          en: 'I opened an attachment or installed a program',
        },
      },
      outcome: 'phishing-email-attachment',
    },
    clicked: 'phishing-email-clicked',
    seen: 'phishing-email-seen',
  }),
  {
    id: 'msg-summons-stage',
    kind: 'single',
    text: { fr: 'Qu’avez-vous fait ?', en: 'What did you do?' },
    options: [
      {
        id: 'paid',
        label: { fr: 'J’ai payé', en: 'I paid' },
        flags: ['money-lost'],
        next: { outcome: 'fake-summons-paid' },
      },
      {
        id: 'replied',
        label: {
          fr: 'J’ai répondu ou envoyé des documents, sans payer',
          en: 'I replied or sent documents, without paying',
        },
        flags: ['data-exposed'],
        next: { outcome: 'fake-summons-replied' },
      },
      {
        id: 'nothing',
        label: { fr: 'Rien', en: 'Nothing' },
        next: { outcome: 'fake-summons-received' },
      },
    ],
  },

  // Text messages.
  {
    id: 'msg-sms-topic',
    kind: 'single',
    text: { fr: 'Que dit ce SMS ?', en: 'What does the text say?' },
    options: [
      {
        id: 'alert',
        label: {
          fr: 'Un colis, une amende, un compte à mettre à jour, un remboursement, une carte Vitale…',
          en: 'A parcel, a fine, an account to update, a refund, a health card…',
        },
        next: { question: 'msg-sms-action' },
      },
      {
        id: 'bank',
        label: {
          fr: 'Ma banque me signale une opération suspecte et on m’appelle ensuite',
          en: 'My bank reports a suspicious transaction and then someone calls me',
        },
        publics: IB,
        next: { question: 'fraud-advisor-what' },
      },
      {
        id: 'relative',
        label: {
          fr: 'Un proche qui a changé de numéro et a besoin d’aide',
          en: 'A relative who has a new number and needs help',
        },
        publics: IND,
        next: { question: 'fraud-relative-paid' },
      },
      {
        id: 'cpf',
        label: { fr: 'Mon compte formation (CPF)', en: 'My training account (CPF)' },
        publics: IND,
        next: { question: 'msg-cpf-what' },
      },
      {
        id: 'ads',
        label: {
          fr: 'De la publicité, un jeu ou une invitation à rappeler un numéro',
          en: 'Advertising, a game or an invitation to call a number back',
        },
        next: { outcome: 'spam-sms' },
      },
    ],
  },
  actionQuestion('msg-sms-action', {
    card: 'phishing-sms-card',
    logins: 'phishing-sms-logins',
    software: {
      option: {
        id: 'app',
        label: {
          fr: 'J’ai installé une application depuis le lien (suivi de colis, mise à jour…)',
          en: 'I installed an app from the link (parcel tracking, update…)',
        },
        flags: ['data-exposed'],
      },
      outcome: 'phishing-sms-app',
    },
    clicked: 'phishing-sms-clicked',
    seen: 'phishing-sms-seen',
  }),
];
