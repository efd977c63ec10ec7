import type { Question } from '../../../types.ts';

/**
 * Identity theft and leaked personal data: from identity-start (individuals only). Fake profiles
 * are handled by the persons family (person-fake-age), SIM swaps by the systems family
 * (account-sim-what).
 */
export const identityQuestions: Question[] = [
  {
    id: 'identity-start',
    kind: 'single',
    text: { fr: 'Que constatez-vous ?', en: 'What have you noticed?' },
    options: [
      {
        id: 'fake-profile',
        label: {
          fr: 'Un faux profil à mon nom ou avec mes photos sur un réseau social ou un site',
          en: 'A fake profile in my name or with my photos on a social network or website',
        },
        next: { question: 'person-fake-age' },
      },
      {
        id: 'accounts',
        label: {
          fr: 'Un crédit, un compte, un contrat ou une ligne téléphonique à mon nom que je n’ai pas ouvert',
          en: 'A loan, account, contract or phone line in my name that I did not open',
        },
        next: { question: 'id-accounts-kind' },
      },
      {
        id: 'documents',
        label: {
          fr: 'Mes papiers d’identité ont été perdus, volés ou envoyés à un inconnu',
          en: 'My identity documents were lost, stolen or sent to a stranger',
        },
        flags: ['data-exposed'],
        next: { question: 'id-documents-how' },
      },
      {
        id: 'letters',
        label: {
          fr: 'Je reçois des relances, des amendes ou des courriers pour des faits que je n’ai pas commis',
          en: 'I am receiving reminders, fines or letters for things I did not do',
        },
        next: { outcome: 'identity-theft-letters' },
      },
      {
        id: 'leak',
        label: {
          fr: 'Un organisme m’a prévenu que mes données figurent dans une fuite',
          en: 'An organisation told me my data is part of a leak',
        },
        flags: ['data-exposed'],
        next: { question: 'id-leak-what' },
      },
      {
        id: 'published',
        label: {
          fr: 'Mes papiers ou d’autres documents personnels sont publiés ou vendus sur internet',
          en: 'My identity papers or other personal documents are published or sold online',
        },
        flags: ['data-exposed'],
        next: { outcome: 'personal-data-published' },
      },
    ],
  },
  {
    id: 'id-accounts-kind',
    kind: 'single',
    text: { fr: 'De quoi s’agit-il ?', en: 'What is it?' },
    options: [
      {
        id: 'sim',
        label: {
          fr: 'Mon téléphone n’a soudain plus de réseau : ma ligne a été transférée sur une autre carte SIM',
          en: 'My phone suddenly has no signal: my number was moved to another SIM card',
        },
        flags: ['access-lost', 'ongoing'],
        next: { question: 'account-sim-what' },
      },
      {
        id: 'credit-bank',
        label: {
          fr: 'Un crédit, un compte bancaire ou des achats à crédit',
          en: 'A loan, a bank account or purchases on credit',
        },
        flags: ['money-lost'],
        next: { outcome: 'identity-theft-financial' },
      },
      {
        id: 'contracts',
        label: {
          fr: 'Un abonnement ou un contrat (téléphone, énergie, location de véhicule…)',
          en: 'A subscription or contract (phone, energy, car hire…)',
        },
        next: { outcome: 'identity-theft-contracts' },
      },
    ],
  },
  {
    id: 'id-documents-how',
    kind: 'single',
    text: { fr: 'Que s’est-il passé ?', en: 'What happened?' },
    options: [
      {
        id: 'misused',
        label: {
          fr: 'Ils ont déjà servi à ouvrir un compte, un crédit ou un contrat',
          en: 'They have already been used to open an account, a loan or a contract',
        },
        flags: ['money-lost'],
        next: { outcome: 'identity-theft-financial' },
      },
      {
        id: 'lost-stolen',
        label: { fr: 'Ils ont été perdus ou volés', en: 'They were lost or stolen' },
        next: { outcome: 'identity-documents-stolen' },
      },
      {
        id: 'sent',
        label: {
          fr: 'Je les ai envoyés à un inconnu (annonce, location, emploi, « vérification »)',
          en: 'I sent them to a stranger (ad, rental, job, “verification”)',
        },
        next: { outcome: 'identity-documents-sent' },
      },
    ],
  },
  {
    id: 'id-leak-what',
    kind: 'multiple',
    text: { fr: 'Quelles données sont concernées ?', en: 'Which data is involved?' },
    help: {
      fr: 'Le message de l’organisme le précise en général. Cochez tout ce qui s’applique.',
      en: 'The organisation’s message usually says. Tick everything that applies.',
    },
    options: [
      { id: 'passwords', label: { fr: 'Des mots de passe', en: 'Passwords' } },
      { id: 'iban', label: { fr: 'Mon IBAN (RIB)', en: 'My IBAN (bank details)' } },
      {
        id: 'contact',
        label: {
          fr: 'Nom, adresse, téléphone, courriel, date de naissance, numéro de sécurité sociale',
          en: 'Name, address, phone, email, date of birth, social security number',
        },
      },
      { id: 'unknown', label: { fr: 'Je ne sais pas', en: 'I do not know' }, exclusive: true },
    ],
    branches: [
      { when: ['passwords'], next: { outcome: 'personal-leak-passwords' } },
      { when: ['iban'], next: { outcome: 'personal-leak-iban' } },
    ],
    next: { outcome: 'personal-leak-contact' },
  },
];
