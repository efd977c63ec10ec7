import type { Question } from '../../../types.ts';
import { choice, o, opt, q, t } from '../../family.ts';

export type Loss = 'stolen' | 'lost';
export const LOSSES: Loss[] = ['stolen', 'lost'];

export const deviceQuestions: Question[] = [
  {
    id: 'device-start',
    kind: 'single',
    text: t('Quel appareil est concerné ?', 'Which device is affected?'),
    options: [
      opt('computer', 'Un ordinateur', 'A computer', q('device-computer-symptom')),
      opt('phone', 'Un téléphone ou une tablette', 'A phone or tablet', q('device-phone-symptom')),
      opt(
        'iot',
        'Un objet connecté : caméra, box internet, enceinte, babyphone, alarme, serrure, voiture…',
        'A connected device: camera, internet router, speaker, baby monitor, alarm, lock, car…',
        q('device-iot-what'),
      ),
      opt('lost', 'Mon appareil a été perdu ou volé', 'My device was lost or stolen', q('device-lost-what')),
    ],
  },
  {
    id: 'device-computer-symptom',
    kind: 'single',
    text: t('Que se passe-t-il sur l’ordinateur ?', 'What is happening on the computer?'),
    options: [
      opt(
        'files-locked',
        'Mes fichiers sont illisibles ou renommés, et un message réclame une rançon',
        'My files cannot be opened or were renamed, and a message demands a ransom',
        q('device-ransom-paid'),
      ),
      opt(
        'fake-alert',
        'Une page bloque l’écran avec une alerte et un numéro à appeler (faux support Microsoft, fausse alerte de police)',
        'A page locks the screen with an alert and a number to call (fake Microsoft support, fake police warning)',
        q('device-alert-called'),
      ),
      opt(
        'remote-control',
        'La souris bouge seule, ou quelqu’un a pris la main à distance',
        'The mouse moves on its own, or someone took remote control',
        q('device-remote-how'),
        { flags: ['ongoing'] },
      ),
      opt(
        'odd',
        'Il est lent, affiche des publicités ou des fenêtres inconnues, ou l’antivirus signale un virus',
        'It is slow, shows unknown ads or windows, or the antivirus reports a virus',
        q('device-malware-signs'),
      ),
    ],
  },
  {
    id: 'device-phone-symptom',
    kind: 'single',
    text: t(
      'Que se passe-t-il sur le téléphone ou la tablette ?',
      'What is happening on the phone or tablet?',
    ),
    options: [
      opt(
        'files-locked',
        'Il est bloqué et réclame une rançon, ou mes fichiers sont chiffrés',
        'It is locked and demands a ransom, or my files are encrypted',
        q('device-ransom-paid'),
      ),
      opt(
        'spied',
        'Je pense être surveillé : quelqu’un connaît mes messages, mes déplacements ou mes conversations',
        'I think I am being watched: someone knows my messages, my movements or my conversations',
        q('person-spy-fear'),
      ),
      opt(
        'remote',
        'J’ai installé une application d’assistance à distance à la demande d’un inconnu',
        'I installed a remote assistance app because a stranger asked me to',
        q('device-remote-paid'),
      ),
      opt(
        'odd',
        'Il se comporte bizarrement depuis que j’ai installé une application ou cliqué sur un lien : SMS envoyés seul, publicités, batterie qui fond',
        'It has behaved oddly since I installed an app or clicked a link: texts sent on their own, ads, battery draining',
        q('device-malware-signs'),
      ),
    ],
  },
  {
    id: 'device-ransom-paid',
    kind: 'single',
    text: t('Avez-vous payé la rançon ?', 'Have you paid the ransom?'),
    options: [
      opt('not-paid', 'Non', 'No', o('ransomware-individual')),
      opt('paid', 'Oui, j’ai payé', 'Yes, I paid', o('ransomware-individual-paid'), {
        flags: ['money-lost'],
      }),
    ],
  },
  {
    id: 'device-alert-called',
    kind: 'single',
    text: t('Avez-vous appelé le numéro affiché ?', 'Did you call the number shown?'),
    options: [
      opt('not-called', 'Non, je n’ai pas appelé', 'No, I did not call', o('fake-alert-not-called')),
      opt(
        'called-remote',
        'Oui, et j’ai laissé la personne prendre la main sur l’ordinateur',
        'Yes, and I let the person take control of the computer',
        q('device-remote-paid'),
      ),
      opt(
        'called-paid',
        'Oui, et j’ai payé un dépannage ou un abonnement, sans prise en main',
        'Yes, and I paid for a fix or a subscription, without remote control',
        o('fake-alert-paid'),
        { flags: ['money-lost'] },
      ),
    ],
  },
  {
    id: 'device-remote-how',
    kind: 'single',
    text: t('Comment cette personne a-t-elle pris la main ?', 'How did this person take control?'),
    options: [
      opt(
        'asked',
        'Un prétendu technicien, conseiller bancaire ou vendeur m’a fait installer un logiciel d’assistance (AnyDesk, TeamViewer…)',
        'A so-called technician, bank adviser or seller got me to install a remote assistance tool (AnyDesk, TeamViewer…)',
        q('device-remote-paid'),
      ),
      opt(
        'unknown',
        'Je n’ai rien installé moi-même et je ne sais pas qui c’est',
        'I installed nothing myself and I do not know who it is',
        o('remote-access-unknown'),
      ),
      opt(
        'close',
        'Je pense qu’il s’agit d’un proche, d’un conjoint ou d’un ex-conjoint qui me surveille',
        'I think it is a relative, partner or ex-partner who is watching me',
        q('person-spy-fear'),
      ),
    ],
  },
  {
    id: 'device-remote-paid',
    kind: 'single',
    text: t(
      'Pendant ou après la prise en main, y a-t-il eu des paiements ou des opérations bancaires ?',
      'During or after the remote session, were there any payments or bank transactions?',
    ),
    options: [
      opt(
        'bank-ops',
        'Oui : des virements ou des paiements ont été faits, ou j’ai payé une intervention',
        'Yes: transfers or payments were made, or I paid for a service',
        o('remote-access-money'),
        { flags: ['money-lost'] },
      ),
      opt(
        'banking-open',
        'Je me suis connecté à ma banque pendant la prise en main, sans opération visible pour l’instant',
        'I logged in to my bank during the session, with no transaction visible so far',
        o('remote-access-bank-exposed'),
        { flags: ['data-exposed'] },
      ),
      opt('none', 'Non', 'No', o('remote-access-contained')),
    ],
  },
  {
    id: 'device-malware-signs',
    kind: 'multiple',
    text: t('Qu’avez-vous remarqué ?', 'What have you noticed?'),
    help: t('Plusieurs réponses sont possibles.', 'You can choose several answers.'),
    options: [
      choice(
        'bank-ops',
        'Des opérations bancaires ou des connexions à mes comptes que je n’ai pas faites',
        'Bank transactions or logins to my accounts that I did not make',
        { flags: ['money-lost'] },
      ),
      choice(
        'messages-sent',
        'Des messages ou des SMS sont envoyés à mes contacts sans moi',
        'Messages or texts are sent to my contacts without me',
        { flags: ['data-exposed'] },
      ),
      choice(
        'ads',
        'Des publicités, des fenêtres ou des extensions de navigateur inconnues',
        'Unknown ads, windows or browser extensions',
      ),
      choice(
        'antivirus',
        'Mon antivirus a détecté un programme malveillant',
        'My antivirus detected malware',
      ),
      choice(
        'cpu',
        'Le ventilateur tourne à fond et l’appareil chauffe ou ralentit même quand je ne fais rien',
        'The fan runs flat out and the device heats up or slows down even when I am doing nothing',
      ),
    ],
    branches: [
      { when: ['bank-ops'], next: o('malware-banking') },
      { when: ['messages-sent'], next: o('malware-spreading') },
      { when: ['ads', 'antivirus'], next: o('malware-device') },
      { when: ['cpu'], next: o('cryptojacking-device') },
    ],
    next: o('malware-device'),
  },
  {
    id: 'device-iot-what',
    kind: 'single',
    text: t('Que se passe-t-il avec cet objet ?', 'What is happening with this device?'),
    options: [
      opt(
        'camera-voice',
        'La caméra bouge seule, une voix inconnue parle, ou quelqu’un semble regarder chez moi',
        'The camera moves on its own, an unknown voice speaks, or someone seems to be watching my home',
        o('iot-camera'),
        { flags: ['ongoing'] },
      ),
      opt(
        'threat-home',
        'Quelqu’un s’en sert pour me menacer ou me faire peur chez moi (voix dans la caméra, serrure, alarme, chauffage)',
        'Someone is using it to threaten or frighten me at home (voice through the camera, lock, alarm, heating)',
        o('iot-harassment'),
        { flags: ['danger', 'ongoing'] },
      ),
      opt(
        'images-online',
        'Des images filmées chez moi circulent sur internet',
        'Footage filmed in my home is circulating online',
        o('iot-images-online'),
        { flags: ['data-exposed'] },
      ),
      opt(
        'router',
        'Ma box ou mon Wi-Fi est utilisé par d’autres, ou ses réglages ont changé',
        'My router or Wi-Fi is used by others, or its settings changed',
        o('iot-router'),
      ),
      opt(
        'other',
        'Un autre objet (serrure, alarme, enceinte, voiture) agit seul ou ne répond plus',
        'Another device (lock, alarm, speaker, car) acts on its own or no longer responds',
        o('iot-device'),
      ),
    ],
  },
  {
    id: 'device-lost-what',
    kind: 'single',
    text: t('Que s’est-il passé ?', 'What happened?'),
    options: [
      opt('stolen', 'L’appareil a été volé', 'The device was stolen', q('device-stolen-lock')),
      opt('lost', 'Je l’ai perdu', 'I lost it', q('device-lost-lock')),
    ],
  },
  ...LOSSES.map(
    (loss): Question => ({
      id: `device-${loss}-lock`,
      kind: 'single',
      text: t(
        'L’appareil était-il protégé par un code, un schéma, une empreinte ou un mot de passe ?',
        'Was the device protected by a code, pattern, fingerprint or password?',
      ),
      options: [
        opt('locked', 'Oui', 'Yes', o(`device-${loss}-locked`)),
        opt('open', 'Non, ou je ne sais pas', 'No, or I do not know', o(`device-${loss}-open`), {
          flags: ['data-exposed'],
        }),
      ],
    }),
  ),
];
