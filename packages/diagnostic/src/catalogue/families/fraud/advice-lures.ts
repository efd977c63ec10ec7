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

  // Recover.

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
    'Ne cherchez pas un service client par un lien sponsorisé : un vrai service client ne demande jamais de code, de paiement pour vous aider ni d’accès à distance à votre appareil.',
    'Do not look for a customer service through a sponsored link: a real customer service never asks for a code, a payment to help you or remote access to your device.',
  ),
];
