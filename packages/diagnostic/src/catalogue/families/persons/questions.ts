import type { NodeRef, Option, Question, Text } from '../../../types.ts';
import type { Public } from '../../../vocabulary.ts';

const ORGS: Public[] = ['business', 'public-body'];
const ALL: Public[] = ['individual', 'business', 'public-body'];

const q = (question: string): NodeRef => ({ question });
const o = (outcome: string): NodeRef => ({ outcome });

/**
 * Is the person targeted a minor? Asked of individuals only; a minor answer carries the `minor`
 * flag, so the engine adds the 3018 helpline wherever the journey ends.
 */
function ageQuestion(id: string, adult: NodeRef, minor: NodeRef = adult, text?: Text): Question {
  return {
    id,
    kind: 'single',
    text: text ?? {
      fr: 'La personne visée a-t-elle moins de 18 ans ?',
      en: 'Is the person targeted under 18?',
    },
    help: {
      fr: 'Les jeunes et leurs parents peuvent appeler le 3018 : gratuit, anonyme et confidentiel.',
      en: 'Young people and their parents can call 3018: free, anonymous and confidential.',
    },
    options: [
      {
        id: 'minor-self',
        label: { fr: 'Oui, c’est moi et j’ai moins de 18 ans', en: 'Yes, it is me and I am under 18' },
        flags: ['minor'],
        next: minor,
      },
      {
        id: 'minor-child',
        label: {
          fr: 'Oui, c’est mon enfant ou un mineur dont je m’occupe',
          en: 'Yes, it is my child or a minor in my care',
        },
        flags: ['minor'],
        next: minor,
      },
      {
        id: 'adult',
        label: { fr: 'Non, la personne visée est majeure', en: 'No, the person targeted is an adult' },
        next: adult,
      },
    ],
  };
}

/** How the person targeted is coping: thoughts of self-harm are an immediate danger. */
function distressQuestion(id: string, next: NodeRef): Question {
  return {
    id,
    kind: 'single',
    text: {
      fr: 'Comment la personne visée vit-elle la situation ?',
      en: 'How is the person targeted coping?',
    },
    help: {
      fr: 'Ces violences peuvent conduire à des idées noires. En parler tout de suite permet d’être aidé.',
      en: 'This kind of abuse can lead to dark thoughts. Talking about it now means getting help.',
    },
    options: [
      {
        id: 'self-harm',
        label: {
          fr: 'Elle parle de se faire du mal ou d’en finir',
          en: 'They talk about harming themselves or ending it all',
        },
        flags: ['danger'],
        next,
      },
      {
        id: 'shaken',
        label: {
          fr: 'Elle est très affectée, mais pas en danger',
          en: 'They are very shaken, but not in danger',
        },
        next,
      },
      {
        id: 'coping',
        label: { fr: 'Elle fait face', en: 'They are coping' },
        next,
      },
    ],
  };
}

/** A single-choice option offered to some publics only. */
const opt = (
  id: string,
  fr: string,
  en: string,
  next: NodeRef,
  extra: Pick<Option, 'flags' | 'publics'> = {},
): Option => ({
  id,
  label: { fr, en },
  next,
  ...extra,
});

