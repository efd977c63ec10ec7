import type { Question } from '../../../types.ts';
import { ageQuestion, IND, q } from '../../family.ts';

/** Scams (fraud-start): promises of money. */
export const scamMoneyQuestions: Question[] = [
  {
    id: 'fraud-promise-kind',
    kind: 'single',
    text: { fr: 'Que vous a-t-on promis ?', en: 'What were you promised?' },
    options: [
      {
        id: 'investment',
        label: {
          fr: 'Un placement très rentable : cryptomonnaie, trading, livret, produit exotique',
          en: 'A very profitable investment: crypto, trading, savings, exotic product',
        },
        next: { question: 'fraud-investment-stage' },
      },
      {
        id: 'loan',
        label: {
          fr: 'Un prêt ou un crédit qui exige des frais avant d’être versé',
          en: 'A loan that requires fees before it is paid out',
        },
        next: { question: 'fraud-loan-stage' },
      },
      {
        id: 'windfall',
        label: {
          fr: 'Un gain, un héritage ou une somme à débloquer contre des frais',
          en: 'A prize, an inheritance or a sum to release against fees',
        },
        next: { question: 'fraud-advance-stage' },
      },
      {
        id: 'job',
        label: {
          fr: 'Un emploi ou des missions rémunérées (travail à domicile, avis à laisser, colis à réexpédier)',
          en: 'A job or paid tasks (work from home, reviews to post, parcels to forward)',
        },
        publics: IND,
        next: { question: 'fraud-job-age' },
      },
      {
        id: 'recovery',
        label: {
          fr: 'De récupérer l’argent perdu dans une précédente arnaque',
          en: 'To recover money lost in an earlier scam',
        },
        next: { question: 'fraud-recovery-stage' },
      },
    ],
  },
  {
    id: 'fraud-investment-stage',
    kind: 'single',
    text: { fr: 'Où en êtes-vous ?', en: 'What has happened so far?' },
    options: [
      {
        id: 'access',
        label: {
          fr: 'J’ai installé un logiciel à leur demande ou leur ai donné accès à mon compte bancaire',
          en: 'I installed software at their request or gave them access to my bank account',
        },
        flags: ['money-lost', 'data-exposed'],
        next: { outcome: 'investment-scam-access' },
      },
      {
        id: 'paid',
        label: {
          fr: 'J’ai investi et je ne peux pas récupérer mon argent, ou on me réclame des frais pour le retirer',
          en: 'I invested and cannot get my money back, or they want fees to withdraw it',
        },
        flags: ['money-lost'],
        next: { outcome: 'investment-scam-paid' },
      },
      {
        id: 'not-paid',
        label: {
          fr: 'Je n’ai rien versé : on me propose d’investir',
          en: 'I have paid nothing: someone is offering me an investment',
        },
        next: { outcome: 'investment-scam-attempt' },
      },
    ],
  },
  {
    id: 'fraud-loan-stage',
    kind: 'single',
    text: { fr: 'Qu’avez-vous déjà fait ?', en: 'What have you already done?' },
    options: [
      {
        id: 'paid',
        label: { fr: 'J’ai payé des frais', en: 'I paid fees' },
        flags: ['money-lost'],
        next: { outcome: 'fake-loan-paid' },
      },
      {
        id: 'documents',
        label: {
          fr: 'J’ai seulement envoyé mes papiers ou mon RIB',
          en: 'I only sent my documents or bank details',
        },
        flags: ['data-exposed'],
        next: { outcome: 'fake-loan-documents' },
      },
      {
        id: 'nothing',
        label: { fr: 'Rien encore', en: 'Nothing yet' },
        next: { outcome: 'fake-loan-attempt' },
      },
    ],
  },
  {
    id: 'fraud-advance-stage',
    kind: 'single',
    text: { fr: 'Avez-vous payé des frais ?', en: 'Have you paid any fees?' },
    options: [
      {
        id: 'paid',
        label: { fr: 'Oui', en: 'Yes' },
        flags: ['money-lost'],
        next: { outcome: 'advance-fee-paid' },
      },
      {
        id: 'not-paid',
        label: { fr: 'Non', en: 'No' },
        next: { outcome: 'advance-fee-attempt' },
      },
    ],
  },
  ageQuestion('fraud-job-age', q('fraud-job-what')),
  {
    id: 'fraud-job-what',
    kind: 'single',
    text: { fr: 'Que vous demande-t-on ?', en: 'What are you being asked to do?' },
    options: [
      {
        id: 'money-transit',
        label: {
          fr: 'Recevoir de l’argent sur mon compte et le renvoyer, ou prêter ma carte ou mon compte',
          en: 'Receive money into my account and send it on, or lend my card or account',
        },
        next: { outcome: 'job-scam-mule' },
      },
      {
        id: 'fees',
        label: {
          fr: 'Payer des frais (matériel, formation, inscription) ou des « tâches » pour débloquer mes gains',
          en: 'Pay fees (equipment, training, registration) or “tasks” to unlock my earnings',
        },
        flags: ['money-lost'],
        next: { outcome: 'job-scam-paid' },
      },
      {
        id: 'documents',
        label: {
          fr: 'Envoyer mes papiers, mon RIB ou mon numéro de sécurité sociale, ce que j’ai fait',
          en: 'Send my documents, bank details or social security number, which I did',
        },
        flags: ['data-exposed'],
        next: { outcome: 'job-scam-documents' },
      },
      {
        id: 'nothing-yet',
        label: {
          fr: 'Rien encore : l’offre me paraît trop belle',
          en: 'Nothing yet: the offer seems too good to be true',
        },
        next: { outcome: 'job-scam-attempt' },
      },
    ],
  },
  {
    id: 'fraud-recovery-stage',
    kind: 'single',
    text: { fr: 'Avez-vous payé cette personne ?', en: 'Have you paid this person?' },
    options: [
      {
        id: 'paid',
        label: { fr: 'Oui', en: 'Yes' },
        flags: ['money-lost'],
        next: { outcome: 'crypto-recovery-paid' },
      },
      {
        id: 'not-paid',
        label: { fr: 'Non', en: 'No' },
        next: { outcome: 'crypto-recovery-attempt' },
      },
    ],
  },
];
