import type { Option, Question } from '../../../types.ts';
import type { Public } from '../../../vocabulary.ts';

const I: Public[] = ['individual'];
const IB: Public[] = ['individual', 'business'];
const ORGS: Public[] = ['business', 'public-body'];

type ActionOutcomes = {
  card: string;
  logins: string;
  /** Attachment opened (email) or app installed (text). */
  software?: { option: Option; outcome: string };
  clicked?: string;
  seen: string;
};

/**
 * "What did you do with it?" for a channel: the most serious answer wins (payments already taken,
 * card typed, account lost, logins typed, software installed, data sent, link clicked, nothing).
 */
function actionQuestion(id: string, outcomes: ActionOutcomes): Question {
  const options: Option[] = [
    {
      id: 'payments-seen',
      label: {
        fr: 'Des paiements que je n’ai pas faits apparaissent déjà sur mon compte',
        en: 'Payments I did not make already show on my account',
      },
      flags: ['money-lost'],
    },
    {
      id: 'card',
      label: { fr: 'J’ai saisi mon numéro de carte bancaire', en: 'I typed my card number' },
      flags: ['data-exposed'],
    },
    {
      id: 'locked-out',
      label: {
        fr: 'Je n’ai plus accès à un de mes comptes',
        en: 'I can no longer get into one of my accounts',
      },
      flags: ['access-lost'],
    },
    {
      id: 'logins',
      label: {
        fr: 'J’ai saisi un identifiant et un mot de passe (messagerie, banque, impôts, Ameli…)',
        en: 'I typed a login and password (email, bank, tax, health insurance…)',
      },
      flags: ['data-exposed'],
    },
  ];
  if (outcomes.software) options.push(outcomes.software.option);
  options.push({
    id: 'personal-data',
    label: {
      fr: 'J’ai envoyé des informations personnelles (adresse, date de naissance, copie de papiers)',
      en: 'I sent personal information (address, date of birth, copies of documents)',
    },
    flags: ['data-exposed'],
  });
  if (outcomes.clicked) {
    options.push({
      id: 'clicked',
      label: { fr: 'J’ai seulement cliqué sur le lien', en: 'I only clicked the link' },
    });
  }
  options.push({
    id: 'nothing',
    label: { fr: 'Rien de tout cela', en: 'None of these' },
    exclusive: true,
  });
  const branches: NonNullable<Question['branches']> = [
    { when: ['payments-seen'], next: { outcome: 'card-fraud-after-phishing' } },
    { when: ['card'], next: { outcome: outcomes.card } },
    { when: ['locked-out'], next: { question: 'account-start' } },
    { when: ['logins'], next: { outcome: outcomes.logins } },
  ];
  if (outcomes.software) {
    branches.push({ when: [outcomes.software.option.id], next: { outcome: outcomes.software.outcome } });
  }
  branches.push({ when: ['personal-data'], next: { outcome: 'phishing-data-given' } });
  if (outcomes.clicked) branches.push({ when: ['clicked'], next: { outcome: outcomes.clicked } });
  return {
    id,
    kind: 'multiple',
    text: { fr: 'Qu’avez-vous fait ?', en: 'What did you do?' },
    help: { fr: 'Cochez tout ce qui s’applique.', en: 'Tick everything that applies.' },
    options,
    branches,
    next: { outcome: outcomes.seen },
  };
}

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
        publics: I,
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
        publics: I,
        next: { question: 'fraud-relative-paid' },
      },
      {
        id: 'cpf',
        label: { fr: 'Mon compte formation (CPF)', en: 'My training account (CPF)' },
        publics: I,
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
      },
      outcome: 'phishing-sms-app',
    },
    clicked: 'phishing-sms-clicked',
    seen: 'phishing-sms-seen',
  }),

  // Calls.
  {
    id: 'msg-call-topic',
    kind: 'single',
    text: { fr: 'Qui prétendait vous appeler ?', en: 'Who claimed to be calling?' },
    options: [
      {
        id: 'bank',
        label: {
          fr: 'Ma banque, son service des fraudes ou la police, à propos de mon compte ou de ma carte',
          en: 'My bank, its fraud department or the police, about my account or card',
        },
        publics: IB,
        next: { question: 'fraud-advisor-what' },
      },
      {
        id: 'tech',
        label: {
          fr: 'Un technicien (Microsoft, opérateur…) qui dit que mon appareil est infecté',
          en: 'A technician (Microsoft, operator…) saying my device is infected',
        },
        next: { question: 'fraud-support-what' },
      },
      {
        id: 'official',
        label: {
          fr: 'Un organisme (impôts, Ameli, CAF, fournisseur d’énergie, opérateur) qui réclame un paiement ou des informations',
          en: 'An organisation (tax office, health insurance, family benefits, energy supplier, operator) asking for a payment or information',
        },
        next: { question: 'msg-call-action' },
      },
      {
        id: 'investment',
        label: {
          fr: 'Un conseiller qui propose un placement',
          en: 'An adviser offering an investment',
        },
        publics: IB,
        next: { question: 'fraud-investment-stage' },
      },
      {
        id: 'cpf',
        label: {
          fr: 'Un organisme de formation à propos de mon CPF',
          en: 'A training provider about my CPF',
        },
        publics: I,
        next: { question: 'msg-cpf-what' },
      },
      {
        id: 'cold-call',
        label: {
          fr: 'Du démarchage commercial insistant (rénovation énergétique, assurance, téléphonie…)',
          en: 'Pushy sales calls (energy renovation, insurance, phone plans…)',
        },
        next: { outcome: 'spam-call' },
      },
      {
        id: 'ping',
        label: {
          fr: 'Des appels très brefs d’un numéro inconnu, qui raccroche aussitôt',
          en: 'Very short calls from an unknown number that hangs up at once',
        },
        next: { outcome: 'spam-ping-call' },
      },
    ],
  },
  {
    id: 'msg-call-action',
    kind: 'multiple',
    text: { fr: 'Qu’avez-vous fait pendant l’appel ?', en: 'What did you do during the call?' },
    help: { fr: 'Cochez tout ce qui s’applique.', en: 'Tick everything that applies.' },
    options: [
      {
        id: 'paid',
        label: {
          fr: 'J’ai payé ou donné mon numéro de carte',
          en: 'I paid or gave my card number',
        },
        flags: ['money-lost', 'data-exposed'],
      },
      {
        id: 'info',
        label: {
          fr: 'J’ai donné des informations personnelles ou des identifiants',
          en: 'I gave personal information or logins',
        },
        flags: ['data-exposed'],
      },
      {
        id: 'nothing',
        label: { fr: 'J’ai raccroché sans rien donner', en: 'I hung up without giving anything' },
        exclusive: true,
      },
    ],
    branches: [
      { when: ['paid'], next: { outcome: 'phishing-call-payment' } },
      { when: ['info'], next: { outcome: 'phishing-call-info' } },
    ],
    next: { outcome: 'phishing-call-seen' },
  },
  {
    id: 'msg-cpf-what',
    kind: 'single',
    text: { fr: 'Que se passe-t-il avec votre CPF ?', en: 'What is happening with your CPF?' },
    options: [
      {
        id: 'used',
        label: {
          fr: 'Mes droits ont servi à une formation que je n’ai pas demandée',
          en: 'My credits were spent on a course I did not ask for',
        },
        flags: ['money-lost'],
        next: { outcome: 'cpf-scam-used' },
      },
      {
        id: 'gave-access',
        label: {
          fr: 'J’ai donné mes identifiants ou un code de connexion (FranceConnect) à un interlocuteur',
          en: 'I gave my logins or a sign-in code (FranceConnect) to someone',
        },
        flags: ['data-exposed'],
        next: { outcome: 'cpf-scam-access' },
      },
      {
        id: 'solicited',
        label: {
          fr: 'On m’appelle ou m’écrit sans cesse à ce sujet',
          en: 'I keep getting calls or messages about it',
        },
        next: { outcome: 'cpf-scam-attempt' },
      },
    ],
  },

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
        publics: I,
        next: { question: 'fraud-relative-paid' },
      },
      {
        id: 'romance',
        label: {
          fr: 'Une personne inconnue qui cherche à nouer une relation',
          en: 'A stranger trying to start a relationship',
        },
        publics: I,
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
        publics: I,
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