export const questions: Question[] = [
  // ——— Entry: someone harms me / a member of the organisation ———
  {
    id: 'person-start',
    kind: 'single',
    text: { fr: 'Que se passe-t-il exactement ?', en: 'What exactly is happening?' },
    help: {
      fr: 'Choisissez la situation la plus proche ; vous pourrez préciser ensuite.',
      en: 'Choose the closest situation; you can give details next.',
    },
    options: [
      opt(
        'sextortion',
        'On menace de diffuser des images intimes de moi si je ne paie pas ou si je n’en envoie pas d’autres',
        'Someone threatens to share intimate images of me unless I pay or send more',
        q('person-sextortion-safety'),
        { publics: ['individual'] },
      ),
      opt(
        'webcam-email',
        'J’ai reçu un courriel affirmant que ma webcam a été piratée et qu’on a des vidéos de moi',
        'I received an email claiming my webcam was hacked and that they have videos of me',
        q('person-bluff-check'),
        { publics: ['individual'] },
      ),
      opt(
        'images-shared',
        'Des images intimes de moi, vraies ou truquées, ont été diffusées sans mon accord',
        'Intimate images of me, real or faked, were shared without my consent',
        q('person-nci-age'),
        { publics: ['individual'], flags: ['data-exposed'] },
      ),
      opt(
        'harassment',
        'On me harcèle en ligne : messages, insultes ou moqueries à répétition',
        'I am harassed online: repeated messages, insults or mockery',
        q('person-harass-age'),
        { publics: ['individual'], flags: ['ongoing'] },
      ),
      opt(
        'threats',
        'On me menace de violences ou de mort',
        'Someone threatens me with violence or death',
        q('person-threat-imminent'),
        { publics: ['individual'] },
      ),
      opt(
        'hate',
        'Je suis visé par des propos haineux (origine, religion, sexe, orientation sexuelle, handicap…)',
        'I am targeted by hateful remarks (origin, religion, sex, sexual orientation, disability…)',
        q('person-hate-age'),
        { publics: ['individual'] },
      ),
      opt(
        'defamation',
        'Des propos mensongers ou injurieux sur moi sont publiés',
        'False or insulting statements about me are published',
        q('person-defame-age'),
        { publics: ['individual'] },
      ),
      opt(
        'doxxing',
        'Mon adresse, mon numéro ou d’autres informations personnelles sont publiés pour m’exposer',
        'My address, phone number or other personal details are published to expose me',
        q('person-dox-age'),
        { publics: ['individual'], flags: ['data-exposed'] },
      ),
      opt(
        'fake-profile',
        'Quelqu’un a créé un faux profil à mon nom ou avec mes photos',
        'Someone created a fake profile in my name or with my photos',
        q('person-fake-age'),
        { publics: ['individual'] },
      ),
      opt(
        'spying',
        'Je pense qu’un proche (conjoint, ex) surveille mon téléphone, mes messages ou ma position',
        'I think someone close (partner, ex) is spying on my phone, messages or location',
        q('person-spy-fear'),
        { publics: ['individual'] },
      ),
      opt(
        'child-approached',
        'Un adulte fait des avances sexuelles ou des demandes déplacées à un mineur (moi ou mon enfant)',
        'An adult is making sexual advances or inappropriate requests to a minor (me or my child)',
        q('person-groom-meeting'),
        { publics: ['individual'], flags: ['minor'] },
      ),
      opt(
        'org-harassment',
        'Un membre de l’équipe (salarié, agent, élu, bénévole) est harcelé en ligne',
        'A team member (employee, official, elected member, volunteer) is harassed online',
        q('person-org-harass-target'),
        { publics: ORGS, flags: ['ongoing'] },
      ),
      opt(
        'org-threats',
        'Des menaces de violence visent un membre de l’équipe, nos locaux ou un événement',
        'Threats of violence target a team member, our premises or an event',
        q('person-org-threat-target'),
        { publics: ORGS },
      ),
      opt(
        'org-hate',
        'Des propos haineux visent l’organisation ou un membre de l’équipe',
        'Hateful remarks target the organisation or a team member',
        q('person-org-hate-threats'),
        { publics: ORGS },
      ),
      opt(
        'org-reputation',
        'Des propos mensongers, de faux avis ou une campagne de dénigrement visent l’organisation',
        'False statements, fake reviews or a smear campaign target the organisation',
        q('person-org-reputation-kind'),
        { publics: ORGS },
      ),
      opt(
        'org-doxxing',
        'Les coordonnées personnelles d’un membre de l’équipe sont publiées pour l’exposer',
        'A team member’s personal details are published to expose them',
        q('person-org-dox-danger'),
        { publics: ORGS, flags: ['data-exposed'] },
      ),
      opt(
        'org-fake-profile',
        'Un faux compte ou une fausse page se fait passer pour nous ou pour un dirigeant',
        'A fake account or page poses as us or as one of our leaders',
        q('person-org-fake-use'),
        { publics: ORGS },
      ),
      opt('other', 'Autre chose', 'Something else', o('general'), { publics: ALL }),
    ],
  },

  // ——— Sextortion ———
  distressQuestion('person-sextortion-safety', q('person-sextortion-age')),
  ageQuestion('person-sextortion-age', q('person-sextortion-who'), o('person-sextortion-minor'), {
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
  ageQuestion('person-nci-age', q('person-nci-kind'), o('person-nci-minor'), {
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

  // ——— Harassment of an individual ———
  ageQuestion('person-harass-age', q('person-harass-distress'), q('person-harass-minor-distress')),
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
        { flags: ['danger'] },
      ),
      opt(
        'vague',
        'Non, ce sont des menaces sans précision',
        'No, the threats are not specific',
        q('person-threat-age'),
      ),
    ],
  },
  ageQuestion('person-threat-age', q('person-threat-who')),
  {
    id: 'person-threat-who',
    kind: 'single',
    text: { fr: 'Qui vous menace ?', en: 'Who is threatening you?' },
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
        { flags: ['danger'] },
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
  ageQuestion('person-hate-age', q('person-hate-threats')),
  {
    id: 'person-hate-threats',
    kind: 'single',
    text: {
      fr: 'Les propos contiennent-ils des menaces ou des appels à la violence contre vous ?',
      en: 'Do the remarks include threats or calls to violence against you?',
    },
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

  // ——— Defamation and reputation ———
  ageQuestion('person-defame-age', q('person-defame-when')),
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
  ageQuestion('person-dox-age', q('person-dox-danger')),
  {
    id: 'person-dox-danger',
    kind: 'single',
    text: {
      fr: 'Des messages appellent-ils à vous retrouver ou à vous nuire ?',
      en: 'Do messages call for people to find you or harm you?',
    },
    options: [
      opt(
        'danger',
        'Oui, ou des inconnus sont déjà venus ou ont appelé',
        'Yes, or strangers have already come or called',
        o('person-doxxing'),
        { flags: ['danger'] },
      ),
      opt('no', 'Non, pas à ma connaissance', 'No, not as far as I know', o('person-doxxing')),
    ],
  },
  {
    id: 'person-org-dox-danger',
    kind: 'single',
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
        { flags: ['danger'] },
      ),
      opt('no', 'Non, pas à notre connaissance', 'No, not as far as we know', o('person-doxxing-org')),
    ],
  },

  // ——— Fake profiles ———
  ageQuestion('person-fake-age', q('person-fake-use')),
  {
    id: 'person-fake-use',
    kind: 'single',
    text: { fr: 'À quoi sert ce faux profil ?', en: 'What is the fake profile used for?' },
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

  // ——— Grooming ———
  {
    id: 'person-groom-meeting',
    kind: 'single',
    text: {
      fr: 'Un rendez-vous a-t-il été proposé à l’enfant ?',
      en: 'Has a meeting been suggested to the child?',
    },
    options: [
      opt(
        'planned',
        'Oui, un rendez-vous est fixé ou l’adulte veut venir',
        'Yes, a meeting is set or the adult wants to come',
        q('person-groom-images'),
        { flags: ['danger'] },
      ),
      opt(
        'suggested',
        'Il a été évoqué, sans date',
        'It was mentioned, with no date',
        q('person-groom-images'),
      ),
      opt('no', 'Non', 'No', q('person-groom-images')),
    ],
  },
  {
    id: 'person-groom-images',
    kind: 'single',
    text: {
      fr: 'Des images intimes ont-elles été demandées ou envoyées ?',
      en: 'Were intimate images asked for or sent?',
    },
    options: [
      opt(
        'blackmail',
        'Oui, et l’adulte fait chanter l’enfant avec ces images',
        'Yes, and the adult is blackmailing the child with them',
        o('person-sextortion-minor'),
        { flags: ['data-exposed'] },
      ),
      opt('sent', 'Oui, l’enfant en a envoyé', 'Yes, the child sent some', o('person-grooming-images'), {
        flags: ['data-exposed'],
      }),
      opt(
        'asked',
        'Elles ont été demandées, pas envoyées',
        'They were asked for, not sent',
        o('person-grooming'),
      ),
      opt('no', 'Non', 'No', o('person-grooming')),
    ],
  },

  // ——— Entry: illegal or shocking content ———
  {
    id: 'content-start',
    kind: 'single',
    text: { fr: 'Quel contenu avez-vous vu ?', en: 'What content did you see?' },
    help: {
      fr: 'Ne partagez pas le contenu, même pour le dénoncer : notez son adresse et signalez-le.',
      en: 'Do not share the content, even to denounce it: note its address and report it.',
    },
    options: [
      opt(
        'child-abuse',
        'Des images ou vidéos sexuelles impliquant des enfants',
        'Sexual images or videos involving children',
        q('content-csam-context'),
      ),
      opt(
        'terrorism',
        'Un contenu terroriste : appel à un attentat, propagande, apologie',
        'Terrorist content: a call for an attack, propaganda, glorification',
        q('content-terror-kind'),
      ),
      opt(
        'suicide',
        'Une personne annonce vouloir mettre fin à ses jours ou se faire du mal',
        'Someone says they want to end their life or harm themselves',
        q('content-suicide-known'),
        { flags: ['danger'] },
      ),
      opt(
        'hate',
        'Des propos haineux, racistes, antisémites, homophobes ou sexistes',
        'Hateful, racist, antisemitic, homophobic or sexist remarks',
        q('content-hate-violence'),
      ),
      opt(
        'violence',
        'Des violences, des menaces ou des appels à la violence contre d’autres personnes',
        'Violence, threats or calls to violence against other people',
        q('content-violence-kind'),
      ),
      opt(
        'illegal-sale',
        'La vente de drogues, d’armes ou d’autres produits interdits',
        'Sales of drugs, weapons or other banned goods',
        q('content-illegal-where'),
      ),
      opt(
        'scam',
        'Une publicité ou un site d’escroquerie (faux placement, fausse boutique)',
        'A scam ad or website (fake investment, fake shop)',
        q('content-scam-victim'),
      ),
      opt(
        'minor-exposed',
        'Mon enfant a vu des images pornographiques ou choquantes',
        'My child saw pornographic or shocking images',
        q('content-exposed-how'),
        { publics: ['individual'], flags: ['minor'] },
      ),
      opt(
        'hosted',
        'Un contenu illégal a été publié sur notre propre site, forum ou page',
        'Illegal content was posted on our own website, forum or page',
        q('content-hosted-kind'),
        { publics: ORGS },
      ),
      opt(
        'other',
        'Un autre contenu qui me semble illégal',
        'Other content that seems illegal to me',
        q('content-illegal-where'),
      ),
    ],
  },
  {
    id: 'content-csam-context',
    kind: 'single',
    text: { fr: 'Dans quelles circonstances ?', en: 'In what circumstances?' },
    options: [
      opt(
        'child-danger',
        'Je connais l’enfant, ou il est peut-être en danger en ce moment',
        'I know the child, or they may be in danger right now',
        o('content-child-abuse-known'),
        { flags: ['danger'] },
      ),
      opt(
        'received',
        'On me les a envoyées, ou je sais qui les diffuse',
        'They were sent to me, or I know who is sharing them',
        o('content-child-abuse-known'),
      ),
      opt(
        'device',
        'Sur un appareil ou dans les systèmes de notre organisation',
        'On one of our organisation’s devices or systems',
        o('content-child-abuse-device'),
        { publics: ORGS },
      ),
      opt(
        'online',
        'Je suis tombé dessus en ligne, sans en savoir plus',
        'I came across them online, without knowing more',
        o('content-child-abuse'),
      ),
    ],
  },
  {
    id: 'content-terror-kind',
    kind: 'single',
    text: { fr: 'De quoi s’agit-il ?', en: 'What is it?' },
    options: [
      opt(
        'imminent',
        'L’annonce d’une attaque précise (lieu, date, cible)',
        'The announcement of a specific attack (place, date, target)',
        o('content-terrorism'),
        { flags: ['danger'] },
      ),
      opt(
        'propaganda',
        'De la propagande, une apologie ou une revendication',
        'Propaganda, glorification or a claim of responsibility',
        o('content-terrorism'),
      ),
      opt(
        'relative',
        'Un proche ou un collègue semble se radicaliser',
        'Someone close or a colleague seems to be becoming radicalised',
        o('content-radicalisation'),
      ),
    ],
  },
  {
    id: 'content-suicide-known',
    kind: 'single',
    text: { fr: 'Connaissez-vous cette personne ?', en: 'Do you know this person?' },
    help: {
      fr: 'Si la personne est en danger maintenant, appelez le 17 ou le 112 sans attendre.',
      en: 'If the person is in danger now, call 17 or 112 straight away.',
    },
    options: [
      opt('known', 'Oui', 'Yes', o('content-suicide-known')),
      opt('unknown', 'Non', 'No', o('content-suicide')),
    ],
  },
  {
    id: 'content-hate-violence',
    kind: 'single',
    text: {
      fr: 'Ces propos appellent-ils à la violence ou au meurtre ?',
      en: 'Do these remarks call for violence or murder?',
    },
    options: [
      opt('calls', 'Oui', 'Yes', o('content-hate-violence')),
      opt('no', 'Non', 'No', o('content-hate')),
    ],
  },
  {
    id: 'content-violence-kind',
    kind: 'single',
    text: { fr: 'De quoi s’agit-il ?', en: 'What is it?' },
    options: [
      opt(
        'attack-threat',
        'Une menace d’attaque contre une école, un lieu ou une personne',
        'A threat of attack against a school, a place or a person',
        o('content-violence-threat'),
        { flags: ['danger'] },
      ),
      opt(
        'video',
        'Une vidéo de violences, d’agression ou de torture',
        'A video of violence, assault or torture',
        q('content-illegal-where'),
      ),
      opt(
        'calls',
        'Des appels à la violence ou à l’émeute',
        'Calls to violence or rioting',
        q('content-illegal-where'),
      ),
    ],
  },
  {
    id: 'content-illegal-where',
    kind: 'single',
    text: { fr: 'Où se trouve ce contenu ?', en: 'Where is this content?' },
    options: [
      opt(
        'platform',
        'Sur un réseau social, une messagerie ou une plateforme de vidéos',
        'On a social network, a messaging app or a video platform',
        o('content-illegal-platform'),
      ),
      opt('site', 'Sur un site internet ou un forum', 'On a website or a forum', o('content-illegal-site')),
    ],
  },
  {
    id: 'content-scam-victim',
    kind: 'single',
    text: {
      fr: 'Avez-vous payé ou donné des informations à ce site ?',
      en: 'Did you pay or give information to this site?',
    },
    options: [
      opt(
        'victim',
        'Oui, j’ai payé ou donné des informations',
        'Yes, I paid or gave information',
        q('fraud-start'),
      ),
      opt('no', 'Non, je veux seulement le signaler', 'No, I only want to report it', o('content-scam')),
    ],
  },
  {
    id: 'content-exposed-how',
    kind: 'single',
    text: { fr: 'Comment l’enfant a-t-il vu ces images ?', en: 'How did the child see these images?' },
    options: [
      opt(
        'browsing',
        'En naviguant, sur un réseau social ou un jeu',
        'While browsing, on a social network or a game',
        o('content-minor-exposed'),
      ),
      opt(
        'peers',
        'D’autres jeunes les lui ont envoyées',
        'Other young people sent them',
        o('content-minor-exposed'),
      ),
      opt('adult', 'Un adulte les lui a envoyées', 'An adult sent them', q('person-groom-meeting')),
    ],
  },
  {
    id: 'content-hosted-kind',
    kind: 'single',
    text: { fr: 'De quel contenu s’agit-il ?', en: 'What content is it?' },
    options: [
      opt(
        'csam',
        'Des images d’abus sexuels sur des enfants',
        'Child sexual abuse images',
        o('content-hosted-csam'),
      ),
      opt('terror', 'Un contenu terroriste', 'Terrorist content', o('content-hosted')),
      opt(
        'other',
        'Des propos haineux, des menaces ou un autre contenu illicite',
        'Hateful remarks, threats or other illegal content',
        o('content-hosted'),
      ),
    ],
  },
];
