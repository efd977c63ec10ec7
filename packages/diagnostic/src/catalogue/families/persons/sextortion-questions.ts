import type { Question } from '../../../types.ts';
import { o, opt, q } from '../../family.ts';
import { distressQuestion, targetAgeQuestion } from './question-helpers.ts';

/** Persons questions: sextortion and intimate images shared. */
export const sextortionQuestions: Question[] = [
  // ——— Sextortion ———
  distressQuestion('person-sextortion-safety', q('person-sextortion-age')),
  targetAgeQuestion('person-sextortion-age', q('person-sextortion-who'), o('person-sextortion-minor'), {
    fr: 'La personne qui apparaît sur les images a-t-elle moins de 18 ans ?',
    en: 'Is the person in the images under 18?',
  }),
  {
    id: 'person-sextortion-who',
    kind: 'single',
    text: { fr: 'Qui vous fait chanter ?', en: 'Who is blackmailing you?' },
    options: [
      opt(
        'stranger',
        'Une personne rencontrée en ligne (site de rencontre, réseau social, appel vidéo)',
        'Someone I met online (dating site, social network, video call)',
        q('person-sextortion-status'),
      ),
      opt(
        'known',
        'Une personne que je connais (ex-conjoint, ancien partenaire, connaissance)',
        'Someone I know (ex-partner, former partner, acquaintance)',
        o('person-sextortion-known'),
      ),
      opt('unknown', 'Je ne sais pas', 'I do not know', q('person-sextortion-status')),
    ],
  },
  {
    id: 'person-sextortion-status',
    kind: 'multiple',
    text: {
      fr: 'Où en êtes-vous ? (plusieurs réponses possibles)',
      en: 'Where do things stand? (several answers possible)',
    },
    options: [
      {
        id: 'paid',
        label: { fr: 'J’ai déjà payé', en: 'I have already paid' },
        flags: ['money-lost'],
      },
      {
        id: 'sent-more',
        label: { fr: 'J’ai envoyé d’autres images ou vidéos', en: 'I sent more images or videos' },
        flags: ['ongoing'],
      },
      {
        id: 'published',
        label: {
          fr: 'Les images ont déjà été envoyées à mes proches ou publiées',
          en: 'The images were already sent to my contacts or posted',
        },
        flags: ['data-exposed'],
      },
      {
        id: 'threats-only',
        label: {
          fr: 'Rien de tout cela : il n’y a que des menaces',
          en: 'None of these: there are only threats',
        },
        exclusive: true,
      },
    ],
    branches: [
      { when: ['paid'], next: o('person-sextortion-paid') },
      { when: ['published'], next: o('person-sextortion-published') },
    ],
    next: o('person-sextortion-threat'),
  },
  {
    id: 'person-bluff-check',
    kind: 'single',
    text: {
      fr: 'Le message contient-il une vraie image ou vidéo de vous, ou avez-vous récemment échangé des images intimes avec quelqu’un ?',
      en: 'Does the message contain a real image or video of you, or did you recently exchange intimate images with someone?',
    },
    help: {
      fr: 'Ces courriels sont le plus souvent une arnaque envoyée en masse, sans aucune image.',
      en: 'These emails are most often a bulk scam, with no image at all.',
    },
    options: [
      opt(
        'real',
        'Oui : le chantage s’appuie sur de vraies images',
        'Yes: the blackmail is based on real images',
        q('person-sextortion-safety'),
      ),
      opt(
        'no-image',
        'Non, aucune image, seulement des affirmations',
        'No, no image, only claims',
        q('person-bluff-status'),
      ),
    ],
  },
  {
    id: 'person-bluff-status',
    kind: 'multiple',
    text: {
      fr: 'Qu’en est-il ? (plusieurs réponses possibles)',
      en: 'What applies? (several answers possible)',
    },
    options: [
      {
        id: 'password-shown',
        label: {
          fr: 'Le message cite un de mes vrais mots de passe',
          en: 'The message quotes one of my real passwords',
        },
        flags: ['data-exposed'],
      },
      {
        id: 'paid',
        label: { fr: 'J’ai payé la somme demandée', en: 'I paid the amount demanded' },
        flags: ['money-lost'],
      },
      {
        id: 'none',
        label: { fr: 'Ni l’un ni l’autre', en: 'Neither' },
        exclusive: true,
      },
    ],
    branches: [
      { when: ['paid'], next: o('person-sextortion-bluff-paid') },
      { when: ['password-shown'], next: o('person-sextortion-bluff-password') },
    ],
    next: o('person-sextortion-bluff'),
  },

  // ——— Intimate images shared ———
  targetAgeQuestion('person-nci-age', q('person-nci-kind'), o('person-nci-minor'), {
    fr: 'La personne qui apparaît sur les images a-t-elle moins de 18 ans ?',
    en: 'Is the person in the images under 18?',
  }),
  {
    id: 'person-nci-kind',
    kind: 'single',
    text: { fr: 'De quelles images s’agit-il ?', en: 'What kind of images are they?' },
    options: [
      opt('real', 'De vraies photos ou vidéos de moi', 'Real photos or videos of me', q('person-nci-who')),
      opt(
        'fake',
        'Un montage ou des images fabriquées (hypertrucage, « deepfake »)',
        'A montage or fabricated images (deepfake)',
        o('person-nci-deepfake'),
      ),
    ],
  },
  {
    id: 'person-nci-who',
    kind: 'single',
    text: { fr: 'Qui les a diffusées ?', en: 'Who shared them?' },
    options: [
      opt('ex', 'Mon conjoint ou un ex-partenaire', 'My partner or a former partner', o('person-nci-ex')),
      opt('other', 'Une autre personne', 'Someone else', o('person-nci-adult')),
      opt('unknown', 'Je ne sais pas', 'I do not know', o('person-nci-adult')),
    ],
  },
];
