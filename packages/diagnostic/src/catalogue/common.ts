import type { Family } from './family.ts';

/**
 * Advice shared by many outcomes, the entry questions of each public and the general outcome
 * for situations that match nothing.
 */
export const common: Family = {
  threats: [
    {
      id: 'unidentified',
      name: { fr: 'Situation non identifiée', en: 'Unidentified situation' },
      description: {
        fr: 'Aucune des situations proposées ne correspond : la situation est enregistrée comme non identifiée et des conseils généraux s’appliquent.',
        en: 'None of the situations offered matched: the situation is recorded as unidentified and general advice applies.',
      },
      publics: ['individual', 'business', 'public-body'],
      severity: 'info',
      services: ['incident-response', 'security-audit'],
    },
  ],
  advice: [
    {
      id: 'stop-contact',
      phase: 'stop',
      text: {
        fr: 'Cessez tout échange avec la personne ou l’organisation en cause : ne répondez plus, ne cliquez plus sur ses liens.',
        en: 'Stop all contact with the person or organisation involved: do not reply or click their links any more.',
      },
    },
    {
      id: 'never-pay',
      phase: 'stop',
      text: {
        fr: 'Ne payez pas et n’envoyez plus d’argent, de coupons ou de cryptomonnaie : payer n’arrête pas le chantage ni l’escroquerie.',
        en: 'Do not pay or send any more money, vouchers or cryptocurrency: paying does not end blackmail or a scam.',
      },
    },
    {
      id: 'disconnect-device',
      phase: 'stop',
      text: {
        fr: 'Débranchez l’appareil concerné d’internet (câble, Wi-Fi) sans l’éteindre, pour couper l’attaquant tout en préservant les traces.',
        en: 'Disconnect the affected device from the internet (cable, Wi-Fi) without switching it off, to cut the attacker off while keeping traces.',
      },
    },
    {
      id: 'keep-evidence',
      phase: 'evidence',
      text: {
        fr: 'Conservez les preuves : captures d’écran datées, adresses des pages (URL), messages, numéros, pseudonymes, courriels avec leurs en-têtes.',
        en: 'Keep evidence: dated screenshots, page addresses (URLs), messages, numbers, user names, emails with their headers.',
      },
    },
    {
      id: 'keep-payment-proof',
      phase: 'evidence',
      text: {
        fr: 'Gardez les preuves de paiement : relevés bancaires, reçus, références de virement, identifiants de transaction.',
        en: 'Keep proof of payment: bank statements, receipts, transfer references, transaction ids.',
      },
    },
    {
      id: 'write-timeline',
      phase: 'evidence',
      text: {
        fr: 'Écrivez la chronologie des faits tant que vous vous en souvenez : dates, heures, ce qui a été dit, demandé, payé.',
        en: 'Write down the timeline while you remember it: dates, times, what was said, asked for and paid.',
      },
    },
    {
      id: 'file-complaint',
      phase: 'report',
      text: {
        fr: 'Portez plainte en apportant toutes les preuves conservées ; gardez le récépissé, il sera demandé par votre banque ou votre assureur.',
        en: 'File a complaint with all the evidence you kept; keep the receipt, your bank or insurer will ask for it.',
      },
    },
    {
      id: 'tell-bank',
      phase: 'report',
      text: {
        fr: 'Prévenez votre banque au plus vite pour bloquer ou contester les opérations et demander un remboursement.',
        en: 'Tell your bank as soon as possible to block or dispute transactions and ask for a refund.',
      },
    },
    {
      id: 'report-platform',
      phase: 'report',
      text: {
        fr: 'Signalez le profil, l’annonce ou le contenu à la plateforme qui l’héberge avec sa fonction de signalement.',
        en: 'Report the profile, ad or content to the platform hosting it with its reporting feature.',
      },
    },
    {
      id: 'warn-contacts',
      phase: 'report',
      text: {
        fr: 'Prévenez vos proches ou vos contacts qu’ils pourraient recevoir des messages frauduleux en votre nom.',
        en: 'Warn your family or contacts that they may receive fraudulent messages in your name.',
      },
    },
    {
      id: 'change-passwords',
      phase: 'recover',
      text: {
        fr: 'Changez les mots de passe des comptes concernés, et de tous ceux qui utilisaient le même mot de passe, depuis un appareil sain.',
        en: 'Change the passwords of the accounts involved, and of every account that shared the same password, from a clean device.',
      },
    },
    {
      id: 'enable-2fa',
      phase: 'recover',
      text: {
        fr: 'Activez la double authentification sur vos comptes importants (messagerie, banque, réseaux sociaux).',
        en: 'Turn on two-factor authentication on your important accounts (email, bank, social networks).',
      },
    },
    {
      id: 'seek-support',
      phase: 'recover',
      text: {
        fr: 'Vous n’êtes pas responsable de ce qui vous arrive : parlez-en à un proche ou à une association d’aide aux victimes si vous êtes éprouvé.',
        en: 'What happened is not your fault: talk to someone close or to a victim support association if you are shaken.',
      },
    },
    {
      id: 'watch-accounts',
      phase: 'recover',
      text: {
        fr: 'Surveillez vos comptes bancaires et vos comptes en ligne pendant plusieurs semaines pour repérer toute nouvelle opération suspecte.',
        en: 'Watch your bank and online accounts for several weeks to spot any new suspicious activity.',
      },
    },
    {
      id: 'update-devices',
      phase: 'prevent',
      text: {
        fr: 'Faites les mises à jour de vos appareils, logiciels et applications dès qu’elles sont proposées.',
        en: 'Install updates for your devices, software and apps as soon as they are offered.',
      },
    },
    {
      id: 'unique-passwords',
      phase: 'prevent',
      text: {
        fr: 'Utilisez un mot de passe différent et solide pour chaque compte ; un gestionnaire de mots de passe vous y aide.',
        en: 'Use a different, strong password for each account; a password manager helps you do it.',
      },
    },
    {
      id: 'backup-data',
      phase: 'prevent',
      text: {
        fr: 'Sauvegardez régulièrement vos données sur un support déconnecté après la sauvegarde, et vérifiez que la restauration fonctionne.',
        en: 'Back up your data regularly to a medium you disconnect afterwards, and check that restoring works.',
      },
    },
    {
      id: 'beware-urgency',
      phase: 'prevent',
      text: {
        fr: 'Méfiez-vous de toute demande urgente d’argent, de codes ou d’informations : prenez le temps de vérifier par un autre moyen.',
        en: 'Be wary of any urgent request for money, codes or information: take time to check through another channel.',
      },
    },
    {
      id: 'train-staff',
      phase: 'prevent',
      publics: ['business', 'public-body'],
      text: {
        fr: 'Sensibilisez régulièrement vos équipes aux arnaques et aux attaques, et écrivez une procédure de réaction à un incident.',
        en: 'Train your staff regularly about scams and attacks, and write an incident response procedure.',
      },
    },
    {
      id: 'describe-to-professional',
      phase: 'report',
      text: {
        fr: 'Si vous avez un doute, décrivez la situation à un policier ou un gendarme, ou à un professionnel, avant d’agir.',
        en: 'If in doubt, describe the situation to a police officer or gendarme, or to a professional, before acting.',
      },
    },
  ],
  outcomes: [
    {
      id: 'general',
      threat: 'unidentified',
      advice: [
        'keep-evidence',
        'write-timeline',
        'describe-to-professional',
        'change-passwords',
        'update-devices',
        'beware-urgency',
        'train-staff',
      ],
      orientations: [
        { id: 'police-chat' },
        { id: 'info-escroqueries', publics: ['individual'] },
        { id: 'csirt', publics: ['business', 'public-body'] },
        { id: 'provider' },
      ],
    },
  ],
  questions: [
    ...(['individual', 'business', 'public-body'] as const).map((pub) => ({
      id: `${pub}-danger`,
      kind: 'single' as const,
      text: {
        fr: 'Une personne est-elle en danger immédiat ?',
        en: 'Is anyone in immediate danger?',
      },
      help: {
        fr: 'Par exemple : menace de mort ou de suicide, violence en cours, enfant en danger, rendez-vous fixé par un agresseur, systèmes vitaux arrêtés.',
        en: 'For example: a death or suicide threat, violence under way, a child at risk, a meeting set up by an abuser, life-critical systems down.',
      },
      options: [
        {
          id: 'yes',
          label: { fr: 'Oui, quelqu’un est en danger maintenant', en: 'Yes, someone is in danger now' },
          flags: ['danger' as const],
          sets: { danger: 'now' as const },
          next: { question: `${pub}-category` },
        },
        {
          id: 'no',
          label: { fr: 'Non', en: 'No' },
          next: { question: `${pub}-category` },
        },
      ],
    })),
    {
      id: 'individual-category',
      kind: 'single',
      text: { fr: 'Que vous arrive-t-il ?', en: 'What is happening to you?' },
      options: [
        {
          id: 'money',
          label: {
            fr: 'On m’a escroqué ou on me demande de l’argent (achat, vente, placement, rencontre, faux conseiller…)',
            en: 'I was scammed or someone is asking me for money (purchase, sale, investment, dating, fake adviser…)',
          },
          next: { question: 'fraud-start' },
        },
        {
          id: 'message',
          label: {
            fr: 'J’ai reçu un message, un appel ou un SMS suspect, ou j’ai cliqué sur un lien douteux',
            en: 'I received a suspicious message, call or text, or I clicked a dubious link',
          },
          next: { question: 'message-start' },
        },
        {
          id: 'account',
          label: {
            fr: 'Je n’ai plus accès à un compte, ou quelqu’un d’autre l’utilise (messagerie, réseau social, banque…)',
            en: 'I lost access to an account, or someone else is using it (email, social network, bank…)',
          },
          next: { question: 'account-start' },
        },
        {
          id: 'device',
          label: {
            fr: 'Mon ordinateur, mon téléphone ou un objet connecté se comporte anormalement, ou mes fichiers sont bloqués',
            en: 'My computer, phone or a connected device behaves strangely, or my files are locked',
          },
          next: { question: 'device-start' },
        },
        {
          id: 'person',
          label: {
            fr: 'On me harcèle, me menace, me fait chanter ou diffuse des images de moi',
            en: 'Someone is harassing, threatening or blackmailing me, or sharing images of me',
          },
          next: { question: 'person-start' },
        },
        {
          id: 'content',
          label: {
            fr: 'J’ai vu un contenu illégal ou choquant sur internet',
            en: 'I saw illegal or shocking content online',
          },
          next: { question: 'content-start' },
        },
        {
          id: 'identity',
          label: {
            fr: 'On a usurpé mon identité ou mes données personnelles circulent',
            en: 'Someone stole my identity or my personal data is circulating',
          },
          next: { question: 'identity-start' },
        },
        {
          id: 'none',
          label: { fr: 'Aucune de ces situations', en: 'None of these' },
          next: { outcome: 'general' },
        },
      ],
    },
    ...(['business', 'public-body'] as const).map((pub) => ({
      id: `${pub}-category`,
      kind: 'single' as const,
      text: {
        fr:
          pub === 'business'
            ? 'Que se passe-t-il dans votre entreprise ou association ?'
            : 'Que se passe-t-il dans votre collectivité ou administration ?',
        en:
          pub === 'business'
            ? 'What is happening in your business or association?'
            : 'What is happening in your local authority or administration?',
      },
      options: [
        {
          id: 'systems',
          label: {
            fr: 'Nos systèmes sont attaqués : fichiers chiffrés, rançon, intrusion, panne suspecte',
            en: 'Our systems are under attack: encrypted files, ransom, intrusion, suspicious outage',
          },
          next: { question: pub === 'business' ? 'org-regulated' : 'org-attack-start' },
        },
        {
          id: 'payment',
          label: {
            fr: 'Une fraude au paiement : faux virement, faux fournisseur, faux dirigeant',
            en: 'Payment fraud: fake transfer, fake supplier, fake executive',
          },
          next: { question: 'org-fraud-start' },
        },
        {
          id: 'website',
          label: {
            fr: 'Notre site internet est piraté, modifié ou inaccessible',
            en: 'Our website is hacked, altered or unreachable',
          },
          next: { question: 'website-start' },
        },
        {
          id: 'data',
          label: {
            fr: 'Des données (clients, salariés, usagers) ont fuité ou ont été volées',
            en: 'Data (customers, staff, users) has leaked or been stolen',
          },
          next: { question: 'org-data-start' },
        },
        {
          id: 'account',
          label: {
            fr: 'Un compte (messagerie, réseau social, outil en ligne) est piraté',
            en: 'An account (email, social network, online tool) is hacked',
          },
          next: { question: 'account-start' },
        },
        {
          id: 'message',
          label: {
            fr: 'Nous recevons des messages, appels ou courriels suspects',
            en: 'We are receiving suspicious messages, calls or emails',
          },
          next: { question: 'message-start' },
        },
        {
          id: 'money',
          label: {
            fr: 'Nous avons été escroqués lors d’un achat, d’une vente ou d’une commande',
            en: 'We were scammed in a purchase, a sale or an order',
          },
          next: { question: 'fraud-start' },
        },
        {
          id: 'person',
          label: {
            fr: 'Un membre de l’équipe ou l’organisation est harcelé, menacé ou dénigré en ligne',
            en: 'A team member or the organisation is harassed, threatened or disparaged online',
          },
          next: { question: 'person-start' },
        },
        {
          id: 'content',
          label: {
            fr: 'Nous avons repéré un contenu illégal en ligne',
            en: 'We found illegal content online',
          },
          next: { question: 'content-start' },
        },
        {
          id: 'none',
          label: { fr: 'Aucune de ces situations', en: 'None of these' },
          next: { outcome: 'general' },
        },
      ],
    })),
  ],
  sources: [],
};
