import type { Question } from '../../../types.ts';
import { o, opt, q } from '../../family.ts';
import { distressQuestion, targetAgeQuestion } from './question-helpers.ts';

/** Persons questions: harassment, threats (individuals and organisations) and hate. */
export const harassmentQuestions: Question[] = [
  // ——— Harassment of an individual ———
  targetAgeQuestion('person-harass-age', q('person-harass-distress'), q('person-harass-minor-distress')),
  distressQuestion('person-harass-distress', q('person-harass-who')),
  distressQuestion('person-harass-minor-distress', q('person-harass-minor-who')),
  {
    id: 'person-harass-who',
    kind: 'single',
    text: { fr: 'Qui est à l’origine du harcèlement ?', en: 'Who is behind the harassment?' },
    options: [
      opt(
        'partner',
        'Mon conjoint ou un ex-conjoint',
        'My partner or an ex-partner',
        o('person-harass-partner'),
      ),
      opt(
        'group',
        'Beaucoup de personnes ou de comptes à la fois (raid, harcèlement en meute)',
        'Many people or accounts at once (pile-on, mob harassment)',
        o('person-harass-raid'),
      ),
      opt(
        'one',
        'Une personne ou quelques-unes, connues ou non',
        'One or a few people, known or not',
        o('person-harass-single'),
      ),
    ],
  },
  {
    id: 'person-harass-minor-who',
    kind: 'single',
    text: { fr: 'Qui est à l’origine du harcèlement ?', en: 'Who is behind the harassment?' },
    options: [
      opt(
        'peers',
        'Des élèves ou d’autres jeunes',
        'Pupils or other young people',
        o('person-cyberbullying'),
      ),
      opt('adult', 'Un adulte', 'An adult', o('person-harass-minor')),
      opt('unknown', 'Je ne sais pas', 'I do not know', o('person-harass-minor')),
    ],
  },

  // ——— Harassment of a team member ———
  {
    id: 'person-org-harass-target',
    kind: 'single',
    text: { fr: 'Qui est visé ?', en: 'Who is targeted?' },
    options: [
      opt(
        'employee',
        'Un salarié ou un bénévole',
        'An employee or a volunteer',
        q('person-org-harass-kind'),
        {
          publics: ['business'],
        },
      ),
      opt('manager', 'Un dirigeant', 'A manager or director', q('person-org-harass-kind'), {
        publics: ['business'],
      }),
      opt('agent', 'Un agent', 'A public official', q('person-org-harass-kind'), {
        publics: ['public-body'],
      }),
      opt('elected', 'Un élu', 'An elected member', q('person-org-harass-kind'), {
        publics: ['public-body'],
      }),
    ],
  },
  {
    id: 'person-org-harass-kind',
    kind: 'single',
    text: { fr: 'Que subit cette personne ?', en: 'What is this person going through?' },
    options: [
      opt(
        'insults',
        'Des messages, insultes ou moqueries répétés',
        'Repeated messages, insults or mockery',
        o('person-harass-staff'),
      ),
      opt(
        'threats',
        'Des menaces de violences ou de mort',
        'Threats of violence or death',
        q('person-org-threat-imminent'),
      ),
      opt(
        'personal-data',
        'La publication de son adresse ou de ses coordonnées personnelles',
        'Their home address or personal details being published',
        q('person-org-dox-danger'),
        { flags: ['data-exposed'] },
      ),
    ],
  },

  // ——— Threats against an individual ———
  {
    id: 'person-threat-imminent',
    kind: 'single',
    // Someone already said to be in danger now: the threat is taken as imminent, not asked again.
    asks: 'danger',
    text: { fr: 'La menace est-elle précise ?', en: 'Is the threat specific?' },
    help: {
      fr: 'Par exemple : une date, un lieu, votre adresse, l’annonce d’une venue.',
      en: 'For example: a date, a place, your address, an announced visit.',
    },
    options: [
      opt(
        'imminent',
        'Oui : la personne sait où me trouver ou annonce qu’elle va venir',
        'Yes: the person knows where to find me or says they are coming',
        q('person-threat-age'),
        { flags: ['danger'], sets: { danger: 'now' } },
      ),
      opt(
        'vague',
        'Non, ce sont des menaces sans précision',
        'No, the threats are not specific',
        q('person-threat-age'),
      ),
    ],
  },
  targetAgeQuestion('person-threat-age', q('person-threat-who')),
  {
    id: 'person-threat-who',
    kind: 'single',
    text: { fr: 'Qui vous menace ?', en: 'Who is threatening you?' },
    variants: [
      {
        when: { for: 'child' },
        text: { fr: 'Qui menace votre enfant ?', en: 'Who is threatening your child?' },
        options: {
          partner: {
            fr: 'Son petit ami ou sa petite amie, actuel ou ancien',
            en: 'Their boyfriend or girlfriend, current or former',
          },
          known: { fr: 'Une personne que mon enfant connaît', en: 'Someone my child knows' },
        },
      },
    ],
    options: [
      opt(
        'partner',
        'Mon conjoint ou un ex-conjoint',
        'My partner or an ex-partner',
        o('person-threat-partner'),
      ),
      opt('known', 'Une personne que je connais', 'Someone I know', o('person-threat-known')),
      opt(
        'unknown',
        'Une personne inconnue ou un compte anonyme',
        'A stranger or an anonymous account',
        o('person-threat-unknown'),
      ),
    ],
  },

  // ——— Threats against an organisation ———
  {
    id: 'person-org-threat-target',
    kind: 'single',
    text: { fr: 'Que vise la menace ?', en: 'What does the threat target?' },
    options: [
      opt(
        'staff',
        'Un ou plusieurs membres de l’équipe',
        'One or more team members',
        q('person-org-threat-imminent'),
      ),
      opt(
        'premises',
        'Nos locaux, un site ou un événement (menace d’attentat, alerte à la bombe)',
        'Our premises, a site or an event (attack or bomb threat)',
        q('person-org-threat-when'),
      ),
    ],
  },
  {
    id: 'person-org-threat-imminent',
    kind: 'single',
    asks: 'danger',
    text: { fr: 'La menace est-elle précise ?', en: 'Is the threat specific?' },
    help: {
      fr: 'Par exemple : une date, un lieu, l’adresse de la personne, l’annonce d’une venue.',
      en: 'For example: a date, a place, the person’s address, an announced visit.',
    },
    options: [
      opt(
        'imminent',
        'Oui : l’auteur sait où trouver la personne ou annonce qu’il va venir',
        'Yes: the author knows where to find the person or says they are coming',
        o('person-threat-org-staff'),
        { flags: ['danger'], sets: { danger: 'now' } },
      ),
      opt(
        'vague',
        'Non, ce sont des menaces sans précision',
        'No, the threats are not specific',
        o('person-threat-org-staff'),
      ),
    ],
  },
  {
    id: 'person-org-threat-when',
    kind: 'single',
    text: { fr: 'La menace vise-t-elle un moment précis ?', en: 'Does the threat name a specific time?' },
    options: [
      opt(
        'imminent',
        'Oui : aujourd’hui, dans les prochains jours ou lors d’un événement prévu',
        'Yes: today, in the coming days or during a planned event',
        o('person-threat-org-premises'),
        { flags: ['danger'] },
      ),
      opt('vague', 'Non, sans date', 'No, with no date', o('person-threat-org-premises')),
    ],
  },

  // ——— Hate ———
  targetAgeQuestion('person-hate-age', q('person-hate-threats')),
  {
    id: 'person-hate-threats',
    kind: 'single',
    text: {
      fr: 'Les propos contiennent-ils des menaces ou des appels à la violence contre vous ?',
      en: 'Do the remarks include threats or calls to violence against you?',
    },
    variants: [
      {
        when: { for: 'child' },
        text: {
          fr: 'Les propos contiennent-ils des menaces ou des appels à la violence contre votre enfant ?',
          en: 'Do the remarks include threats or calls to violence against your child?',
        },
      },
    ],
    options: [
      opt('threats', 'Oui', 'Yes', o('person-hate-threats')),
      opt(
        'insults',
        'Non, ce sont des insultes ou des propos haineux',
        'No, insults or hateful remarks',
        o('person-hate'),
      ),
    ],
  },
  {
    id: 'person-org-hate-threats',
    kind: 'single',
    text: {
      fr: 'Les propos contiennent-ils des menaces ou des appels à la violence ?',
      en: 'Do the remarks include threats or calls to violence?',
    },
    options: [
      opt('threats', 'Oui', 'Yes', q('person-org-threat-target')),
      opt(
        'insults',
        'Non, ce sont des insultes ou des propos haineux',
        'No, insults or hateful remarks',
        o('person-hate-org'),
      ),
    ],
  },
];
