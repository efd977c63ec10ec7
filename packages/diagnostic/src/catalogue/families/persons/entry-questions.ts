import type { Question } from '../../../types.ts';
import { ALL, ORGS, o, opt, q } from '../../family.ts';

/** Persons questions: entry, someone harms me or a member of the organisation. */
export const entryQuestions: Question[] = [
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
      {
        ...opt(
          'child-approached',
          'Un adulte fait des avances sexuelles ou des demandes déplacées à un mineur (moi ou mon enfant)',
          'An adult is making sexual advances or inappropriate requests to a minor (me or my child)',
          q('person-groom-meeting'),
          { publics: ['individual'], flags: ['minor'] },
        ),
        sets: { age: 'minor' },
      },
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
];
