import type { Option, Question } from '../../../types.ts';

export type ActionOutcomes = {
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
export function actionQuestion(id: string, outcomes: ActionOutcomes): Question {
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
