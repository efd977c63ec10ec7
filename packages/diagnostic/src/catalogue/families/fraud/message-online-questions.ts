import type { Question } from '../../../types.ts';
import { IB, IND } from '../../family.ts';
import { actionQuestion } from './message-action-question.ts';

/** Suspicious messages (message-start): messaging apps, social networks, websites, ads, pop-ups. */
export const onlineQuestions: Question[] = [
  // Messaging apps and social networks.
  {
    id: 'msg-social-topic',
    kind: 'single',
    text: { fr: 'Que contient ce message ?', en: 'What does the message contain?' },
    options: [
      {
        id: 'code',
        label: {
          fr: 'Un contact ou un inconnu me demande de lui transmettre un code reçu par SMS',
          en: 'A contact or a stranger asks me to pass on a code I received by text',
        },
        next: { question: 'msg-social-code' },
      },
      {
        id: 'link',
        label: {
          fr: 'Un lien : concours, compte suspendu, vidéo « c’est toi ? », offre trop belle',
          en: 'A link: contest, suspended account, “is this you?” video, deal too good to be true',
        },
        next: { question: 'msg-web-action' },
      },
      {
        id: 'relative',
        label: {
          fr: 'Un proche ou un ami qui demande de l’argent en urgence',
          en: 'A relative or friend urgently asking for money',
        },
        publics: IND,
        next: { question: 'fraud-relative-paid' },
      },
      {
        id: 'voice',
        label: {
          fr: 'Un message vocal ou une vidéo d’un proche en détresse qui réclame de l’argent',
          en: 'A voice message or video from a relative in trouble asking for money',
        },
        publics: IND,
        next: { question: 'fraud-relative-trouble-what' },
      },
      {
        id: 'romance',
        label: {
          fr: 'Une personne inconnue qui cherche à nouer une relation',
          en: 'A stranger trying to start a relationship',
        },
        publics: IND,
        next: { question: 'fraud-romance-age' },
      },
      {
        id: 'investment',
        label: {
          fr: 'Une proposition de placement ou de cryptomonnaie',
          en: 'An investment or crypto offer',
        },
        publics: IB,
        next: { question: 'fraud-investment-stage' },
      },
      {
        id: 'job',
        label: {
          fr: 'Une offre d’emploi ou de missions rémunérées',
          en: 'A job offer or paid tasks',
        },
        publics: IND,
        next: { question: 'fraud-job-age' },
      },
    ],
  },
  {
    id: 'msg-social-code',
    kind: 'single',
    text: { fr: 'Avez-vous transmis ce code ?', en: 'Did you pass on the code?' },
    options: [
      {
        id: 'given-lost',
        label: {
          fr: 'Oui, et je n’ai plus accès à mon compte',
          en: 'Yes, and I can no longer get into my account',
        },
        flags: ['access-lost'],
        next: { question: 'account-start' },
      },
      {
        id: 'given',
        label: {
          fr: 'Oui, mais j’ai encore accès à mon compte',
          en: 'Yes, but I can still get into my account',
        },
        flags: ['data-exposed'],
        next: { outcome: 'phishing-code-given' },
      },
      {
        id: 'refused',
        label: { fr: 'Non', en: 'No' },
        next: { outcome: 'phishing-code-refused' },
      },
    ],
  },

  // Websites, ads, pop-ups.
  {
    id: 'msg-web-topic',
    kind: 'single',
    text: { fr: 'De quoi s’agit-il ?', en: 'What is it?' },
    options: [
      {
        id: 'popup',
        label: {
          fr: 'Une fenêtre bloque mon écran et me demande d’appeler un support',
          en: 'A window locks my screen and tells me to call a support line',
        },
        next: { question: 'fraud-support-what' },
      },
      {
        id: 'login-page',
        label: {
          fr: 'Une page de connexion ou un site qui imite un organisme (banque, impôts, Ameli, ANTS…)',
          en: 'A login page or site imitating an organisation (bank, tax office, health insurance, ANTS…)',
        },
        next: { question: 'msg-web-action' },
      },
      {
        id: 'admin-paid',
        label: {
          fr: 'J’ai payé une démarche administrative sur un site non officiel',
          en: 'I paid for an official procedure on an unofficial site',
        },
        publics: IB,
        next: { question: 'fraud-admin-kind' },
      },
      {
        id: 'support-number',
        label: {
          fr: 'Un numéro de service client trouvé par un moteur de recherche ou une annonce sponsorisée',
          en: 'A customer-service number found through a search engine or a sponsored result',
        },
        next: { question: 'fraud-customer-service-what' },
      },
      {
        id: 'free-trial',
        label: {
          fr: 'Un essai gratuit ou un cadeau contre des frais de port',
          en: 'A free trial or a gift for the cost of shipping',
        },
        publics: IB,
        next: { question: 'fraud-subscription-stage' },
      },
      {
        id: 'shop',
        label: {
          fr: 'Une boutique en ligne aux prix trop bas',
          en: 'An online shop with prices too low',
        },
        next: { question: 'fraud-shop-payment' },
      },
      {
        id: 'investment-ad',
        label: {
          fr: 'Une publicité pour un placement, souvent avec une personnalité',
          en: 'An ad for an investment, often featuring a celebrity',
        },
        publics: IB,
        next: { question: 'fraud-investment-stage' },
      },
    ],
  },
  actionQuestion('msg-web-action', {
    card: 'phishing-web-card',
    logins: 'phishing-web-logins',
    seen: 'phishing-web-seen',
  }),
];
