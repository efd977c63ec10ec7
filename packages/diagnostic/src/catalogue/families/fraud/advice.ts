import type { Advice } from '../../../types.ts';
import type { Public } from '../../../vocabulary.ts';

const ORGS: Public[] = ['business', 'public-body'];

/**
 * Advice of the fraud family; shared advice (common.ts) is reused by id in outcomes.
 */
export const advice: Advice[] = [
  // Stop the harm.
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
      en: 'Send no more photos or videos. If the person threatens to share those they have, do not pay and take this diagnosis again, choosing blackmail.',
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

  // Keep evidence.
  {
    id: 'capture-ad-and-chat',
    phase: 'evidence',
    text: {
      fr: 'Faites des captures de l’annonce, du profil de votre interlocuteur et de vos échanges avant qu’ils ne soient supprimés.',
      en: 'Take screenshots of the ad, the other person’s profile and your messages before they are deleted.',
    },
  },
  {
    id: 'keep-original-message',
    phase: 'evidence',
    text: {
      fr: 'Gardez le message d’origine, sans le transférer à vos proches : il servira au signalement, puis vous pourrez le supprimer.',
      en: 'Keep the original message, without forwarding it to friends: it is needed for the report, then you can delete it.',
    },
  },
  {
    id: 'note-call-details',
    phase: 'evidence',
    text: {
      fr: 'Notez le numéro affiché, l’heure, le nom donné par votre interlocuteur et tout ce qu’il vous a demandé.',
      en: 'Write down the number shown, the time, the name the caller gave and everything they asked you for.',
    },
  },
  {
    id: 'keep-site-address',
    phase: 'evidence',
    text: {
      fr: 'Notez l’adresse exacte du site et conservez la confirmation de commande ainsi que les courriels reçus.',
      en: 'Write down the site’s exact address and keep the order confirmation and the emails you received.',
    },
  },
  {
    id: 'keep-shipping-proof',
    phase: 'evidence',
    text: {
      fr: 'Conservez la preuve d’envoi, le numéro de suivi et le justificatif de paiement que l’on vous a envoyé.',
      en: 'Keep the proof of shipment, the tracking number and the payment receipt you were sent.',
    },
  },
  {
    id: 'list-fraudulent-payments',
    phase: 'evidence',
    text: {
      fr: 'Listez les opérations que vous n’avez pas faites (date, montant, nom du marchand) : votre banque et les formulaires de signalement vous les demanderont.',
      en: 'List the transactions you did not make (date, amount, merchant name): your bank and the report forms will ask for them.',
    },
  },
  {
    id: 'keep-relationship-traces',
    phase: 'evidence',
    text: {
      fr: 'Gardez les conversations, le profil, les photos reçues et chaque demande d’argent, même si c’est douloureux : ce sont des preuves.',
      en: 'Keep the conversations, the profile, the photos received and every request for money, even if it hurts: they are evidence.',
    },
  },
  {
    id: 'keep-investment-records',
    phase: 'evidence',
    text: {
      fr: 'Conservez l’adresse de la plateforme, les contrats, les noms des « conseillers », les adresses de portefeuille de cryptomonnaie et la liste de vos versements.',
      en: 'Keep the platform’s address, the contracts, the “advisers’” names, the crypto wallet addresses and the list of your payments.',
    },
  },
  {
    id: 'keep-order-documents',
    phase: 'evidence',
    publics: ORGS,
    text: {
      fr: 'Conservez les bons de commande, factures, courriels avec leurs en-têtes et adresses de livraison : ils montrent la tromperie.',
      en: 'Keep the purchase orders, invoices, emails with their headers and delivery addresses: they show the deception.',
    },
  },
  {
    id: 'keep-job-offer',
    phase: 'evidence',
    text: {
      fr: 'Conservez l’offre, le contrat ou les consignes reçus et les coordonnées de l’« employeur ».',
      en: 'Keep the offer, the contract or instructions received and the “employer’s” contact details.',
    },
  },
  {
    id: 'gather-identity-proofs',
    phase: 'evidence',
    text: {
      fr: 'Rassemblez les courriers, contrats ou relances reçus à votre nom et tout ce qui montre que ce n’était pas vous (adresse, dates, signature).',
      en: 'Gather the letters, contracts or reminders received in your name and anything showing it was not you (address, dates, signature).',
    },
  },
  {
    id: 'keep-leak-notice',
    phase: 'evidence',
    text: {
      fr: 'Conservez le message de l’organisme qui vous informe de la fuite : il précise les données concernées et ses coordonnées.',
      en: 'Keep the organisation’s message telling you about the leak: it says which data is involved and how to reach them.',
    },
  },
  {
    id: 'note-remote-session',
    phase: 'evidence',
    text: {
      fr: 'Notez le nom du logiciel installé, l’heure de la connexion et ce que le faux technicien a fait ou demandé.',
      en: 'Write down the name of the software installed, the time of the connection and what the fake technician did or asked.',
    },
  },

  // Report.
  {
    id: 'report-fake-site',
    phase: 'report',
    text: {
      fr: 'Signalez l’adresse du faux site pour qu’il soit bloqué dans les navigateurs : sur PHAROS, ou sur phishing-initiative.fr pour une fausse page de connexion.',
      en: 'Report the fake site’s address so it gets blocked in browsers: on PHAROS, or on phishing-initiative.fr for a fake login page.',
    },
  },
  {
    id: 'contest-card-payments',
    phase: 'report',
    text: {
      fr: 'Contestez par écrit auprès de votre banque les paiements que vous n’avez pas autorisés : elle doit en principe vous rembourser rapidement, dans la limite de 13 mois après le débit.',
      en: 'Dispute in writing with your bank the payments you did not authorise: it must normally refund you promptly, within 13 months of the debit.',
    },
  },
  {
    id: 'ask-chargeback',
    phase: 'report',
    text: {
      fr: 'Si vous avez payé par carte, demandez à votre banque une rétrofacturation (« chargeback ») pour marchandise non livrée.',
      en: 'If you paid by card, ask your bank for a chargeback for goods not delivered.',
    },
  },
  {
    id: 'claim-buyer-protection',
    phase: 'report',
    text: {
      fr: 'Ouvrez un litige auprès de la plateforme ou du service de paiement utilisé, dans le délai qu’il impose, pour faire jouer la protection des acheteurs.',
      en: 'Open a dispute with the platform or payment service used, within its deadline, to claim buyer protection.',
    },
  },
  {
    id: 'contest-despite-approval',
    phase: 'report',
    text: {
      fr: 'Même si vous avez validé une opération sous la pression d’un escroc, contestez-la : c’est à la banque de prouver une négligence grave pour refuser le remboursement.',
      en: 'Even if you approved a transaction under a fraudster’s pressure, dispute it: the bank has to prove gross negligence to refuse a refund.',
    },
  },
  {
    id: 'check-amf-blacklist',
    phase: 'report',
    text: {
      fr: 'Vérifiez l’acteur sur les listes noires de l’AMF (amf-france.org) et signalez-le à AMF Épargne Info Service au 01 53 45 62 00.',
      en: 'Check the company against the AMF blacklists (amf-france.org) and report it to AMF Épargne Info Service on +33 1 53 45 62 00.',
    },
  },
  {
    id: 'report-signalconso',
    phase: 'report',
    text: {
      fr: 'Signalez le site sur SignalConso (signal.conso.gouv.fr), le service de la DGCCRF contre les pratiques commerciales trompeuses.',
      en: 'Report the site on SignalConso (signal.conso.gouv.fr), the consumer authority’s service against misleading commercial practices.',
    },
  },
  {
    id: 'report-cpf-fraud',
    phase: 'report',
    text: {
      fr: 'Signalez la fraude depuis l’aide de votre espace Mon Compte Formation : la Caisse des Dépôts peut annuler le dossier et recréditer vos droits.',
      en: 'Report the fraud through the help section of your Mon Compte Formation space: the Caisse des Dépôts can cancel the file and restore your credits.',
    },
  },
  {
    id: 'alert-suppliers',
    phase: 'report',
    publics: ORGS,
    text: {
      fr: 'Publiez une alerte sur votre site et prévenez vos fournisseurs : vous ne commandez jamais depuis une autre adresse que vos domaines officiels.',
      en: 'Post an alert on your website and tell your suppliers: you never order from any address other than your official domains.',
    },
  },
  {
    id: 'ask-banque-de-france',
    phase: 'report',
    text: {
      fr: 'Demandez à la Banque de France la liste des comptes ouverts à votre nom (fichier FICOBA) et votre situation au fichier des incidents de crédit (FICP).',
      en: 'Ask the Banque de France for the list of accounts opened in your name (FICOBA register) and your status in the credit incidents register (FICP).',
    },
  },
  {
    id: 'dispute-fraudulent-contracts',
    phase: 'report',
    text: {
      fr: 'Écrivez en recommandé à chaque organisme (banque, opérateur, vendeur) pour contester le contrat ouvert à votre nom, avec la copie de votre plainte.',
      en: 'Write by registered letter to each organisation (bank, operator, seller) to dispute the contract opened in your name, enclosing a copy of your complaint.',
    },
  },
  {
    id: 'declare-lost-documents',
    phase: 'report',
    text: {
      fr: 'En cas de vol, portez plainte ; en cas de perte, déclarez-la lors de la demande de renouvellement : le document perdu ou volé sera invalidé.',
      en: 'If they were stolen, file a complaint; if lost, declare it when you apply for a new one: the lost or stolen document will be cancelled.',
    },
  },
  {
    id: 'contest-direct-debits',
    phase: 'report',
    text: {
      fr: 'Contestez auprès de votre banque tout prélèvement que vous n’avez pas autorisé : vous avez 13 mois pour un prélèvement sans mandat valable.',
      en: 'Dispute with your bank any direct debit you did not authorise: you have 13 months for a debit without a valid mandate.',
    },
  },
  {
    id: 'contest-plate-fines',
    phase: 'report',
    text: {
      fr: 'Si vous recevez des avis de contravention pour un véhicule qui n’est pas le vôtre (fausses plaques), contestez-les sur antai.gouv.fr avec la copie de votre plainte.',
      en: 'If you receive traffic fines for a vehicle that is not yours (cloned plates), contest them on antai.gouv.fr with a copy of your complaint.',
    },
  },
  {
    id: 'ask-data-removal',
    phase: 'report',
    text: {
      fr: 'Demandez au site qui publie vos données de les retirer (droit à l’effacement) ; sans réponse sous un mois, adressez une plainte à la CNIL.',
      en: 'Ask the site publishing your data to remove it (right to erasure); with no answer within a month, complain to the CNIL.',
    },
  },
  {
    id: 'ask-delisting',
    phase: 'report',
    text: {
      fr: 'Demandez aussi aux moteurs de recherche de déréférencer les pages qui affichent vos données, avec leur formulaire dédié.',
      en: 'Also ask search engines to delist the pages showing your data, using their dedicated form.',
    },
  },
  {
    id: 'contest-directory-contract',
    phase: 'report',
    publics: ORGS,
    text: {
      fr: 'Contestez par lettre recommandée l’engagement signé en expliquant avoir été trompé sur la nature de l’offre, et ne cédez pas aux relances ni aux menaces de recouvrement.',
      en: 'Contest the signed commitment by registered letter, explaining you were misled about the nature of the offer, and do not give in to reminders or debt-collection threats.',
    },
  },
  {
    id: 'assess-data-breach',
    phase: 'report',
    publics: ORGS,
    text: {
      fr: 'Si le compte donnait accès à des données personnelles, évaluez la violation : elle doit être notifiée à la CNIL sous 72 heures si elle présente un risque pour les personnes.',
      en: 'If the account gave access to personal data, assess the breach: it must be notified to the CNIL within 72 hours if it poses a risk to people.',
    },
  },
  {
    id: 'scam-minor-tell-adult',
    phase: 'report',
    publics: ['individual'],
    text: {
      fr: 'Si vous avez moins de 18 ans, parlez-en à un parent ou à un adulte de confiance : vous n’êtes pas en faute, et il vous aidera à prévenir la banque et à porter plainte.',
      en: 'If you are under 18, talk to a parent or a trusted adult: you are not to blame, and they will help you contact the bank and file a complaint.',
    },
  },
  {
    id: 'warn-customers-impersonation',
    phase: 'report',
    publics: ORGS,
    text: {
      fr: 'Prévenez vos clients ou usagers, sur votre site et vos réseaux, que des messages frauduleux circulent en votre nom.',
      en: 'Warn your customers or users, on your website and social accounts, that fraudulent messages are circulating in your name.',
    },
  },

  // Recover.
  {
    id: 'check-recovery-options',
    phase: 'recover',
    text: {
      fr: 'Vérifiez les options de récupération de vos comptes (adresse et numéro de secours) et déconnectez les sessions inconnues : l’escroc a pu les modifier.',
      en: 'Check your accounts’ recovery options (backup email and number) and sign out unknown sessions: the fraudster may have changed them.',
    },
  },
  {
    id: 'scan-device-antivirus',
    phase: 'recover',
    text: {
      fr: 'Analysez l’appareil avec un antivirus à jour ; en cas de doute, faites-le vérifier ou réinitialiser par un professionnel.',
      en: 'Scan the device with an up-to-date antivirus; if in doubt, have it checked or reset by a professional.',
    },
  },
  {
    id: 'secure-online-banking',
    phase: 'recover',
    text: {
      fr: 'Depuis un appareil sain, changez le mot de passe de votre banque en ligne et vérifiez vos bénéficiaires, vos plafonds et vos appareils de confiance.',
      en: 'From a clean device, change your online banking password and check your payees, limits and trusted devices.',
    },
  },
  {
    id: 'change-password-if-typed',
    phase: 'recover',
    text: {
      fr: 'Si vous avez aussi saisi un mot de passe sur la fausse page, changez-le, ainsi que sur tous les comptes où vous l’utilisiez.',
      en: 'If you also typed a password on the fake page, change it, and on every account where you used it.',
    },
  },
  {
    id: 'expect-targeted-scams',
    phase: 'recover',
    text: {
      fr: 'Dans les semaines qui viennent, méfiez-vous des appels et messages qui citent vos données pour paraître crédibles : c’est souvent l’étape suivante des escrocs.',
      en: 'In the coming weeks, be wary of calls and messages quoting your data to seem genuine: that is often the fraudsters’ next step.',
    },
  },
  {
    id: 'watch-identity-misuse',
    phase: 'recover',
    text: {
      fr: 'Soyez attentif à tout courrier inhabituel (crédit, contrat, relance, amende) : vos papiers ou vos données peuvent servir à ouvrir des comptes à votre nom.',
      en: 'Watch for any unusual mail (loan, contract, reminder, fine): your documents or data may be used to open accounts in your name.',
    },
  },
  {
    id: 'carry-complaint-copy',
    phase: 'recover',
    text: {
      fr: 'Gardez une copie de votre plainte à portée de main : elle prouve l’usurpation si l’on vous réclame des dettes, des amendes ou des explications.',
      en: 'Keep a copy of your complaint at hand: it proves the identity theft if you are asked to pay debts or fines or to explain yourself.',
    },
  },
  {
    id: 'lock-messaging-account',
    phase: 'recover',
    text: {
      fr: 'Sur WhatsApp, Telegram ou Signal, activez la vérification en deux étapes avec un code personnel que vous ne communiquez jamais.',
      en: 'On WhatsApp, Telegram or Signal, turn on two-step verification with a personal PIN you never share.',
    },
  },
  {
    id: 'block-creditor-debits',
    phase: 'recover',
    text: {
      fr: 'Demandez à votre banque de bloquer les prélèvements de ce créancier, ou de n’autoriser que ceux de créanciers que vous connaissez (liste blanche).',
      en: 'Ask your bank to block debits from that creditor, or to allow only debits from creditors you know (allow list).',
    },
  },
  {
    id: 'check-phone-bill',
    phase: 'recover',
    text: {
      fr: 'Vérifiez votre facture de téléphone : si vous avez rappelé, contestez les frais surtaxés auprès de votre opérateur.',
      en: 'Check your phone bill: if you called back, dispute the premium-rate charges with your operator.',
    },
  },
  {
    id: 'check-insurance-cover',
    phase: 'recover',
    text: {
      fr: 'Vérifiez si votre assurance ou celle de votre carte couvre ce type de fraude, et déclarez le sinistre avec le récépissé de plainte.',
      en: 'Check whether your insurance or your card’s insurance covers this kind of fraud, and make a claim with the complaint receipt.',
    },
  },
  {
    id: 'reset-work-credentials',
    phase: 'recover',
    publics: ORGS,
    text: {
      fr: 'Faites réinitialiser le mot de passe et les sessions du compte professionnel, puis vérifiez les règles de transfert et de tri de la messagerie.',
      en: 'Have the work account’s password and sessions reset, then check the mailbox’s forwarding and filtering rules.',
    },
  },

  // Prevent.
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
    text: {
      fr: 'Inscrivez gratuitement vos numéros sur bloctel.gouv.fr pour limiter le démarchage téléphonique.',
      en: 'Register your numbers for free on bloctel.gouv.fr to limit cold calls.',
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
