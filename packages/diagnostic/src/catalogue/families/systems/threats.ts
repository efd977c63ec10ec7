import type { Threat } from '../../../types.ts';
import { ALL, IND, ORGS, t } from '../../family.ts';

/** Threats against accounts, devices, information systems, websites and organisations' payments. */
export const systemsThreats: Threat[] = [
  {
    id: 'account-takeover',
    name: t('Piratage de compte', 'Account takeover'),
    description: t(
      'Une personne malveillante a pris le contrôle d’un compte en ligne (messagerie, réseau social, banque, achats, administration) et s’en sert à l’insu de son titulaire.',
      'A malicious person has taken control of an online account (email, social network, bank, shopping, public services) and uses it without the owner’s knowledge.',
    ),
    publics: ALL,
    severity: 'high',
    services: ['account-recovery', 'email-security', 'malware-removal'],
  },
  {
    id: 'messaging-account-hijack',
    name: t('Vol de compte de messagerie instantanée', 'Instant messaging account hijack'),
    description: t(
      'Le compte WhatsApp, Telegram ou Signal a été volé, souvent après l’envoi d’un code de vérification reçu par SMS, puis sert à demander de l’argent ou des codes aux contacts.',
      'The WhatsApp, Telegram or Signal account was stolen, often after a verification code received by text was handed over, and is used to ask contacts for money or codes.',
    ),
    publics: ALL,
    severity: 'high',
    services: ['account-recovery'],
  },
  {
    id: 'sim-swap',
    name: t('Détournement de ligne (SIM swapping)', 'SIM swap'),
    description: t(
      'Un fraudeur obtient de l’opérateur une nouvelle carte SIM à votre nom : votre téléphone perd le réseau et il reçoit vos codes de validation bancaires et de connexion.',
      'A fraudster gets a new SIM card in your name from the operator: your phone loses signal and they receive your bank and login verification codes.',
    ),
    publics: ALL,
    severity: 'critical',
    services: ['account-recovery', 'forensics'],
  },
  {
    id: 'business-email-compromise',
    name: t('Compromission de messagerie professionnelle', 'Business email compromise'),
    description: t(
      'La messagerie d’une structure est piratée ou imitée pour envoyer de fausses factures ou de nouvelles coordonnées bancaires à ses clients et partenaires.',
      'An organisation’s mailbox is hacked or imitated to send fake invoices or new bank details to its customers and partners.',
    ),
    publics: ORGS,
    severity: 'critical',
    services: ['email-security', 'incident-response', 'forensics'],
  },
  {
    id: 'ransomware',
    name: t('Rançongiciel', 'Ransomware'),
    description: t(
      'Un logiciel malveillant chiffre les fichiers ou les systèmes et une rançon est réclamée pour les débloquer, parfois avec une menace de publier les données volées.',
      'Malicious software encrypts files or systems and a ransom is demanded to unlock them, sometimes with a threat to publish stolen data.',
    ),
    publics: ALL,
    severity: 'critical',
    services: ['ransomware-recovery', 'incident-response', 'data-recovery', 'forensics', 'backup-setup'],
  },
  {
    id: 'malware',
    name: t('Logiciel malveillant (virus)', 'Malware'),
    description: t(
      'Un programme malveillant est installé sur un ordinateur, un téléphone ou un serveur : vol de mots de passe ou de données bancaires, envoi de messages, publicités, espionnage.',
      'Malicious software is installed on a computer, phone or server: theft of passwords or bank details, messages sent, ads, spying.',
    ),
    publics: ALL,
    severity: 'high',
    services: ['malware-removal', 'device-repair', 'incident-response'],
  },
  {
    id: 'fake-virus-alert',
    name: t('Fausse alerte de virus, écran bloqué', 'Fake virus alert, locked screen'),
    description: t(
      'Une page web imite un blocage de l’ordinateur ou une alerte officielle et pousse à appeler un faux support technique ou à payer une fausse amende.',
      'A web page imitates a locked computer or an official alert and pushes you to call a fake support line or pay a fake fine.',
    ),
    publics: IND,
    severity: 'low',
    services: ['malware-removal', 'device-repair'],
  },
  {
    id: 'unauthorised-remote-access',
    name: t('Prise de contrôle à distance', 'Unauthorised remote access'),
    description: t(
      'Une personne contrôle un appareil à distance, souvent après avoir fait installer un logiciel d’assistance en se présentant comme technicien, conseiller bancaire ou vendeur.',
      'Someone controls a device remotely, often after getting a remote assistance tool installed while posing as a technician, bank adviser or seller.',
    ),
    publics: ALL,
    severity: 'high',
    services: ['malware-removal', 'device-repair', 'network-security'],
  },
  {
    id: 'iot-hacking',
    name: t('Piratage d’objet connecté', 'Connected device hacking'),
    description: t(
      'Une caméra, une box internet, une enceinte, une alarme ou un équipement connecté est contrôlé par un tiers : espionnage, accès au réseau, usage pour d’autres attaques.',
      'A camera, internet router, speaker, alarm or other connected device is controlled by a third party: spying, network access, use in other attacks.',
    ),
    publics: ALL,
    severity: 'high',
    services: ['network-security', 'device-repair'],
  },
  {
    id: 'lost-stolen-device',
    name: t('Appareil perdu ou volé', 'Lost or stolen device'),
    description: t(
      'Un téléphone, un ordinateur ou une tablette a été perdu ou volé : les comptes ouverts, les moyens de paiement et les données qu’il contient sont exposés.',
      'A phone, computer or tablet was lost or stolen: the accounts open on it, its payment methods and its data are exposed.',
    ),
    publics: ALL,
    severity: 'high',
    services: ['account-recovery', 'device-repair', 'data-recovery'],
  },
  {
    id: 'cryptojacking',
    name: t('Minage de cryptomonnaie clandestin', 'Cryptojacking'),
    description: t(
      'Des ordinateurs, serveurs ou comptes cloud sont détournés pour miner de la cryptomonnaie : lenteurs, surchauffe, factures d’électricité ou d’hébergement qui explosent.',
      'Computers, servers or cloud accounts are hijacked to mine cryptocurrency: slowness, overheating, soaring power or hosting bills.',
    ),
    publics: ALL,
    severity: 'low',
    services: ['malware-removal', 'network-security', 'incident-response'],
  },
  {
    id: 'system-intrusion',
    name: t('Intrusion dans le système d’information', 'System intrusion'),
    description: t(
      'Un attaquant s’est introduit dans le réseau ou les serveurs d’une structure : comptes créés, droits modifiés, données consultées ou copiées, accès conservés par un ancien salarié.',
      'An attacker has got into an organisation’s network or servers: accounts created, rights changed, data viewed or copied, access kept by a former employee.',
    ),
    publics: ORGS,
    severity: 'critical',
    services: ['incident-response', 'forensics', 'network-security', 'security-audit'],
  },
  {
    id: 'website-defacement',
    name: t('Défiguration de site internet', 'Website defacement'),
    description: t(
      'Le contenu d’un site a été remplacé par un message, une image ou une revendication, souvent en exploitant une faille du site ou de ses extensions.',
      'A website’s content has been replaced by a message, an image or a claim, often through a flaw in the site or its plugins.',
    ),
    publics: ORGS,
    severity: 'high',
    services: ['website-repair', 'incident-response', 'security-audit'],
  },
  {
    id: 'website-malware',
    name: t('Site piraté pour piéger ses visiteurs', 'Website compromised to trap visitors'),
    description: t(
      'Un site est modifié en cachette : redirections vers des arnaques, pages de spam, code qui vole les cartes bancaires saisies sur la page de paiement.',
      'A website is secretly altered: redirections to scams, spam pages, code that steals card numbers typed on the payment page.',
    ),
    publics: ORGS,
    severity: 'high',
    services: ['website-repair', 'security-audit', 'forensics'],
  },
  {
    id: 'ddos',
    name: t('Attaque en déni de service (DDoS)', 'Distributed denial of service (DDoS)'),
    description: t(
      'Un site ou un service en ligne est saturé par un afflux massif de requêtes et devient inaccessible, parfois avec une demande de rançon ou une revendication.',
      'A website or online service is flooded with massive traffic and becomes unreachable, sometimes with a ransom demand or a claim.',
    ),
    publics: ORGS,
    severity: 'high',
    services: ['network-security', 'incident-response'],
  },
  {
    id: 'domain-hijack',
    name: t('Détournement ou usurpation de nom de domaine', 'Domain hijacking or impersonation'),
    description: t(
      'Le nom de domaine d’une structure est volé, racheté après expiration ou imité par un nom ressemblant pour tromper ses clients et intercepter ses courriels.',
      'An organisation’s domain name is stolen, bought after expiry or imitated by a look-alike name to deceive its customers and intercept its email.',
    ),
    publics: ORGS,
    severity: 'high',
    services: ['website-repair', 'email-security', 'incident-response'],
  },
  {
    id: 'data-breach',
    name: t('Violation de données', 'Data breach'),
    description: t(
      'Des données détenues par une structure ont été volées, divulguées, perdues ou rendues accessibles par erreur. Si elles sont personnelles, le RGPD impose d’agir dans les 72 heures.',
      'Data held by an organisation was stolen, disclosed, lost or exposed by mistake. When it is personal data, the GDPR requires action within 72 hours.',
    ),
    publics: ORGS,
    severity: 'high',
    services: ['forensics', 'incident-response', 'security-audit'],
  },
  {
    id: 'ceo-fraud',
    name: t('Fraude au président', 'CEO fraud'),
    description: t(
      'Un escroc se fait passer pour un dirigeant ou un élu et obtient un virement urgent et « confidentiel » vers un compte qu’il contrôle.',
      'A fraudster poses as an executive or elected official and obtains an urgent, “confidential” transfer to an account they control.',
    ),
    publics: ORGS,
    severity: 'critical',
    services: ['awareness-training', 'email-security', 'forensics'],
  },
  {
    id: 'fake-supplier-invoice',
    name: t('Fraude au changement de RIB fournisseur', 'Fake supplier bank details'),
    description: t(
      'Un escroc se fait passer pour un fournisseur ou un créancier et communique de nouvelles coordonnées bancaires : les factures suivantes sont payées sur son compte.',
      'A fraudster poses as a supplier or creditor and sends new bank details: the next invoices are paid into their account.',
    ),
    publics: ORGS,
    severity: 'critical',
    services: ['awareness-training', 'email-security', 'forensics'],
  },
  {
    id: 'payroll-diversion',
    name: t('Détournement de salaire', 'Payroll diversion'),
    description: t(
      'Un escroc se fait passer pour un salarié ou un agent et demande au service paie de verser son salaire sur un nouveau compte.',
      'A fraudster poses as an employee and asks the payroll department to pay their salary into a new account.',
    ),
    publics: ORGS,
    severity: 'high',
    services: ['awareness-training', 'email-security'],
  },
  {
    id: 'fake-transfer-order',
    name: t('Faux ordre de virement', 'Fake transfer order'),
    description: t(
      'Un faux conseiller bancaire, technicien, avocat ou organisme fait émettre ou valider un virement, ou un ordre de virement falsifié est exécuté.',
      'A fake bank adviser, technician, lawyer or public body gets a transfer issued or approved, or a forged transfer order is executed.',
    ),
    publics: ORGS,
    severity: 'critical',
    services: ['awareness-training', 'forensics'],
  },
  {
    id: 'pbx-fraud',
    name: t('Piratage du standard téléphonique', 'Phone system (PBX) fraud'),
    description: t(
      'Des pirates prennent la main sur le standard téléphonique, la téléphonie sur IP ou une messagerie vocale mal protégée pour passer, souvent la nuit ou le week-end, des appels vers l’international ou des numéros surtaxés, facturés à la structure.',
      'Attackers take over the phone system, IP telephony or a poorly protected voicemail to make calls, often at night or at weekends, to international or premium-rate numbers, billed to the organisation.',
    ),
    publics: ORGS,
    severity: 'high',
    services: ['network-security', 'incident-response', 'security-audit'],
  },
  {
    id: 'spoofing',
    name: t('Usurpation de numéro ou d’adresse (« spoofing »)', 'Caller-ID or email spoofing'),
    description: t(
      'Des appels, des SMS ou des courriels affichent votre numéro ou votre adresse comme expéditeur alors qu’ils ne viennent pas de vous : l’affichage est falsifié, sans que votre ligne ou votre compte soit piraté.',
      'Calls, texts or emails show your number or address as the sender although they do not come from you: the display is forged, without your line or account being hacked.',
    ),
    publics: ALL,
    severity: 'low',
    services: ['email-security'],
  },
];
