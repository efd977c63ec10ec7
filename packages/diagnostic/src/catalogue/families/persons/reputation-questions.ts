import type { Question } from '../../../types.ts';
import { o, opt, q } from '../../family.ts';
import { targetAgeQuestion } from './question-helpers.ts';

/** Persons questions: defamation, doxxing, fake profiles and surveillance by someone close. */
export const reputationQuestions: Question[] = [
  // ——— Defamation and reputation ———
  targetAgeQuestion('person-defame-age', q('person-defame-when')),
  {
    id: 'person-defame-when',
    kind: 'single',
    text: {
      fr: 'Quand ces propos ont-ils été publiés pour la première fois ?',
      en: 'When were they first published?',
    },
    help: {
      fr: 'La diffamation et l’injure publiques ne peuvent plus être poursuivies trois mois après leur publication, sauf exceptions.',
      en: 'Public defamation and insult can no longer be prosecuted three months after publication, with some exceptions.',
    },
    options: [
      opt('recent', 'Il y a moins de trois mois', 'Less than three months ago', o('person-defamation')),
      opt('old', 'Il y a plus de trois mois', 'More than three months ago', o('person-defamation-old')),
      opt('unknown', 'Je ne sais pas', 'I do not know', o('person-defamation')),
    ],
  },
  {
    id: 'person-org-reputation-kind',
    kind: 'single',
    text: { fr: 'De quoi s’agit-il ?', en: 'What is it?' },
    options: [
      opt(
        'reviews',
        'De faux avis négatifs sur nos fiches (moteurs de recherche, sites d’avis)',
        'Fake negative reviews on our listings (search engines, review sites)',
        o('person-fake-reviews'),
        { publics: ['business'] },
      ),
      opt(
        'defamation',
        'Des accusations mensongères publiées (publication, article, vidéo)',
        'False accusations published (post, article, video)',
        o('person-defamation-org'),
      ),
      opt(
        'campaign',
        'Une campagne de dénigrement ou de fausses informations relayée par de nombreux comptes',
        'A smear or disinformation campaign relayed by many accounts',
        o('person-smear-campaign'),
      ),
      opt(
        'fake-account',
        'Un faux compte qui se fait passer pour nous',
        'A fake account posing as us',
        q('person-org-fake-use'),
      ),
    ],
  },

  // ——— Doxxing ———
  targetAgeQuestion('person-dox-age', q('person-dox-danger')),
  {
    id: 'person-dox-danger',
    kind: 'single',
    asks: 'danger',
    text: {
      fr: 'Des messages appellent-ils à vous retrouver ou à vous nuire ?',
      en: 'Do messages call for people to find you or harm you?',
    },
    variants: [
      {
        when: { for: 'child' },
        text: {
          fr: 'Des messages appellent-ils à retrouver votre enfant ou à lui nuire ?',
          en: 'Do messages call for people to find your child or harm them?',
        },
      },
    ],
    options: [
      opt(
        'danger',
        'Oui, ou des inconnus sont déjà venus ou ont appelé',
        'Yes, or strangers have already come or called',
        o('person-doxxing'),
        { flags: ['danger'], sets: { danger: 'now' } },
      ),
      opt('no', 'Non, pas à ma connaissance', 'No, not as far as I know', o('person-doxxing')),
    ],
  },
  {
    id: 'person-org-dox-danger',
    kind: 'single',
    asks: 'danger',
    text: {
      fr: 'Des messages appellent-ils à retrouver la personne ou à lui nuire ?',
      en: 'Do messages call for people to find or harm the person?',
    },
    options: [
      opt(
        'danger',
        'Oui, ou des inconnus sont déjà venus ou ont appelé',
        'Yes, or strangers have already come or called',
        o('person-doxxing-org'),
        { flags: ['danger'], sets: { danger: 'now' } },
      ),
      opt('no', 'Non, pas à notre connaissance', 'No, not as far as we know', o('person-doxxing-org')),
    ],
  },

  // ——— Fake profiles ———
  targetAgeQuestion('person-fake-age', q('person-fake-use')),
  {
    id: 'person-fake-use',
    kind: 'single',
    text: { fr: 'À quoi sert ce faux profil ?', en: 'What is the fake profile used for?' },
    variants: [
      {
        when: { for: 'child' },
        text: {
          fr: 'À quoi sert ce faux profil au nom de votre enfant ?',
          en: 'What is the fake profile in your child’s name used for?',
        },
        options: {
          money: {
            fr: 'Il contacte ses proches pour leur demander de l’argent',
            en: 'It contacts their friends and family to ask them for money',
          },
          dating: {
            fr: 'Il utilise ses photos pour séduire des personnes',
            en: 'It uses their photos to seduce people',
          },
          harm: {
            fr: 'Il publie des contenus pour lui nuire ou l’humilier',
            en: 'It posts content to harm or humiliate them',
          },
        },
      },
    ],
    options: [
      opt(
        'money',
        'Il contacte mes proches pour leur demander de l’argent',
        'It contacts my friends and family to ask them for money',
        o('person-fake-profile-scam'),
      ),
      opt(
        'dating',
        'Il utilise mes photos pour séduire des personnes (site de rencontre)',
        'It uses my photos to seduce people (dating site)',
        o('person-fake-profile-scam'),
      ),
      opt(
        'harm',
        'Il publie des contenus pour me nuire ou m’humilier',
        'It posts content to harm or humiliate me',
        o('person-fake-profile'),
      ),
      opt('unknown', 'Je ne sais pas encore', 'I do not know yet', o('person-fake-profile')),
    ],
  },
  {
    id: 'person-org-fake-use',
    kind: 'single',
    text: { fr: 'À quoi sert ce faux compte ?', en: 'What is the fake account used for?' },
    options: [
      opt(
        'scam',
        'À escroquer nos clients ou usagers (faux recrutement, fausses ventes, fausses aides)',
        'To defraud our customers or users (fake jobs, fake sales, fake grants)',
        o('person-fake-profile-org-scam'),
      ),
      opt(
        'harm',
        'À publier des contenus qui nous discréditent',
        'To post content that discredits us',
        o('person-fake-profile-org'),
      ),
      opt('unknown', 'Nous ne savons pas encore', 'We do not know yet', o('person-fake-profile-org')),
    ],
  },

  // ——— Surveillance by someone close ———
  {
    id: 'person-spy-fear',
    kind: 'single',
    text: {
      fr: 'Vous sentez-vous en danger avec cette personne ?',
      en: 'Do you feel in danger with this person?',
    },
    help: {
      fr: 'Si la personne a accès à cet appareil, pensez à effacer votre historique de navigation, ou utilisez un autre appareil.',
      en: 'If the person has access to this device, remember to clear your browsing history, or use another device.',
    },
    options: [
      opt(
        'danger',
        'Oui, j’ai peur pour ma sécurité dès maintenant',
        'Yes, I fear for my safety right now',
        q('person-spy-source'),
        { flags: ['danger'] },
      ),
      opt(
        'afraid',
        'J’ai peur de sa réaction si elle découvre que je sais',
        'I am afraid of how they will react if they find out I know',
        q('person-spy-source'),
      ),
      opt('no', 'Non', 'No', q('person-spy-source')),
    ],
  },
  {
    id: 'person-spy-source',
    kind: 'single',
    text: {
      fr: 'D’après vous, comment cette personne vous surveille-t-elle ?',
      en: 'How do you think this person is watching you?',
    },
    options: [
      opt(
        'app',
        'Par une application cachée sur mon téléphone ou mon ordinateur',
        'Through a hidden app on my phone or computer',
        o('person-surveillance-app'),
      ),
      opt(
        'accounts',
        'Par mes comptes : messagerie, sauvegarde en ligne, partage de position',
        'Through my accounts: email, cloud backup, location sharing',
        o('person-surveillance-accounts'),
      ),
      opt(
        'tracker',
        'Par un traceur (AirTag, balise GPS) dans mes affaires ou ma voiture',
        'Through a tracker (AirTag, GPS beacon) in my belongings or car',
        o('person-surveillance-tracker'),
      ),
      opt('unknown', 'Je ne sais pas', 'I do not know', o('person-surveillance-app')),
    ],
  },
];
