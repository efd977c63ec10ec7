import type { Question } from '../../../types.ts';
import type { Public } from '../../../vocabulary.ts';

const I: Public[] = ['individual'];
const IB: Public[] = ['individual', 'business'];
const ORGS: Public[] = ['business', 'public-body'];

/** Age question for journeys where a minor is commonly targeted; individual public only. */
function ageQuestion(id: string, next: string): Question {
  return {
    id,
    kind: 'single',
    text: { fr: 'Avez-vous moins de 18 ans ?', en: 'Are you under 18?' },
    help: {
      fr: 'Les mineurs ont droit à une aide spécifique, gratuite et confidentielle.',
      en: 'Minors can get specific, free and confidential help.',
    },
    options: [
      {
        id: 'minor',
        label: { fr: 'Oui, j’ai moins de 18 ans', en: 'Yes, I am under 18' },
        flags: ['minor'],
        next: { question: next },
      },
      {
        id: 'adult',
        label: { fr: 'Non, j’ai 18 ans ou plus', en: 'No, I am 18 or over' },
        next: { question: next },
      },
    ],
  };
}

/** Scams: from "I was scammed or someone asks me for money" (fraud-start). */
export const scamQuestions: Question[] = [
  {
    id: 'fraud-start',
    kind: 'single',
    text: { fr: 'De quel type d’arnaque s’agit-il ?', en: 'What kind of scam is it?' },
    options: [
      {
        id: 'trade',
        label: {
          fr: 'Un achat, une vente, une location, une commande ou une facture',
          en: 'A purchase, a sale, a rental, an order or an invoice',
        },
        next: { question: 'fraud-trade-kind' },
      },
      {
        id: 'bank',
        label: {
          fr: 'Des paiements inconnus sur une carte ou un compte, ou un appel de « votre banque »',
          en: 'Unknown payments on a card or account, or a call from “your bank”',
        },
        next: { question: 'fraud-bank-kind' },
      },
      {
        id: 'promise',
        label: {
          fr: 'Une promesse d’argent : placement, crédit, gain, héritage, emploi',
          en: 'A promise of money: investment, loan, prize, inheritance, job',
        },
        publics: IB,
        next: { question: 'fraud-promise-kind' },
      },
      {
        id: 'relation',
        label: {
          fr: 'Une personne rencontrée en ligne ou un « proche » qui me demande de l’argent',
          en: 'Someone I met online or a “relative” asking me for money',
        },
        publics: I,
        next: { question: 'fraud-relation-kind' },
      },
      {
        id: 'support',
        label: {
          fr: 'Un faux support technique : alerte de blocage à l’écran, appel d’un faux technicien',
          en: 'Fake tech support: a blocking alert on screen, a call from a fake technician',
        },
        next: { question: 'fraud-support-what' },
      },
      {
        id: 'admin',
        label: {
          fr: 'Une démarche administrative payée sur un site non officiel, ou mon compte formation (CPF)',
          en: 'An official procedure paid on an unofficial site, or my training account (CPF)',
        },
        publics: IB,
        next: { question: 'fraud-admin-kind' },
      },
      {
        id: 'charity',
        label: {
          fr: 'Un appel aux dons ou une cagnotte douteuse',
          en: 'A dubious appeal for donations or fundraiser',
        },
        publics: IB,
        next: { question: 'fraud-charity-paid' },
      },
      {
        id: 'other',
        label: { fr: 'Autre chose', en: 'Something else' },
        next: { outcome: 'general' },
      },
    ],
  },

  // Purchases, sales, rentals, orders.
  {
    id: 'fraud-trade-kind',
    kind: 'single',
    text: { fr: 'Que s’est-il passé ?', en: 'What happened?' },
    options: [
      {
        id: 'bought',
        label: {
          fr: 'J’ai acheté quelque chose qui n’est jamais arrivé, ou je doute d’un vendeur',
          en: 'I bought something that never arrived, or I doubt a seller',
        },
        next: { question: 'fraud-purchase-where' },
      },
      {
        id: 'sold',
        label: {
          fr: 'Je vends quelque chose et l’acheteur est suspect',
          en: 'I am selling something and the buyer is suspicious',
        },
        publics: IB,
        next: { question: 'fraud-sale-how' },
      },
      {
        id: 'rental',
        label: {
          fr: 'Je cherchais un logement ou une location de vacances',
          en: 'I was looking for a home or a holiday rental',
        },
        publics: I,
        next: { question: 'fraud-rental-what' },
      },
      {
        id: 'orders',
        label: {
          fr: 'Des commandes passées en notre nom, ou un client qui a commandé sans payer',
          en: 'Orders placed in our name, or a customer who ordered and did not pay',
        },
        publics: ORGS,
        next: { question: 'fraud-order-side' },
      },
      {
        id: 'invoice',
        label: {
          fr: 'Une facture ou un formulaire d’annuaire, de registre ou de « mise en conformité » jamais demandé',
          en: 'An invoice or form for a directory, register or “compliance” service we never asked for',
        },
        publics: ORGS,
        next: { question: 'fraud-directory-stage' },
      },
    ],
  },
  {
    id: 'fraud-purchase-where',
    kind: 'single',
    text: { fr: 'Où avez-vous acheté ?', en: 'Where did you buy?' },
    options: [
      {
        id: 'shop',
        label: { fr: 'Sur un site de vente en ligne (une boutique)', en: 'On an online shop' },
        next: { question: 'fraud-shop-payment' },
      },
      {
        id: 'private',
        label: {
          fr: 'Auprès d’un particulier : petite annonce, réseau social, forum',
          en: 'From a private seller: classified ad, social network, forum',
        },
        next: { question: 'fraud-ad-payment' },
      },
    ],
  },
  {
    id: 'fraud-shop-payment',
    kind: 'single',
    text: { fr: 'Comment avez-vous payé ?', en: 'How did you pay?' },
    options: [
      {
        id: 'card',
        label: { fr: 'Par carte bancaire', en: 'By bank card' },
        flags: ['money-lost', 'data-exposed'],
        next: { outcome: 'fake-shop-card' },
      },
      {
        id: 'transfer',
        label: {
          fr: 'Par virement, coupon, mandat ou cryptomonnaie',
          en: 'By transfer, voucher, money order or crypto',
        },
        flags: ['money-lost'],
        next: { outcome: 'fake-shop-transfer' },
      },
      {
        id: 'not-paid',
        label: {
          fr: 'Je n’ai pas encore payé : je doute de ce site',
          en: 'I have not paid yet: I have doubts about this site',
        },
        next: { outcome: 'fake-shop-doubt' },
      },
    ],
  },
  {
    id: 'fraud-ad-payment',
    kind: 'single',
    text: { fr: 'Comment avez-vous payé le vendeur ?', en: 'How did you pay the seller?' },
    options: [
      {
        id: 'direct',
        label: {
          fr: 'Directement : virement, PayPal « entre proches », coupon, cryptomonnaie ou lien envoyé par le vendeur',
          en: 'Directly: transfer, PayPal “friends and family”, voucher, crypto or a link the seller sent',
        },
        flags: ['money-lost'],
        next: { outcome: 'purchase-scam-paid' },
      },
      {
        id: 'platform',
        label: {
          fr: 'Par le paiement sécurisé de la plateforme',
          en: 'Through the platform’s secure payment',
        },
        flags: ['money-lost'],
        next: { outcome: 'purchase-scam-platform' },
      },
      {
        id: 'not-paid',
        label: {
          fr: 'Pas encore : le vendeur insiste pour être payé en dehors de la plateforme',
          en: 'Not yet: the seller insists on being paid outside the platform',
        },
        next: { outcome: 'purchase-scam-attempt' },
      },
    ],
  },
  {
    id: 'fraud-sale-how',
    kind: 'single',
    text: { fr: 'Que fait cet acheteur ?', en: 'What is this buyer doing?' },
    options: [
      {
        id: 'card-given',
        label: {
          fr: 'Il m’a envoyé un lien pour « recevoir le paiement » et j’y ai saisi ma carte bancaire',
          en: 'They sent me a link to “receive the payment” and I typed my card details there',
        },
        flags: ['data-exposed'],
        next: { outcome: 'sale-scam-card-given' },
      },
      {
        id: 'link-only',
        label: {
          fr: 'Il m’a envoyé un lien de paiement ou de livraison, sans que j’y saisisse quoi que ce soit',
          en: 'They sent me a payment or delivery link, but I typed nothing there',
        },
        next: { outcome: 'sale-scam-link-only' },
      },
      {
        id: 'not-paid',
        label: {
          fr: 'J’ai remis ou envoyé le bien et je n’ai jamais été payé (faux justificatif, chèque sans valeur)',
          en: 'I handed over or shipped the item and was never paid (fake receipt, worthless cheque)',
        },
        flags: ['money-lost'],
        next: { outcome: 'sale-scam-goods-lost' },
      },
      {
        id: 'overpaid',
        label: {
          fr: 'Il dit avoir payé trop et me demande de rembourser la différence',
          en: 'They say they overpaid and ask me to refund the difference',
        },
        next: { outcome: 'sale-scam-overpayment' },
      },
    ],
  },
  {
    id: 'fraud-rental-what',
    kind: 'multiple',
    text: { fr: 'Qu’avez-vous déjà envoyé ?', en: 'What have you already sent?' },
    help: { fr: 'Cochez tout ce qui s’applique.', en: 'Tick everything that applies.' },
    options: [
      {
        id: 'money',
        label: {
          fr: 'De l’argent : réservation, dépôt de garantie, premier loyer',
          en: 'Money: booking fee, deposit, first rent',
        },
        flags: ['money-lost'],
      },
      {
        id: 'documents',
        label: {
          fr: 'Des copies de mes papiers (identité, fiches de paie, avis d’impôt)',
          en: 'Copies of my documents (ID, payslips, tax notice)',
        },
        flags: ['data-exposed'],
      },
      {
        id: 'nothing',
        label: { fr: 'Rien encore, mais on me le demande', en: 'Nothing yet, but I am being asked to' },
        exclusive: true,
      },
    ],
    branches: [
      { when: ['money'], next: { outcome: 'rental-scam-paid' } },
      { when: ['documents'], next: { outcome: 'rental-scam-documents' } },
    ],
    next: { outcome: 'rental-scam-attempt' },
  },
  {
    id: 'fraud-order-side',
    kind: 'single',
    text: { fr: 'Quelle est votre situation ?', en: 'What is your situation?' },
    options: [
      {
        id: 'impersonated',
        label: {
          fr: 'Des fournisseurs reçoivent des commandes passées en notre nom que nous n’avons jamais faites',
          en: 'Suppliers are receiving orders in our name that we never placed',
        },
        next: { outcome: 'fake-order-impersonated' },
      },
      {
        id: 'delivered',
        label: {
          fr: 'Nous avons livré un client qui se présentait comme une entreprise ou un organisme public, et il ne paie pas',
          en: 'We delivered to a customer posing as a company or public body, and it does not pay',
        },
        publics: ['business'],
        flags: ['money-lost'],
        next: { outcome: 'fake-order-delivered' },
      },
      {
        id: 'doubt',
        label: {
          fr: 'Nous avons reçu une grosse commande inhabituelle et nous avons un doute',
          en: 'We received an unusually large order and have doubts',
        },
        publics: ['business'],
        next: { outcome: 'fake-order-doubt' },
      },
    ],
  },
  {
    id: 'fraud-directory-stage',
    kind: 'single',
    text: { fr: 'Où en êtes-vous ?', en: 'Where are you at?' },
    options: [
      {
        id: 'paid',
        label: { fr: 'Nous avons payé', en: 'We paid' },
        flags: ['money-lost'],
        next: { outcome: 'directory-scam-paid' },
      },
      {
        id: 'signed',
        label: {
          fr: 'Nous avons signé ou renvoyé le formulaire, sans payer',
          en: 'We signed or returned the form, without paying',
        },
        next: { outcome: 'directory-scam-signed' },
      },
      {
        id: 'received',
        label: {
          fr: 'Nous avons seulement reçu le courrier ou la facture',
          en: 'We only received the letter or invoice',
        },
        next: { outcome: 'directory-scam-received' },
      },
    ],
  },

  // Cards, accounts and fake bank advisers.
  {
    id: 'fraud-bank-kind',
    kind: 'single',
    text: { fr: 'Que constatez-vous ?', en: 'What do you notice?' },
    options: [
      {
        id: 'card-payments',
        label: {
          fr: 'Des paiements par carte que je n’ai pas faits',
          en: 'Card payments I did not make',
        },
        flags: ['money-lost'],
        next: { question: 'fraud-card-possession' },
      },
      {
        id: 'debits',
        label: {
          fr: 'Des prélèvements ou des virements que je n’ai pas autorisés',
          en: 'Direct debits or transfers I did not authorise',
        },
        flags: ['money-lost'],
        next: { question: 'fraud-debit-origin' },
      },
      {
        id: 'advisor',
        label: {
          fr: 'Un prétendu conseiller de ma banque, du service des fraudes ou de la police m’a contacté',
          en: 'A supposed adviser from my bank, its fraud department or the police contacted me',
        },
        publics: IB,
        next: { question: 'fraud-advisor-what' },
      },
    ],
  },
  {
    id: 'fraud-card-possession',
    kind: 'single',
    text: { fr: 'Avez-vous toujours la carte en votre possession ?', en: 'Do you still have the card?' },
    options: [
      {
        id: 'have-card',
        label: { fr: 'Oui, je l’ai', en: 'Yes, I have it' },
        next: { question: 'fraud-card-how' },
      },
      {
        id: 'lost-stolen',
        label: { fr: 'Non, elle a été perdue ou volée', en: 'No, it was lost or stolen' },
        next: { outcome: 'card-fraud-stolen' },
      },
    ],
  },
  {
    id: 'fraud-card-how',
    kind: 'single',
    text: {
      fr: 'Avez-vous récemment communiqué les données de votre carte ou un code ?',
      en: 'Have you recently given out your card details or a code?',
    },
    options: [
      {
        id: 'no-idea',
        label: {
          fr: 'Non, je ne sais pas comment ils ont obtenu ma carte',
          en: 'No, I do not know how they got my card',
        },
        next: { outcome: 'card-fraud-online' },
      },
      {
        id: 'typed',
        label: {
          fr: 'Je l’ai saisie sur un site après un SMS, un courriel ou une annonce',
          en: 'I typed it on a site after a text, an email or an ad',
        },
        flags: ['data-exposed'],
        next: { outcome: 'card-fraud-after-phishing' },
      },
      {
        id: 'code-given',
        label: {
          fr: 'J’ai donné ou validé un code de confirmation à la demande de quelqu’un',
          en: 'I gave or approved a confirmation code because someone asked me to',
        },
        flags: ['data-exposed'],
        next: { outcome: 'card-fraud-validated' },
      },
    ],
  },
  {
    id: 'fraud-debit-origin',
    kind: 'single',
    text: {
      fr: 'Qu’avez-vous pu communiquer récemment ?',
      en: 'What might you have given out recently?',
    },
    options: [
      {
        id: 'login',
        label: {
          fr: 'Mes identifiants de banque en ligne, sur un lien ou au téléphone',
          en: 'My online banking login, on a link or over the phone',
        },
        flags: ['data-exposed'],
        next: { outcome: 'direct-debit-online-banking' },
      },
      {
        id: 'iban',
        label: {
          fr: 'Mon RIB, ou rien à ma connaissance',
          en: 'My bank details (IBAN), or nothing that I know of',
        },
        next: { outcome: 'direct-debit-unknown' },
      },
    ],
  },
  {
    id: 'fraud-advisor-what',
    kind: 'multiple',
    text: {
      fr: 'Qu’avez-vous fait pendant ou après cet appel ?',
      en: 'What did you do during or after this call?',
    },
    help: { fr: 'Cochez tout ce qui s’applique.', en: 'Tick everything that applies.' },
    options: [
      {
        id: 'courier-coming',
        label: {
          fr: 'Un « coursier » doit passer chez moi récupérer ma carte ou mes objets de valeur',
          en: 'A “courier” is about to come to my home to collect my card or valuables',
        },
        flags: ['danger', 'ongoing'],
      },
      {
        id: 'card-handed',
        label: {
          fr: 'J’ai remis ma carte à quelqu’un venu la chercher',
          en: 'I handed my card to someone who came to collect it',
        },
        flags: ['money-lost'],
      },
      {
        id: 'transferred',
        label: {
          fr: 'J’ai fait un virement ou validé des opérations dans mon application',
          en: 'I made a transfer or approved transactions in my app',
        },
        flags: ['money-lost'],
      },
      {
        id: 'codes',
        label: {
          fr: 'J’ai donné des codes reçus par SMS, mes identifiants ou mon numéro de carte',
          en: 'I gave codes received by text, my login or my card number',
        },
        flags: ['data-exposed'],
      },
      {
        id: 'nothing',
        label: { fr: 'Rien : j’ai raccroché', en: 'Nothing: I hung up' },
        exclusive: true,
      },
    ],
    branches: [
      { when: ['courier-coming', 'card-handed'], next: { outcome: 'fake-advisor-courier' } },
      { when: ['transferred'], next: { outcome: 'fake-advisor-money' } },
      { when: ['codes'], next: { outcome: 'fake-advisor-codes' } },
    ],
    next: { outcome: 'fake-advisor-attempt' },
  },

  // Promises of money.
  {
    id: 'fraud-promise-kind',
    kind: 'single',
    text: { fr: 'Que vous a-t-on promis ?', en: 'What were you promised?' },
    options: [
      {
        id: 'investment',
        label: {
          fr: 'Un placement très rentable : cryptomonnaie, trading, livret, produit exotique',
          en: 'A very profitable investment: crypto, trading, savings, exotic product',
        },
        next: { question: 'fraud-investment-stage' },
      },
      {
        id: 'loan',
        label: {
          fr: 'Un prêt ou un crédit qui exige des frais avant d’être versé',
          en: 'A loan that requires fees before it is paid out',
        },
        next: { question: 'fraud-loan-stage' },
      },
      {
        id: 'windfall',
        label: {
          fr: 'Un gain, un héritage ou une somme à débloquer contre des frais',
          en: 'A prize, an inheritance or a sum to release against fees',
        },
        next: { question: 'fraud-advance-stage' },
      },
      {
        id: 'job',
        label: {
          fr: 'Un emploi ou des missions rémunérées (travail à domicile, avis à laisser, colis à réexpédier)',
          en: 'A job or paid tasks (work from home, reviews to post, parcels to forward)',
        },
        publics: I,
        next: { question: 'fraud-job-age' },
      },
      {
        id: 'recovery',
        label: {
          fr: 'De récupérer l’argent perdu dans une précédente arnaque',
          en: 'To recover money lost in an earlier scam',
        },
        next: { question: 'fraud-recovery-stage' },
      },
    ],
  },
  {
    id: 'fraud-investment-stage',
    kind: 'single',
    text: { fr: 'Où en êtes-vous ?', en: 'Where are you at?' },
    options: [
      {
        id: 'access',
        label: {
          fr: 'J’ai installé un logiciel à leur demande ou leur ai donné accès à mon compte bancaire',
          en: 'I installed software at their request or gave them access to my bank account',
        },
        flags: ['money-lost', 'data-exposed'],
        next: { outcome: 'investment-scam-access' },
      },
      {
        id: 'paid',
        label: {
          fr: 'J’ai investi et je ne peux pas récupérer mon argent, ou on me réclame des frais pour le retirer',
          en: 'I invested and cannot get my money back, or they want fees to withdraw it',
        },
        flags: ['money-lost'],
        next: { outcome: 'investment-scam-paid' },
      },
      {
        id: 'not-paid',
        label: {
          fr: 'Je n’ai rien versé : on me propose d’investir',
          en: 'I have paid nothing: someone is offering me an investment',
        },
        next: { outcome: 'investment-scam-attempt' },
      },
    ],
  },
  {
    id: 'fraud-loan-stage',
    kind: 'single',
    text: { fr: 'Qu’avez-vous déjà fait ?', en: 'What have you already done?' },
    options: [
      {
        id: 'paid',
        label: { fr: 'J’ai payé des frais', en: 'I paid fees' },
        flags: ['money-lost'],
        next: { outcome: 'fake-loan-paid' },
      },
      {
        id: 'documents',
        label: {
          fr: 'J’ai seulement envoyé mes papiers ou mon RIB',
          en: 'I only sent my documents or bank details',
        },
        flags: ['data-exposed'],
        next: { outcome: 'fake-loan-documents' },
      },
      {
        id: 'nothing',
        label: { fr: 'Rien encore', en: 'Nothing yet' },
        next: { outcome: 'fake-loan-attempt' },
      },
    ],
  },
  {
    id: 'fraud-advance-stage',
    kind: 'single',
    text: { fr: 'Avez-vous payé des frais ?', en: 'Have you paid any fees?' },
    options: [
      {
        id: 'paid',
        label: { fr: 'Oui', en: 'Yes' },
        flags: ['money-lost'],
        next: { outcome: 'advance-fee-paid' },
      },
      {
        id: 'not-paid',
        label: { fr: 'Non', en: 'No' },
        next: { outcome: 'advance-fee-attempt' },
      },
    ],
  },
  ageQuestion('fraud-job-age', 'fraud-job-what'),
  {
    id: 'fraud-job-what',
    kind: 'single',
    text: { fr: 'Que vous demande-t-on ?', en: 'What are you being asked to do?' },
    options: [
      {
        id: 'money-transit',
        label: {
          fr: 'Recevoir de l’argent sur mon compte et le renvoyer, ou prêter ma carte ou mon compte',
          en: 'Receive money into my account and send it on, or lend my card or account',
        },
        next: { outcome: 'job-scam-mule' },
      },
      {
        id: 'fees',
        label: {
          fr: 'Payer des frais (matériel, formation, inscription) ou des « tâches » pour débloquer mes gains',
          en: 'Pay fees (equipment, training, registration) or “tasks” to unlock my earnings',
        },
        flags: ['money-lost'],
        next: { outcome: 'job-scam-paid' },
      },
      {
        id: 'documents',
        label: {
          fr: 'Envoyer mes papiers, mon RIB ou mon numéro de sécurité sociale, ce que j’ai fait',
          en: 'Send my documents, bank details or social security number, which I did',
        },
        flags: ['data-exposed'],
        next: { outcome: 'job-scam-documents' },
      },
      {
        id: 'nothing-yet',
        label: {
          fr: 'Rien encore : l’offre me paraît trop belle',
          en: 'Nothing yet: the offer seems too good to be true',
        },
        next: { outcome: 'job-scam-attempt' },
      },
    ],
  },
  {
    id: 'fraud-recovery-stage',
    kind: 'single',
    text: { fr: 'Avez-vous payé cette personne ?', en: 'Have you paid this person?' },
    options: [
      {
        id: 'paid',
        label: { fr: 'Oui', en: 'Yes' },
        flags: ['money-lost'],
        next: { outcome: 'crypto-recovery-paid' },
      },
      {
        id: 'not-paid',
        label: { fr: 'Non', en: 'No' },
        next: { outcome: 'crypto-recovery-attempt' },
      },
    ],
  },

  // Online relationships and fake relatives.
  {
    id: 'fraud-relation-kind',
    kind: 'single',
    text: { fr: 'Qui vous demande de l’argent ?', en: 'Who is asking you for money?' },
    options: [
      {
        id: 'online-relationship',
        label: {
          fr: 'Une personne rencontrée sur internet (site de rencontre, réseau social, jeu) avec qui j’ai une relation',
          en: 'Someone I met online (dating site, social network, game) with whom I have a relationship',
        },
        next: { question: 'fraud-romance-age' },
      },
      {
        id: 'relative',
        label: {
          fr: 'Un « proche » qui a changé de numéro ou dont le compte semble piraté',
          en: 'A “relative” with a new number, or whose account seems hacked',
        },
        next: { question: 'fraud-relative-paid' },
      },
    ],
  },
  ageQuestion('fraud-romance-age', 'fraud-romance-what'),
  {
    id: 'fraud-romance-what',
    kind: 'multiple',
    text: { fr: 'Que s’est-il passé ?', en: 'What happened?' },
    help: { fr: 'Cochez tout ce qui s’applique.', en: 'Tick everything that applies.' },
    options: [
      {
        id: 'threats',
        label: {
          fr: 'La personne me menace, moi ou mes proches',
          en: 'The person is threatening me or my family',
        },
        flags: ['danger'],
      },
      {
        id: 'blackmail',
        label: {
          fr: 'Elle menace de diffuser des images intimes si je ne paie pas',
          en: 'They threaten to share intimate images unless I pay',
        },
        flags: ['ongoing'],
      },
      {
        id: 'paid',
        label: {
          fr: 'Je lui ai envoyé de l’argent, des coupons ou de la cryptomonnaie',
          en: 'I sent them money, vouchers or crypto',
        },
        flags: ['money-lost'],
      },
      {
        id: 'images',
        label: {
          fr: 'Je lui ai envoyé des photos ou vidéos intimes',
          en: 'I sent them intimate photos or videos',
        },
        flags: ['data-exposed'],
      },
      {
        id: 'asks',
        label: {
          fr: 'Elle me demande de l’argent, je n’ai encore rien envoyé',
          en: 'They are asking for money, I have sent nothing yet',
        },
      },
    ],
    branches: [
      { when: ['threats'], next: { outcome: 'romance-scam-threats' } },
      { when: ['blackmail'], next: { question: 'person-sextortion-safety' } },
      { when: ['paid'], next: { outcome: 'romance-scam-paid' } },
      { when: ['images'], next: { outcome: 'romance-scam-intimate' } },
    ],
    next: { outcome: 'romance-scam-doubt' },
  },
  {
    id: 'fraud-relative-paid',
    kind: 'single',
    text: { fr: 'Avez-vous envoyé de l’argent ?', en: 'Did you send money?' },
    options: [
      {
        id: 'paid',
        label: { fr: 'Oui, j’ai fait un virement ou un paiement', en: 'Yes, I made a transfer or payment' },
        flags: ['money-lost'],
        next: { outcome: 'fake-relative-paid' },
      },
      {
        id: 'not-paid',
        label: { fr: 'Non, j’ai un doute', en: 'No, I have doubts' },
        next: { outcome: 'fake-relative-attempt' },
      },
    ],
  },

  // Fake tech support.
  {
    id: 'fraud-support-what',
    kind: 'multiple',
    text: { fr: 'Qu’avez-vous fait ?', en: 'What did you do?' },
    help: { fr: 'Cochez tout ce qui s’applique.', en: 'Tick everything that applies.' },
    options: [
      {
        id: 'remote',
        label: {
          fr: 'J’ai laissé quelqu’un prendre le contrôle de mon appareil à distance',
          en: 'I let someone take control of my device remotely',
        },
        flags: ['data-exposed'],
      },
      {
        id: 'bank-login',
        label: {
          fr: 'Je me suis connecté à ma banque pendant l’intervention',
          en: 'I logged in to my bank during the session',
        },
        flags: ['data-exposed'],
      },
      {
        id: 'paid',
        label: {
          fr: 'J’ai payé un « dépannage », un antivirus ou un abonnement',
          en: 'I paid for a “repair”, an antivirus or a subscription',
        },
        flags: ['money-lost'],
      },
      {
        id: 'called',
        label: {
          fr: 'J’ai appelé le numéro affiché, sans rien installer ni payer',
          en: 'I called the number shown, without installing or paying anything',
        },
      },
      {
        id: 'screen-only',
        label: {
          fr: 'Rien de tout cela : j’ai seulement vu l’alerte ou j’ai raccroché',
          en: 'None of these: I only saw the alert or hung up',
        },
        exclusive: true,
      },
    ],
    branches: [
      { when: ['remote', 'bank-login'], next: { outcome: 'fake-support-remote' } },
      { when: ['paid'], next: { outcome: 'fake-support-paid' } },
    ],
    next: { outcome: 'fake-support-popup' },
  },

  // Official procedures and training accounts.
  {
    id: 'fraud-admin-kind',
    kind: 'single',
    text: { fr: 'Que s’est-il passé ?', en: 'What happened?' },
    options: [
      {
        id: 'overcharged',
        label: {
          fr: 'J’ai payé une démarche (carte grise, acte de naissance, casier judiciaire…) bien plus cher, ou un abonnement',
          en: 'I paid far too much for a procedure (vehicle registration, birth certificate, criminal record…), or a subscription',
        },
        flags: ['money-lost'],
        next: { outcome: 'fake-admin-overcharged' },
      },
      {
        id: 'nothing-received',
        label: {
          fr: 'J’ai payé une démarche sur ce site et je n’ai rien reçu',
          en: 'I paid for a procedure on that site and received nothing',
        },
        flags: ['money-lost'],
        next: { outcome: 'fake-admin-nothing' },
      },
      {
        id: 'cpf',
        label: {
          fr: 'Mon compte formation (CPF) est concerné',
          en: 'My training account (CPF) is involved',
        },
        publics: I,
        next: { question: 'msg-cpf-what' },
      },
    ],
  },
  {
    id: 'fraud-charity-paid',
    kind: 'single',
    text: { fr: 'Avez-vous donné ?', en: 'Did you donate?' },
    options: [
      {
        id: 'paid',
        label: { fr: 'Oui', en: 'Yes' },
        flags: ['money-lost'],
        next: { outcome: 'fake-charity-paid' },
      },
      {
        id: 'not-paid',
        label: { fr: 'Non, j’ai un doute', en: 'No, I have doubts' },
        next: { outcome: 'fake-charity-attempt' },
      },
    ],
  },
];
