import type { Advice } from '../../../types.ts';
import { advice as a, ORGS, PB } from '../../family.ts';

/** Advice of the systems family: payment fraud against organisations. */
export const orgFraudAdvice: Advice[] = [
  a(
    'recall-transfer-now',
    'stop',
    'Appelez immédiatement votre banque pour demander le rappel du virement frauduleux : plus la demande est rapide, plus les fonds ont de chances d’être bloqués.',
    'Call your bank immediately to ask for the fraudulent transfer to be recalled: the faster you ask, the better the chance of the funds being frozen.',
    ORGS,
  ),
  a(
    'public-accountant',
    'stop',
    'Prévenez aussitôt votre comptable public (DGFiP) : c’est lui qui exécute les paiements et peut tenter de les bloquer.',
    'Alert your public accountant (DGFiP) immediately: they execute the payments and can try to stop them.',
    PB,
  ),
  a(
    'stop-further-payments',
    'stop',
    'Suspendez tout autre paiement vers les coordonnées en cause et bloquez-les dans votre logiciel de comptabilité ou de paie.',
    'Suspend any further payment to the details involved and block them in your accounting or payroll software.',
    ORGS,
  ),
  a(
    'fraud-warn-payers',
    'report',
    'Prévenez tout de suite les personnes habilitées à payer et le service comptable : une nouvelle tentative suit souvent la première.',
    'Warn the people authorised to make payments and the accounts department at once: a second attempt often follows the first.',
    ORGS,
  ),
  a(
    'fraud-check-mailboxes',
    'recover',
    'Faites vérifier vos messageries : les escrocs connaissaient peut-être vos échanges et vos échéances grâce à une boîte piratée.',
    'Have your mailboxes checked: the fraudsters may have known your exchanges and due dates through a hacked mailbox.',
    ORGS,
  ),
  a(
    'ceo-callback',
    'prevent',
    'Vérifiez toute demande de virement inhabituelle en rappelant le dirigeant à son numéro habituel, jamais à celui donné dans le message, même si on vous impose le secret.',
    'Check any unusual transfer request by calling the executive back on their usual number, never the one given in the message, even if you are told to keep it secret.',
    ORGS,
  ),
  a(
    'two-signatures',
    'prevent',
    'Exigez une double validation pour les virements importants ou inhabituels, sans exception, même en cas d’urgence ou de confidentialité invoquées.',
    'Require two approvals for large or unusual transfers, without exception, even when urgency or confidentiality is claimed.',
    ORGS,
  ),
  a(
    'supplier-rib-check',
    'prevent',
    'Vérifiez tout changement de coordonnées bancaires d’un fournisseur par un appel à un contact connu, au numéro déjà enregistré, avant le moindre paiement.',
    'Check any change in a supplier’s bank details by calling a known contact on the number already on file, before making any payment.',
    ORGS,
  ),
  a(
    'supplier-warn',
    'report',
    'Prévenez le vrai fournisseur par téléphone : sa messagerie a peut-être été piratée et d’autres clients peuvent être visés.',
    'Phone the real supplier: their mailbox may have been hacked and other customers may be targeted.',
    ORGS,
  ),
  a(
    'payroll-verify',
    'prevent',
    'Ne modifiez le RIB d’un salarié qu’après une vérification de vive voix ou par son espace personnel sécurisé, jamais sur simple courriel.',
    'Only change an employee’s bank details after checking in person or through their secure staff portal, never on the strength of an email.',
    ORGS,
  ),
  a(
    'payroll-warn-employee',
    'report',
    'Prévenez le salarié dont l’identité a été usurpée, assurez-vous que sa vraie paie lui sera versée et vérifiez avec lui que sa messagerie n’est pas piratée.',
    'Tell the employee whose identity was used, make sure their real pay reaches them and check with them that their mailbox has not been hacked.',
    ORGS,
  ),
  a(
    'bank-test-transfer-scam',
    'prevent',
    'Votre banque ne vous demandera jamais de valider un virement « de test », d’annulation ou de sécurité par téléphone : raccrochez et rappelez votre conseiller au numéro habituel.',
    'Your bank will never ask you by phone to approve a “test”, cancellation or security transfer: hang up and call your adviser back on the usual number.',
    ORGS,
  ),
  a(
    'limit-public-info',
    'prevent',
    'Limitez les informations publiées sur votre organigramme, vos fournisseurs et vos procédures de paiement (site, réseaux sociaux, marchés publics).',
    'Limit what you publish about your organisation chart, suppliers and payment procedures (website, social media, tenders).',
    ORGS,
  ),
];
