import type { Advice } from '../../../types.ts';
import { ORGS } from '../../family.ts';

/** Fraud advice, phase "stop the harm" (shared advice of common.ts is reused by id). */
export const stopAdvice: Advice[] = [
  {
    id: 'block-card-now',
    phase: 'stop',
    text: {
      fr: 'Faites opposition à votre carte immédiatement, depuis l’application de votre banque ou par téléphone : une carte en opposition ne peut plus servir.',
      en: 'Block your card immediately, in your bank’s app or by phone: a blocked card can no longer be used.',
    },
  },
  {
    id: 'recall-transfer',
    phase: 'stop',
    text: {
      fr: 'Demandez tout de suite à votre banque d’annuler ou de rappeler le virement : plus la demande est rapide, plus les chances de récupérer les fonds sont grandes.',
      en: 'Ask your bank right away to cancel or recall the transfer: the sooner you ask, the better the chance of getting the money back.',
    },
  },
  {
    id: 'close-fake-page',
    phase: 'stop',
    text: {
      fr: 'Fermez la page sans rien saisir de plus ; si une fenêtre refuse de se fermer, fermez le navigateur ou redémarrez l’appareil.',
      en: 'Close the page without typing anything more; if a window will not close, quit the browser or restart the device.',
    },
  },
  {
    id: 'dont-call-popup-number',
    phase: 'stop',
    text: {
      fr: 'N’appelez pas le numéro affiché dans l’alerte : Microsoft, Apple ou votre opérateur n’affichent jamais de message de blocage avec un numéro à appeler.',
      en: 'Do not call the number shown in the alert: Microsoft, Apple or your operator never display a blocking message with a number to call.',
    },
  },
  {
    id: 'uninstall-remote-tool',
    phase: 'stop',
    text: {
      fr: 'Désinstallez le logiciel de prise en main à distance que l’on vous a fait installer (AnyDesk, TeamViewer…) et changez le code de déverrouillage de l’appareil.',
      en: 'Uninstall the remote-control software you were told to install (AnyDesk, TeamViewer…) and change the device’s unlock code.',
    },
  },
  {
    id: 'hang-up-call-back',
    phase: 'stop',
    text: {
      fr: 'Raccrochez, puis rappelez vous-même votre banque au numéro habituel (au dos de votre carte) : un vrai conseiller ne demande jamais un code, un virement vers un « compte sécurisé » ni votre carte.',
      en: 'Hang up, then call your bank yourself on its usual number (on the back of your card): a real adviser never asks for a code, a transfer to a “safe account” or your card.',
    },
  },
  {
    id: 'refuse-courier',
    phase: 'stop',
    text: {
      fr: 'Ne remettez votre carte, votre chéquier ou vos objets de valeur à personne : ni la banque ni la police n’envoient de coursier les récupérer. Si quelqu’un doit passer, appelez le 17.',
      en: 'Do not hand your card, chequebook or valuables to anyone: neither banks nor police send a courier to collect them. If someone is due to come, call 17.',
    },
  },
  {
    id: 'revoke-beneficiary',
    phase: 'stop',
    text: {
      fr: 'Demandez à votre banque de supprimer les bénéficiaires ajoutés, de bloquer les virements en attente et de suspendre l’accès à la banque en ligne le temps de sécuriser votre compte.',
      en: 'Ask your bank to remove any added payees, stop pending transfers and suspend online banking while your account is secured.',
    },
  },
  {
    id: 'dont-resend-money',
    phase: 'stop',
    text: {
      fr: 'Ne remboursez jamais un « trop-perçu » à un acheteur : le paiement initial est faux ou sera annulé. Si vous avez déjà renvoyé de l’argent, prévenez votre banque.',
      en: 'Never refund an “overpayment” to a buyer: the original payment is fake or will be reversed. If you have already sent money back, tell your bank.',
    },
  },
  {
    id: 'dont-ship-before-payment',
    phase: 'stop',
    text: {
      fr: 'N’expédiez rien tant que l’argent n’est pas réellement crédité sur votre compte : vérifiez dans votre application bancaire, jamais dans un courriel ou une capture envoyée par l’acheteur.',
      en: 'Ship nothing until the money is really in your account: check in your banking app, never in an email or a screenshot sent by the buyer.',
    },
  },
  {
    id: 'stop-investing',
    phase: 'stop',
    text: {
      fr: 'Ne versez plus rien, même pour « débloquer » vos gains ou payer des taxes ou des frais de retrait : ces demandes font partie de l’arnaque.',
      en: 'Pay nothing more, even to “unlock” your gains or pay taxes or withdrawal fees: these requests are part of the scam.',
    },
  },
  {
    id: 'refuse-money-transit',
    phase: 'stop',
    text: {
      fr: 'Refusez de recevoir de l’argent sur votre compte pour le renvoyer à quelqu’un d’autre ou de le convertir en cryptomonnaie : c’est du blanchiment, et c’est vous qui risquez des poursuites.',
      en: 'Refuse to receive money into your account to send it on or convert it into crypto: that is money laundering, and you are the one who risks prosecution.',
    },
  },
  {
    id: 'freeze-received-funds',
    phase: 'stop',
    text: {
      fr: 'Si de l’argent est déjà arrivé sur votre compte, n’y touchez pas et signalez-le à votre banque, qui pourra le restituer à la victime.',
      en: 'If money has already arrived in your account, do not touch it and report it to your bank, which can return it to the victim.',
    },
  },
  {
    id: 'cancel-cpf-training',
    phase: 'stop',
    text: {
      fr: 'Connectez-vous sur moncompteformation.gouv.fr en tapant vous-même l’adresse, vérifiez vos dossiers et annulez toute formation que vous n’avez pas demandée.',
      en: 'Log in to moncompteformation.gouv.fr by typing the address yourself, check your files and cancel any course you did not ask for.',
    },
  },
  {
    id: 'cancel-admin-subscription',
    phase: 'stop',
    text: {
      fr: 'Résiliez l’abonnement souscrit sur ce site en suivant ses conditions, et demandez à votre banque de refuser les prochains prélèvements de ce marchand.',
      en: 'Cancel the subscription taken out on that site following its terms, and ask your bank to refuse further debits from that merchant.',
    },
  },
  {
    id: 'dont-sign-directory',
    phase: 'stop',
    publics: ORGS,
    text: {
      fr: 'Ne signez et ne payez aucun bon de commande, formulaire ou facture d’annuaire, de registre ou de « mise en conformité » avant d’avoir vérifié qui l’envoie et ce qu’il engage.',
      en: 'Do not sign or pay any directory, register or “compliance” order form or invoice before checking who sends it and what it commits you to.',
    },
  },
  {
    id: 'refuse-recovery-offer',
    phase: 'stop',
    text: {
      fr: 'Ne payez rien à qui promet de récupérer votre argent : aucun avocat, enquêteur ou organisme officiel ne demande de frais d’avance pour cela.',
      en: 'Pay nothing to anyone promising to recover your money: no lawyer, investigator or official body asks for fees upfront for that.',
    },
  },
  {
    id: 'stop-sending-money-online-contact',
    phase: 'stop',
    text: {
      fr: 'N’envoyez plus d’argent, de coupons ou de cryptomonnaie à cette personne, quelle que soit la raison donnée (maladie, billet d’avion, douane, héritage bloqué).',
      en: 'Send no more money, vouchers or crypto to this person, whatever the reason given (illness, plane ticket, customs, blocked inheritance).',
    },
  },
  {
    id: 'dont-send-more-images',
    phase: 'stop',
    text: {
      fr: 'N’envoyez plus de photos ni de vidéos. Si la personne menace de diffuser celles qu’elle a, ne payez pas et refaites ce diagnostic en choisissant le chantage.',
      en: 'Do not send any more photos or videos. If the person threatens to share those they have, do not pay: start this diagnostic again and choose blackmail.',
    },
  },
  {
    id: 'stop-supplier-deliveries',
    phase: 'stop',
    publics: ORGS,
    text: {
      fr: 'Prévenez sans attendre les fournisseurs concernés pour qu’ils bloquent les livraisons en cours vers les adresses inconnues.',
      en: 'Tell the suppliers concerned at once so that they stop deliveries under way to unknown addresses.',
    },
  },
  {
    id: 'suspend-client-deliveries',
    phase: 'stop',
    publics: ['business'],
    text: {
      fr: 'Suspendez les livraisons en cours à ce client et prévenez votre transporteur : une marchandise pas encore remise peut parfois être interceptée.',
      en: 'Suspend deliveries under way to this customer and tell your carrier: goods not yet handed over can sometimes be intercepted.',
    },
  },
  {
    id: 'block-sender',
    phase: 'stop',
    text: {
      fr: 'Bloquez le numéro ou le compte de l’expéditeur dans votre téléphone ou votre messagerie.',
      en: 'Block the sender’s number or account in your phone or messaging app.',
    },
  },
  {
    id: 'remove-malicious-app',
    phase: 'stop',
    text: {
      fr: 'Désinstallez l’application installée depuis le lien ; si vous n’y parvenez pas, passez le téléphone en mode avion et ne saisissez plus aucun code dessus.',
      en: 'Uninstall the app installed from the link; if you cannot, put the phone in flight mode and type no more codes on it.',
    },
  },
  {
    id: 'tell-it-team',
    phase: 'stop',
    publics: ORGS,
    text: {
      fr: 'Prévenez immédiatement votre service informatique ou votre prestataire : il bloquera le compte ou isolera le poste et cherchera si d’autres collègues ont été visés.',
      en: 'Tell your IT department or provider immediately: they will block the account or isolate the computer and check whether other colleagues were targeted.',
    },
  },
  {
    id: 'dont-answer-summons',
    phase: 'stop',
    text: {
      fr: 'Ne répondez pas, n’ouvrez pas les pièces jointes et ne payez rien : la police et la justice ne convoquent jamais par courriel et ne proposent jamais de régler une affaire par un paiement.',
      en: 'Do not reply, open attachments or pay: police and courts never summon people by email and never offer to settle a case with a payment.',
    },
  },
  {
    id: 'check-relative-other-channel',
    phase: 'stop',
    text: {
      fr: 'Avant tout, appelez votre proche sur son numéro habituel ou posez-lui une question que lui seul connaît.',
      en: 'First of all, call your relative on their usual number or ask them a question only they would know.',
    },
  },
  {
    id: 'warn-hacked-contact',
    phase: 'stop',
    text: {
      fr: 'Prévenez votre contact par un autre moyen (appel, SMS) : son compte est sans doute piraté et sert à piéger ses proches.',
      en: 'Warn your contact another way (call, text): their account has probably been hacked and is being used to trap their friends.',
    },
  },
];
