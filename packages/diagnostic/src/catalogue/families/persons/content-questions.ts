import type { Question } from '../../../types.ts';
import { ORGS, o, opt, q } from '../../family.ts';

/** Persons questions: grooming of minors and illegal or shocking content. */
export const contentQuestions: Question[] = [
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
      {
        ...opt(
          'minor-exposed',
          'Mon enfant a vu des images pornographiques ou choquantes',
          'My child saw pornographic or shocking images',
          q('content-exposed-how'),
          { publics: ['individual'], flags: ['minor'] },
        ),
        sets: { age: 'minor', for: 'child' },
      },
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
