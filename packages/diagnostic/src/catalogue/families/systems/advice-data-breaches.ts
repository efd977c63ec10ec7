import type { Advice } from '../../../types.ts';
import { advice as a, BIZ, ORGS } from '../../family.ts';

/** Advice of the systems family: data breaches. */
export const dataAdvice: Advice[] = [
  a(
    'breach-contain',
    'stop',
    'Arrêtez la fuite : fermez l’accès public, coupez les accès compromis et faites supprimer les données là où elles ont été exposées.',
    'Stop the leak: close public access, cut off compromised access and have the data removed wherever it was exposed.',
    ORGS,
  ),
  a(
    'breach-wrong-recipient',
    'stop',
    'Demandez par écrit au destinataire erroné de supprimer les données et de vous confirmer qu’il ne les a ni copiées ni transmises.',
    'Ask the wrong recipient in writing to delete the data and confirm they have neither copied nor passed it on.',
    ORGS,
  ),
  a(
    'breach-register',
    'report',
    'Consignez la violation dans votre registre interne (faits, effets, mesures prises), même quand elle n’a pas à être notifiée.',
    'Record the breach in your internal breach register (facts, effects, measures taken), even when it does not have to be notified.',
    ORGS,
  ),
  a(
    'breach-no-notification',
    'report',
    'Sans donnée personnelle exploitable (données internes seulement, ou chiffrées avec une clé qui n’a pas fuité), la notification à la CNIL n’est pas exigée : justifiez-le dans le registre.',
    'With no usable personal data (internal data only, or encrypted with a key that did not leak), notifying the CNIL is not required: explain why in the register.',
    ORGS,
  ),
  a(
    'breach-processor-report',
    'report',
    'Exigez du sous-traitant un compte rendu écrit (données touchées, nombre de personnes, mesures prises) : c’est à vous, responsable du traitement, de notifier la CNIL.',
    'Ask the processor for a written report (data affected, number of people, measures taken): as the controller, it is up to you to notify the CNIL.',
    ORGS,
  ),
  a(
    'processor-contract',
    'prevent',
    'Vérifiez que vos contrats de sous-traitance imposent une alerte sans délai et des mesures de sécurité précises (article 28 du RGPD).',
    'Make sure your processing contracts require immediate alerts and specific security measures (GDPR article 28).',
    ORGS,
  ),
  a(
    'breach-force-reset',
    'recover',
    'Des identifiants ont pu fuiter : forcez le renouvellement des mots de passe de tous les comptes concernés.',
    'Login details may have leaked: force a password reset on every affected account.',
    ORGS,
  ),
  a(
    'breach-phishing-warning',
    'report',
    'Prévenez les personnes concernées qu’elles peuvent recevoir des messages frauduleux utilisant leurs données, et rappelez que vous ne demandez jamais de codes ni de mots de passe.',
    'Warn the people concerned that they may receive scam messages using their data, and remind them that you never ask for codes or passwords.',
    ORGS,
  ),
  a(
    'breach-encryption',
    'prevent',
    'Chiffrez les ordinateurs portables, téléphones et supports amovibles : une donnée chiffrée perdue n’expose personne.',
    'Encrypt laptops, phones and removable media: lost encrypted data exposes no one.',
    ORGS,
  ),
  a(
    'breach-access-review',
    'prevent',
    'Revoyez les droits d’accès et les réglages de partage (liens publics, dossiers partagés, serveurs ouverts) et mettez en place une vérification avant les envois groupés.',
    'Review access rights and sharing settings (public links, shared folders, open servers) and add a check before bulk mailings.',
    ORGS,
  ),
  a(
    'breach-insider-revoke',
    'stop',
    'Coupez les accès de la personne, rappelez-lui par écrit ses obligations de confidentialité et conservez les traces des copies et des envois.',
    'Cut off the person’s access, remind them in writing of their confidentiality obligations and keep traces of the copies and transfers.',
    ORGS,
  ),
  a(
    'breach-trade-secret',
    'report',
    'Pour des secrets d’affaires, faites constater la fuite par un commissaire de justice et consultez un avocat pour agir en justice.',
    'For trade secrets, have the leak formally recorded by a commissaire de justice (bailiff) and consult a lawyer about legal action.',
    BIZ,
  ),
  a(
    'lost-device-revoke',
    'stop',
    'Révoquez les sessions et certificats de l’appareil (messagerie, VPN, applications métiers) et effacez-le à distance si votre gestion de flotte le permet.',
    'Revoke the device’s sessions and certificates (email, VPN, business apps) and wipe it remotely if your device management allows it.',
    ORGS,
  ),
];
