import type { Advice } from '../../../types.ts';
import { advice as a } from '../../family.ts';

/**
 * Advice for the lures (QR codes, fake customer services, subscription traps, crypto wallets,
 * relatives in trouble), by phase.
 */
export const lureAdvice: Advice[] = [
  // Stop the harm.
  a(
    'hang-up-fake-support',
    'stop',
    'Raccrochez et ne rappelez pas ce numéro : cherchez le vrai numéro du service client sur votre contrat, une facture, l’application ou le site officiel dont vous tapez vous-même l’adresse.',
    'Hang up and do not call that number again: find the real customer-service number on your contract, a bill, the app or the official website whose address you type yourself.',
  ),
  a(
    'cancel-trap-subscription',
    'stop',
    'Résiliez l’abonnement par écrit et gardez-en la trace : un contrat souscrit en ligne doit pouvoir être résilié en ligne, par une fonction « résilier votre contrat » facile à trouver ; sinon, envoyez une lettre recommandée.',
    'Cancel the subscription in writing and keep a record: a contract taken out online must be cancellable online, through an easy-to-find “cancel your contract” function; otherwise, send a registered letter.',
  ),
  a(
    'move-remaining-crypto',
    'stop',
    'S’il reste des fonds, transférez-les tout de suite vers un nouveau portefeuille créé sur un appareil sain, avec une nouvelle phrase de récupération : l’ancienne ne protège plus rien.',
    'If any funds remain, move them at once to a new wallet created on a clean device, with a new recovery phrase: the old one no longer protects anything.',
  ),
  a(
    'revoke-wallet-approvals',
    'stop',
    'Révoquez les autorisations données à des sites depuis votre portefeuille, et désinstallez toute application de portefeuille téléchargée depuis une publicité ou un lien.',
    'Revoke the permissions given to websites from your wallet, and uninstall any wallet app downloaded from an ad or a link.',
  ),
  a(
    'refuse-relative-courier',
    'stop',
    'Ne remettez ni argent, ni bijoux, ni carte à la personne envoyée par ce « proche », un « avocat » ou un « policier » : appelez le 17 et n’ouvrez pas.',
    'Hand no money, jewellery or card to the person sent by this “relative”, a “lawyer” or a “police officer”: call 17 and do not open the door.',
  ),

  // Keep evidence.
  a(
    'photo-qr-code',
    'evidence',
    'Photographiez le QR code sur son support (horodateur, borne, courrier, affiche) et notez l’adresse du site où il mène, sans le scanner à nouveau.',
    'Photograph the QR code where it is (parking meter, charging point, letter, poster) and write down the address of the site it leads to, without scanning it again.',
  ),
  a(
    'note-fake-number-source',
    'evidence',
    'Faites une capture de l’annonce ou de la page où vous avez trouvé le numéro, et notez ce numéro, l’heure de l’appel et tout ce que l’on vous a demandé.',
    'Take a screenshot of the ad or page where you found the number, and write down the number, the time of the call and everything you were asked for.',
  ),
  a(
    'keep-subscription-proof',
    'evidence',
    'Gardez la publicité ou la page de l’offre, les conditions acceptées, les courriels de confirmation et la liste des prélèvements.',
    'Keep the ad or the offer page, the terms you accepted, the confirmation emails and the list of debits.',
  ),
  a(
    'keep-wallet-transactions',
    'evidence',
    'Notez les adresses de portefeuille, les identifiants des transactions, l’adresse du faux site ou le nom de la fausse application, et gardez vos échanges avec le « support ».',
    'Write down the wallet addresses, the transaction ids, the fake site’s address or the fake app’s name, and keep your messages with the “support”.',
  ),
  a(
    'keep-voice-message',
    'evidence',
    'Gardez le message vocal ou écrit, notez le numéro affiché, l’heure de l’appel et les coordonnées de paiement que l’on vous a données.',
    'Keep the voice or written message, and write down the number shown, the time of the call and the payment details you were given.',
  ),

  // Report.
  a(
    'report-tampered-qr',
    'report',
    'Signalez le faux QR code à qui gère le lieu (la mairie pour un horodateur, l’exploitant d’une borne de recharge, l’expéditeur officiel d’un courrier) pour qu’il soit retiré avant de piéger d’autres personnes.',
    'Report the fake QR code to whoever runs the place (the town hall for a parking meter, the operator of a charging point, the official sender of a letter) so it is removed before it traps other people.',
  ),
  a(
    'report-sponsored-ad',
    'report',
    'Signalez l’annonce sponsorisée au moteur de recherche avec sa fonction de signalement, et la fausse page sur PHAROS.',
    'Report the sponsored ad to the search engine with its reporting feature, and the fake page on PHAROS.',
  ),
  a(
    'alert-exchange-platform',
    'report',
    'Prévenez au plus vite la plateforme d’échange qui gère votre compte ou vers laquelle les fonds sont partis : avec les adresses et les identifiants des transactions, elle peut parfois les geler.',
    'Alert as soon as possible the exchange that holds your account or to which the funds went: with the addresses and transaction ids, it can sometimes freeze them.',
  ),

  // Recover.
  a(
    'claim-subscription-refund',
    'recover',
    'Demandez au marchand, par écrit, le remboursement des sommes prélevées ; s’il refuse alors que l’abonnement vous a été caché, demandez à votre banque de contester les paiements en joignant votre signalement.',
    'Ask the merchant in writing to refund what was taken; if they refuse although the subscription was hidden from you, ask your bank to dispute the payments, enclosing your report.',
  ),

  // Prevent.
  a(
    'check-qr-before-paying',
    'prevent',
    'Avant de payer après un scan, vérifiez l’adresse du site ; pour un stationnement ou une recharge, préférez l’application officielle ou le paiement sur la borne, et méfiez-vous d’un QR code collé par-dessus un autre.',
    'Before paying after a scan, check the site’s address; for parking or charging, prefer the official app or paying at the machine, and beware of a QR code stuck over another.',
  ),
  a(
    'find-support-number-yourself',
    'prevent',
    'Ne prenez jamais le numéro d’un service client dans un lien sponsorisé, et raccrochez dès qu’on vous demande un code reçu par SMS, un paiement en coupons ou en cryptomonnaie, ou d’installer un logiciel de prise en main à distance.',
    'Never take a customer-service number from a sponsored link, and hang up as soon as you are asked for a code received by text, a payment in vouchers or crypto, or to install remote-control software.',
  ),
  a(
    'read-before-free-trial',
    'prevent',
    'Avant un « essai gratuit » ou un cadeau contre des frais de port, lisez les conditions et cherchez le mot « abonnement » ; notez la date de fin de l’essai pour résilier à temps.',
    'Before a “free trial” or a gift for shipping costs, read the terms and look for the word “subscription”; note when the trial ends so you can cancel in time.',
  ),
  a(
    'seed-phrase-never-shared',
    'prevent',
    'Ne saisissez votre phrase de récupération que pour restaurer votre propre portefeuille : aucun support, aucune plateforme ni aucune application ne la demande. Gardez-la sur papier, hors ligne.',
    'Type your recovery phrase only to restore your own wallet: no support, exchange or app ever asks for it. Keep it on paper, offline.',
  ),
  a(
    'limit-voice-online',
    'prevent',
    'Limitez les vidéos et les messages vocaux publics où l’on entend votre voix ou celle de vos proches : quelques secondes suffisent pour l’imiter.',
    'Limit public videos and voice messages in which your voice or your family’s can be heard: a few seconds are enough to imitate it.',
  ),
];
