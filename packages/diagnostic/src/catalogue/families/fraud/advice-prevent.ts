import type { Advice } from '../../../types.ts';
import { ORGS } from '../../family.ts';

/** Fraud advice, phase "prevent". */
export const preventAdvice: Advice[] = [
  {
    id: 'check-address-before-typing',
    phase: 'prevent',
    text: {
      fr: 'Avant de saisir un mot de passe ou une carte, vérifiez l’adresse du site ; en cas de doute, passez par l’application officielle ou tapez vous-même l’adresse.',
      en: 'Before typing a password or card, check the site’s address; if in doubt, use the official app or type the address yourself.',
    },
  },
  {
    id: 'use-official-sites',
    phase: 'prevent',
    text: {
      fr: 'Pour vos démarches, passez par les sites en « .gouv.fr » ou ceux indiqués par service-public.fr : la plupart des démarches y sont gratuites.',
      en: 'For official procedures, use the “.gouv.fr” sites or those listed by service-public.fr: most procedures there are free.',
    },
  },
  {
    id: 'check-shop-before-buying',
    phase: 'prevent',
    text: {
      fr: 'Avant d’acheter sur un site inconnu, vérifiez ses mentions légales, les avis extérieurs et son ancienneté ; un prix très bas est un signal d’alerte.',
      en: 'Before buying from an unknown site, check its legal notice, outside reviews and how long it has existed; a very low price is a warning sign.',
    },
  },
  {
    id: 'prefer-protected-payment',
    phase: 'prevent',
    text: {
      fr: 'Pour un achat à distance, préférez la carte bancaire ou le paiement sécurisé d’une plateforme, qui permettent une contestation ; évitez virements, coupons et cryptomonnaies.',
      en: 'For remote purchases, prefer a bank card or a platform’s secure payment, which can be disputed; avoid transfers, vouchers and crypto.',
    },
  },
  {
    id: 'stay-on-platform',
    phase: 'prevent',
    text: {
      fr: 'Restez sur la messagerie et le paiement de la plateforme : un interlocuteur qui veut passer par WhatsApp, un courriel ou un lien de paiement est suspect.',
      en: 'Stay on the platform’s messaging and payment: someone who wants to move to WhatsApp, email or a payment link is suspicious.',
    },
  },
  {
    id: 'visit-before-renting',
    phase: 'prevent',
    text: {
      fr: 'Ne versez rien pour une location avant d’avoir visité le logement ou vérifié l’identité du propriétaire ou de l’agence (carte professionnelle).',
      en: 'Pay nothing for a rental before visiting the property or checking the identity of the owner or agency (professional licence).',
    },
  },
  {
    id: 'bank-never-asks-codes',
    phase: 'prevent',
    text: {
      fr: 'Retenez qu’aucune banque ne vous demande par téléphone de valider une opération, de donner un code ou de remettre votre carte.',
      en: 'Remember that no bank ever asks you by phone to approve a transaction, give a code or hand over your card.',
    },
  },
  {
    id: 'distrust-high-returns',
    phase: 'prevent',
    text: {
      fr: 'Un rendement élevé sans risque n’existe pas : méfiez-vous des publicités avec des célébrités et des « conseillers » qui vous relancent sans cesse.',
      en: 'High returns without risk do not exist: be wary of ads featuring celebrities and “advisers” who keep calling you back.',
    },
  },
  {
    id: 'never-share-codes',
    phase: 'prevent',
    text: {
      fr: 'Ne transmettez jamais un code reçu par SMS, même à un proche : il sert à valider un paiement ou à prendre le contrôle d’un compte.',
      en: 'Never pass on a code received by text, even to a relative: it is used to approve a payment or take over an account.',
    },
  },
  {
    id: 'real-jobs-cost-nothing',
    phase: 'prevent',
    text: {
      fr: 'Un vrai employeur ne demande ni frais ni avance et ne fait jamais transiter d’argent par votre compte ; vérifiez l’entreprise sur annuaire-entreprises.data.gouv.fr.',
      en: 'A real employer never asks for fees or advances and never passes money through your account; check the company on annuaire-entreprises.data.gouv.fr.',
    },
  },
  {
    id: 'check-lender-authorised',
    phase: 'prevent',
    text: {
      fr: 'Avant un crédit, vérifiez que le prêteur est autorisé sur le registre REGAFI ou l’ORIAS : un vrai prêteur ne demande jamais de frais avant de verser les fonds.',
      en: 'Before a loan, check the lender is authorised in the REGAFI or ORIAS register: a real lender never charges fees before paying out.',
    },
  },
  {
    id: 'give-to-known-charities',
    phase: 'prevent',
    text: {
      fr: 'Donnez uniquement par le site officiel d’une association que vous connaissez, jamais par un lien reçu ou une cagnotte ouverte par un inconnu.',
      en: 'Give only through the official website of a charity you know, never through a link you received or a fundraiser opened by a stranger.',
    },
  },
  {
    id: 'verify-new-customers',
    phase: 'prevent',
    publics: ORGS,
    text: {
      fr: 'Avant d’honorer une grosse commande d’un nouveau client, vérifiez son identité avec les coordonnées officielles de l’organisme (annuaire, site), jamais celles du bon de commande.',
      en: 'Before fulfilling a large order from a new customer, check its identity with the organisation’s official details (directory, website), never those on the order form.',
    },
  },
  {
    id: 'pay-only-ordered-invoices',
    phase: 'prevent',
    publics: ORGS,
    text: {
      fr: 'Ne payez une facture que si elle correspond à une commande interne validée : faites valider chaque facture par la personne qui a commandé.',
      en: 'Pay an invoice only if it matches an approved internal order: have each invoice approved by the person who ordered.',
    },
  },
  {
    id: 'real-summons-by-post',
    phase: 'prevent',
    text: {
      fr: 'Une vraie convocation arrive par courrier ou par un agent, et ne réclame jamais d’argent ni de réponse par courriel.',
      en: 'A real summons arrives by post or through an officer, and never asks for money or a reply by email.',
    },
  },
  {
    id: 'mark-as-spam',
    phase: 'prevent',
    text: {
      fr: 'Marquez le message comme indésirable dans votre messagerie : ses filtres apprennent de vos signalements.',
      en: 'Mark the message as spam in your mailbox: its filters learn from your reports.',
    },
  },
  {
    id: 'register-bloctel',
    phase: 'prevent',
    publics: ['individual'],
    text: {
      fr: 'Depuis le 11 août 2026, une entreprise ne peut vous démarcher par téléphone qu’avec votre accord préalable, ou pour un produit lié à un contrat en cours : plus besoin de s’inscrire sur Bloctel. Ne donnez pas cet accord en cochant une case sans la lire, et retirez-le quand vous voulez, y compris pendant l’appel.',
      en: 'Since 11 August 2026, a business may canvass you by phone only with your prior consent, or about a product linked to a contract you already have: there is no longer any need to register with Bloctel. Do not give that consent by ticking a box without reading it, and withdraw it whenever you like, including during the call.',
    },
  },
  {
    id: 'dont-call-back-unknown',
    phase: 'prevent',
    text: {
      fr: 'Ne rappelez pas un numéro inconnu qui raccroche après une sonnerie : il s’agit souvent d’un numéro surtaxé.',
      en: 'Do not call back an unknown number that hangs up after one ring: it is often a premium-rate number.',
    },
  },
  {
    id: 'unsubscribe-known-senders',
    phase: 'prevent',
    text: {
      fr: 'Ne cliquez sur « se désabonner » ou ne répondez « STOP » que si vous connaissez l’expéditeur ; sinon, supprimez simplement le message.',
      en: 'Click “unsubscribe” or reply “STOP” only if you know the sender; otherwise, just delete the message.',
    },
  },
  {
    id: 'watermark-documents',
    phase: 'prevent',
    text: {
      fr: 'N’envoyez une copie de vos papiers que si c’est indispensable, avec un filigrane indiquant le destinataire, la date et l’usage (outil gratuit : filigrane.beta.gouv.fr).',
      en: 'Send a copy of your documents only when essential, with a watermark stating the recipient, date and purpose (free tool: filigrane.beta.gouv.fr).',
    },
  },
  {
    id: 'limit-profile-visibility',
    phase: 'prevent',
    text: {
      fr: 'Limitez la visibilité de vos photos, de votre liste d’amis et de vos informations personnelles sur les réseaux sociaux.',
      en: 'Limit who can see your photos, friends list and personal information on social networks.',
    },
  },
  {
    id: 'online-love-warning-signs',
    phase: 'prevent',
    text: {
      fr: 'Une personne rencontrée en ligne qui évite toujours la visioconférence et finit par parler d’argent est presque toujours un escroc.',
      en: 'Someone met online who always avoids video calls and ends up talking about money is almost always a fraudster.',
    },
  },
  {
    id: 'beware-recovery-scams',
    phase: 'prevent',
    text: {
      fr: 'Les victimes sont souvent recontactées par de faux avocats, enquêteurs ou organismes qui promettent de récupérer l’argent : c’est une seconde arnaque.',
      en: 'Victims are often contacted again by fake lawyers, investigators or agencies promising to recover the money: that is a second scam.',
    },
  },
  {
    id: 'family-code-word',
    phase: 'prevent',
    text: {
      fr: 'Convenez en famille d’un mot ou d’une question secrète pour vérifier toute demande d’argent urgente.',
      en: 'Agree on a family code word or secret question to check any urgent request for money.',
    },
  },
  {
    id: 'keep-franceconnect-private',
    phase: 'prevent',
    text: {
      fr: 'Ne communiquez jamais vos identifiants FranceConnect ni les codes reçus : aucun conseiller en formation n’en a besoin.',
      en: 'Never give out your FranceConnect logins or the codes you receive: no training adviser needs them.',
    },
  },
  {
    id: 'call-official-number-back',
    phase: 'prevent',
    text: {
      fr: 'Pour vérifier un appel d’un organisme, raccrochez et rappelez le numéro officiel indiqué sur son site ou sur vos courriers.',
      en: 'To check a call from an organisation, hang up and call the official number shown on its website or your letters.',
    },
  },
  {
    id: 'official-apps-only',
    phase: 'prevent',
    text: {
      fr: 'N’installez d’applications que depuis le magasin officiel (Google Play, App Store), jamais depuis un lien reçu par message.',
      en: 'Install apps only from the official store (Google Play, App Store), never from a link received in a message.',
    },
  },
  {
    id: 'beware-attachments',
    phase: 'prevent',
    text: {
      fr: 'N’ouvrez pas une pièce jointe inattendue, même d’un expéditeur connu, sans avoir vérifié avec lui par un autre moyen.',
      en: 'Do not open an unexpected attachment, even from a known sender, without checking with them another way.',
    },
  },
  {
    id: 'go-to-official-site',
    phase: 'prevent',
    text: {
      fr: 'Pour suivre un colis, payer une amende ou mettre à jour un compte, allez vous-même sur le site officiel (transporteur, amendes.gouv.fr, ameli.fr), jamais par un lien reçu.',
      en: 'To track a parcel, pay a fine or update an account, go to the official site yourself (carrier, amendes.gouv.fr, ameli.fr), never through a link you received.',
    },
  },
  {
    id: 'check-cheque-issuer',
    phase: 'prevent',
    text: {
      fr: 'Pour un paiement par chèque de banque, faites confirmer son authenticité par la banque émettrice, dont vous cherchez vous-même le numéro.',
      en: 'For a banker’s draft, have the issuing bank confirm it is genuine, looking up its number yourself.',
    },
  },
];
