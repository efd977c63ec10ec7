import type { Advice } from '../../../types.ts';

/**
 * Advice of the persons family. Shared advice of common.ts (keep-evidence, file-complaint,
 * report-platform, seek-support…) is reused by the outcomes and not repeated here.
 */
export const advice: Advice[] = [
  // ——— Stop the harm ———
  {
    id: 'sextortion-no-more-images',
    phase: 'stop',
    text: {
      fr: 'N’envoyez plus aucune image ni vidéo, même si l’on vous promet d’arrêter en échange : chaque envoi nourrit le chantage.',
      en: 'Do not send any more images or videos, even if you are promised it will stop: every new one feeds the blackmail.',
    },
  },
  {
    id: 'lock-down-social-accounts',
    phase: 'stop',
    text: {
      fr: 'Passez vos comptes de réseaux sociaux en privé et masquez votre liste d’amis et d’abonnés, pour qu’on ne puisse plus joindre vos proches.',
      en: 'Make your social media accounts private and hide your friends and followers lists, so your contacts can no longer be reached.',
    },
  },
  {
    id: 'bluff-do-not-reply',
    phase: 'stop',
    text: {
      fr: 'Ne répondez pas : ce courriel est envoyé en masse, son auteur n’a ni accès à votre webcam ni vidéo de vous.',
      en: 'Do not reply: this email is sent in bulk, its author has no access to your webcam and no video of you.',
    },
  },
  {
    id: 'call-3114-self',
    phase: 'stop',
    text: {
      fr: 'Si vous avez des idées noires, appelez le 3114, numéro national de prévention du suicide, gratuit et ouvert 24 h/24 : vous n’êtes pas seul.',
      en: 'If you have dark thoughts, call 3114, the national suicide prevention line, free and open 24/7: you are not alone.',
    },
  },
  {
    id: 'block-harasser',
    phase: 'stop',
    text: {
      fr: 'Après avoir conservé les preuves, bloquez les comptes qui vous harcèlent et limitez qui peut vous écrire ou commenter.',
      en: 'Once you have kept the evidence, block the accounts harassing you and limit who can message you or comment.',
    },
  },
  {
    id: 'do-not-respond-provocation',
    phase: 'stop',
    text: {
      fr: 'Ne répondez pas aux attaques ni aux provocations et ne cherchez pas à vous venger : cela alimente souvent le harcèlement.',
      en: 'Do not answer attacks or provocation and do not retaliate: it often fuels the harassment.',
    },
  },
  {
    id: 'limit-exposure-raid',
    phase: 'stop',
    text: {
      fr: 'Pendant un raid, passez vos comptes en privé, fermez les commentaires et filtrez les mots-clés ; demandez à un proche de trier les messages à votre place.',
      en: 'During a pile-on, make your accounts private, close comments and filter keywords; ask someone you trust to sort the messages for you.',
    },
  },
  {
    id: 'bully-no-direct-contact',
    phase: 'stop',
    text: {
      fr: 'Évitez de régler la situation vous-même avec les autres élèves ou leurs parents : passez par l’établissement.',
      en: 'Avoid sorting things out yourself with the other pupils or their parents: go through the school.',
    },
  },
  {
    id: 'threat-secure-yourself',
    phase: 'stop',
    text: {
      fr: 'Si la menace est précise, ne restez pas seul : mettez-vous à l’abri chez un proche et évitez les lieux où l’auteur sait vous trouver.',
      en: 'If the threat is specific, do not stay alone: take shelter with someone close and avoid places where the author knows where to find you.',
    },
    publics: ['individual'],
  },
  {
    id: 'org-protect-threatened-staff',
    phase: 'stop',
    publics: ['business', 'public-body'],
    text: {
      fr: 'Mettez la personne visée à l’abri : adaptez son poste, ses déplacements et son exposition publique le temps de l’enquête.',
      en: 'Keep the person targeted safe: adjust their duties, travel and public exposure while the investigation runs.',
    },
  },
  {
    id: 'employer-protect-staff',
    phase: 'stop',
    publics: ['business'],
    text: {
      fr: 'En tant qu’employeur, vous devez protéger la santé et la sécurité de vos salariés : soutenez la personne visée et ne la laissez pas gérer seule.',
      en: 'As an employer, you must protect your employees’ health and safety: support the person targeted and do not leave them to cope alone.',
    },
  },
  {
    id: 'bomb-threat-procedure',
    phase: 'stop',
    publics: ['business', 'public-body'],
    text: {
      fr: 'Face à une menace d’attentat ou d’alerte à la bombe, appelez le 17 et suivez les consignes des forces de l’ordre avant toute évacuation ou réouverture.',
      en: 'Faced with an attack or bomb threat, call 17 and follow the police’s instructions before any evacuation or reopening.',
    },
  },
  {
    id: 'threat-org-security-measures',
    phase: 'stop',
    publics: ['business', 'public-body'],
    text: {
      fr: 'Renforcez la sécurité du site ou de l’événement visé et dites aux équipes quelle conduite tenir, en lien avec la police ou la gendarmerie.',
      en: 'Step up security at the site or event targeted and tell staff what to do, in liaison with the police or gendarmerie.',
    },
  },
  {
    id: 'do-not-alert-abuser',
    phase: 'stop',
    text: {
      fr: 'Ne supprimez pas tout de suite l’application ou le traceur et ne confrontez pas la personne : la découverte peut provoquer une escalade. Préparez d’abord votre sécurité.',
      en: 'Do not remove the app or tracker straight away and do not confront the person: being found out can make them escalate. Plan your safety first.',
    },
  },
  {
    id: 'use-safe-device',
    phase: 'stop',
    text: {
      fr: 'Pour chercher de l’aide, utilisez un appareil que la personne n’a jamais eu entre les mains (téléphone d’un proche, ordinateur d’une médiathèque).',
      en: 'To look for help, use a device the person has never had access to (a friend’s phone, a library computer).',
    },
  },
  {
    id: 'stalker-safety-plan',
    phase: 'stop',
    text: {
      fr: 'Préparez un plan de mise en sécurité (papiers, numéros utiles, lieu où aller) ; le 3919, gratuit, anonyme et ouvert 24 h/24, peut vous y aider.',
      en: 'Prepare a safety plan (papers, useful numbers, a place to go); 3919, free, anonymous and open 24/7, can help you with it.',
    },
  },
  {
    id: 'child-stop-contact-adult',
    phase: 'stop',
    text: {
      fr: 'Demandez à l’enfant de ne plus répondre à cet adulte, sans supprimer la conversation ni le compte, et de ne jamais se rendre à un rendez-vous.',
      en: 'Ask the child to stop answering this adult, without deleting the conversation or the account, and never to go to a meeting.',
    },
  },
  {
    id: 'grooming-do-not-confront',
    phase: 'stop',
    text: {
      fr: 'Ne contactez pas l’adulte et ne vous faites pas passer pour l’enfant : laissez les enquêteurs agir.',
      en: 'Do not contact the adult and do not pose as the child: leave it to the investigators.',
    },
  },
  {
    id: 'csam-do-not-download',
    phase: 'stop',
    text: {
      fr: 'Ne téléchargez pas, ne transférez pas et ne partagez pas ces images, même pour les dénoncer : leur détention et leur diffusion sont des délits.',
      en: 'Do not download, forward or share these images, even to denounce them: possessing and distributing them are offences.',
    },
  },
  {
    id: 'child-abuse-known-protect',
    phase: 'stop',
    text: {
      fr: 'Si un enfant de votre entourage est en danger, appelez aussi le 119 (Allô Enfance en danger, gratuit, 24 h/24).',
      en: 'If a child around you is in danger, also call 119 (Allô Enfance en danger, free, 24/7).',
    },
    publics: ['individual'],
  },
  {
    id: 'org-device-do-not-touch',
    phase: 'stop',
    publics: ['business', 'public-body'],
    text: {
      fr: 'Ne manipulez pas l’appareil et n’enquêtez pas vous-même : isolez-le, empêchez tout accès et laissez les enquêteurs le saisir.',
      en: 'Do not handle the device or investigate yourself: isolate it, prevent any access and let the investigators seize it.',
    },
  },
  {
    id: 'org-csam-discretion',
    phase: 'stop',
    publics: ['business', 'public-body'],
    text: {
      fr: 'Ne prévenez pas la personne soupçonnée et limitez l’information à la direction : laissez les enquêteurs mener les auditions.',
      en: 'Do not alert the person suspected and keep the information within management: let the investigators conduct interviews.',
    },
  },
  {
    id: 'do-not-share-content',
    phase: 'stop',
    text: {
      fr: 'Ne partagez pas ce contenu, même pour le dénoncer : vous contribueriez à sa diffusion.',
      en: 'Do not share this content, even to denounce it: you would help spread it.',
    },
  },
  {
    id: 'suicide-contact-person',
    phase: 'stop',
    text: {
      fr: 'Appelez la personne ou restez en contact avec elle, et donnez au 17 ou au 112 son nom et son adresse si vous les connaissez.',
      en: 'Call the person or stay in touch with them, and give 17 or 112 their name and address if you know them.',
    },
  },
  {
    id: 'call-3114-relative',
    phase: 'stop',
    text: {
      fr: 'Le 3114, numéro national de prévention du suicide, répond gratuitement 24 h/24 à la personne en souffrance comme à ses proches inquiets.',
      en: '3114, the national suicide prevention line, answers free of charge 24/7, both the person in distress and worried relatives.',
    },
  },
  {
    id: 'hosted-remove-promptly',
    phase: 'stop',
    publics: ['business', 'public-body'],
    text: {
      fr: 'Retirez ou rendez inaccessible le contenu sans délai : un hébergeur qui laisse en ligne un contenu manifestement illicite qu’on lui a signalé engage sa responsabilité.',
      en: 'Remove the content or make it inaccessible without delay: a host that leaves reported, manifestly illegal content online becomes liable.',
    },
  },
  {
    id: 'hosted-csam-block-no-copy',
    phase: 'stop',
    publics: ['business', 'public-body'],
    text: {
      fr: 'Rendez ces images inaccessibles immédiatement, sans les copier ni les télécharger, et suspendez le compte qui les a publiées.',
      en: 'Make these images inaccessible immediately, without copying or downloading them, and suspend the account that posted them.',
    },
  },

  // ——— Keep evidence ———
  {
    id: 'record-blackmailer-details',
    phase: 'evidence',
    text: {
      fr: 'Notez l’identifiant et le lien du profil du maître chanteur, ainsi que les moyens de paiement demandés (IBAN, portefeuille de cryptomonnaie, coupons).',
      en: 'Write down the blackmailer’s user name and profile link, and the payment details they asked for (IBAN, crypto wallet, vouchers).',
    },
  },
  {
    id: 'csam-no-screenshot',
    phase: 'evidence',
    text: {
      fr: 'Ne faites pas de capture des images sexuelles d’un mineur, même pour preuve : notez seulement l’adresse (URL) de la page, la date, l’heure et le nom du compte.',
      en: 'Do not capture sexual images of a minor, even as evidence: only note the page address (URL), the date, the time and the account name.',
    },
  },
  {
    id: 'nci-list-urls',
    phase: 'evidence',
    text: {
      fr: 'Listez chaque adresse (URL) où les images apparaissent, avec la date : elle servira aux demandes de retrait et à la plainte.',
      en: 'List every address (URL) where the images appear, with the date: you will need it for takedown requests and the complaint.',
    },
  },
  {
    id: 'commissaire-justice-constat',
    phase: 'evidence',
    text: {
      fr: 'Pour une preuve incontestable, faites dresser un constat par un commissaire de justice (ancien huissier), surtout si le contenu risque d’être supprimé.',
      en: 'For indisputable evidence, have a bailiff (commissaire de justice) record the content, especially if it may be deleted.',
    },
  },
  {
    id: 'harassment-log',
    phase: 'evidence',
    text: {
      fr: 'Tenez un registre des faits (date, plateforme, compte, contenu) : c’est la répétition qui caractérise le harcèlement.',
      en: 'Keep a log of what happens (date, platform, account, content): repetition is what makes it harassment.',
    },
  },
  {
    id: 'smear-identify-network',
    phase: 'evidence',
    text: {
      fr: 'Repérez les comptes qui lancent et relaient les attaques (dates, messages identiques, comptes récents) : ces éléments aident la plateforme et les enquêteurs.',
      en: 'Identify the accounts that start and relay the attacks (dates, identical messages, new accounts): this helps the platform and investigators.',
    },
  },
  {
    id: 'org-collect-evidence-staff',
    phase: 'evidence',
    publics: ['business', 'public-body'],
    text: {
      fr: 'Centralisez les preuves avec la personne visée (captures, liens, dates) en désignant quelqu’un pour les relever à sa place.',
      en: 'Gather the evidence with the person targeted (screenshots, links, dates), naming someone to collect it on their behalf.',
    },
  },
  {
    id: 'reviews-document',
    phase: 'evidence',
    publics: ['business', 'public-body'],
    text: {
      fr: 'Relevez chaque avis litigieux (texte, date, pseudonyme, lien) et les indices qu’il est faux : aucun client correspondant, rafale d’avis, même auteur sur plusieurs fiches.',
      en: 'Record every disputed review (text, date, user name, link) and the signs it is fake: no matching customer, a burst of reviews, the same author on several listings.',
    },
  },
  {
    id: 'stalkerware-note-signs',
    phase: 'evidence',
    text: {
      fr: 'Notez les signes de surveillance et leurs dates : informations que la personne ne pouvait pas connaître, application inconnue, batterie qui se vide, présence inattendue.',
      en: 'Note the signs of surveillance and their dates: things the person could not have known, an unknown app, a draining battery, unexpected appearances.',
    },
  },
  {
    id: 'tracker-check-alert',
    phase: 'evidence',
    text: {
      fr: 'Votre téléphone peut repérer un traceur qui se déplace avec vous (alerte « AirTag détecté » sur iPhone, « traceurs inconnus » sur Android) : photographiez-le et notez où il était.',
      en: 'Your phone can detect a tracker moving with you (“AirTag found” alert on iPhone, “unknown tracker alerts” on Android): photograph it and note where it was.',
    },
  },
  {
    id: 'keep-device-as-is',
    phase: 'evidence',
    text: {
      fr: 'Gardez l’appareil concerné tel quel, sans effacer les messages ni le compte : les enquêteurs en auront besoin.',
      en: 'Keep the device involved as it is, without deleting messages or the account: the investigators will need it.',
    },
  },
  {
    id: 'threat-attack-note-details',
    phase: 'evidence',
    text: {
      fr: 'Notez le nom du compte, la plateforme, l’adresse de la publication, l’heure et la cible annoncée, et transmettez-les tout de suite aux forces de l’ordre.',
      en: 'Note the account name, the platform, the post address, the time and the announced target, and pass them on to the police straight away.',
    },
  },
  {
    id: 'suicide-note-account',
    phase: 'evidence',
    text: {
      fr: 'Notez le nom du compte, l’adresse de la publication et l’heure : les secours en ont besoin pour identifier et retrouver la personne.',
      en: 'Note the account name, the post address and the time: emergency services need them to identify and find the person.',
    },
  },
  {
    id: 'hosted-keep-logs',
    phase: 'evidence',
    publics: ['business', 'public-body'],
    text: {
      fr: 'Conservez les journaux de connexion et les données d’identification du compte qui a publié : les enquêteurs vous les demanderont.',
      en: 'Keep the connection logs and the identification data of the account that posted it: the investigators will ask you for them.',
    },
  },

  // ——— Report ———
  {
    id: 'tell-trusted-adult',
    phase: 'report',
    publics: ['individual'],
    text: {
      fr: 'Si vous avez moins de 18 ans, parlez-en à un adulte de confiance (parent, CPE, infirmière scolaire) : vous n’avez rien fait de mal.',
      en: 'If you are under 18, tell an adult you trust (parent, school counsellor, school nurse): you did nothing wrong.',
    },
  },
  {
    id: 'tell-school',
    phase: 'report',
    publics: ['individual'],
    text: {
      fr: 'Prévenez par écrit le chef d’établissement ou le CPE : l’école doit agir contre le harcèlement, même quand il se passe en ligne et en dehors des cours.',
      en: 'Tell the head teacher or school counsellor in writing: the school must act against bullying, even when it happens online and outside school hours.',
    },
  },
  {
    id: 'bully-3018-takedown',
    phase: 'report',
    publics: ['individual'],
    text: {
      fr: 'Le 3018 est signaleur de confiance auprès des réseaux sociaux : il peut faire retirer en quelques heures les contenus qui visent un jeune.',
      en: '3018 is a trusted flagger with social networks: it can have content targeting a young person removed within hours.',
    },
  },
  {
    id: 'take-it-down',
    phase: 'report',
    publics: ['individual'],
    text: {
      fr: 'Pour une image intime d’un mineur, le service « Take It Down » (takeitdown.ncmec.org) aide à bloquer sa diffusion sur plusieurs grandes plateformes, sans envoyer l’image elle-même.',
      en: 'For an intimate image of a minor, the “Take It Down” service (takeitdown.ncmec.org) helps block it on several major platforms, without sending the image itself.',
    },
  },
  {
    id: 'stop-ncii',
    phase: 'report',
    publics: ['individual'],
    text: {
      fr: 'Le service StopNCII.org permet aux adultes d’empêcher la diffusion de leurs images intimes sur plusieurs grandes plateformes, sans envoyer l’image elle-même.',
      en: 'StopNCII.org lets adults stop their intimate images being shared on several major platforms, without sending the image itself.',
    },
  },
  {
    id: 'warn-contacts-images',
    phase: 'report',
    publics: ['individual'],
    text: {
      fr: 'Prévenez vos proches que des images peuvent leur être envoyées : demandez-leur de ne pas les ouvrir ni les partager, mais de vous les signaler.',
      en: 'Warn the people close to you that images may be sent to them: ask them not to open or share them, but to tell you.',
    },
  },
  {
    id: 'request-takedown-intimate',
    phase: 'report',
    text: {
      fr: 'Demandez le retrait à chaque plateforme avec son formulaire dédié aux images intimes diffusées sans consentement.',
      en: 'Ask each platform to remove them using its form for intimate images shared without consent.',
    },
  },
  {
    id: 'search-engine-delisting',
    phase: 'report',
    text: {
      fr: 'Demandez aux moteurs de recherche (Google, Bing…) de déréférencer les pages qui vous concernent, avec leur formulaire de suppression de contenu.',
      en: 'Ask search engines (Google, Bing…) to delist the pages concerning you, using their content removal forms.',
    },
  },
  {
    id: 'cnil-erasure-after-month',
    phase: 'report',
    text: {
      fr: 'Vous pouvez exiger l’effacement de vos données personnelles (image, adresse, nom) ; sans réponse satisfaisante dans un délai d’un mois, adressez une plainte à la CNIL.',
      en: 'You can demand the erasure of your personal data (image, address, name); with no satisfactory answer within a month, complain to the CNIL.',
    },
  },
  {
    id: 'nci-is-offence',
    phase: 'report',
    text: {
      fr: 'Diffuser sans accord des images à caractère sexuel est un délit (article 226-2-1 du Code pénal), même si vous aviez accepté qu’elles soient prises.',
      en: 'Sharing sexual images without consent is an offence (French Criminal Code, article 226-2-1), even if you had agreed to them being taken.',
    },
  },
  {
    id: 'deepfake-is-offence',
    phase: 'report',
    text: {
      fr: 'Diffuser sans accord un montage ou un hypertrucage (« deepfake ») à caractère sexuel est aussi un délit : la plainte est possible même si l’image est fausse.',
      en: 'Sharing a sexual montage or deepfake without consent is also an offence: you can file a complaint even though the image is fake.',
    },
  },
  {
    id: 'partner-violence-3919',
    phase: 'report',
    publics: ['individual'],
    text: {
      fr: 'Les violences dans le couple sont aussi numériques : le 3919, gratuit, anonyme et ouvert 24 h/24, écoute et oriente les victimes.',
      en: 'Domestic abuse can be digital too: 3919, free, anonymous and open 24/7, listens to and guides victims.',
    },
  },
  {
    id: 'threat-partner-protection-order',
    phase: 'report',
    publics: ['individual'],
    text: {
      fr: 'Face à un conjoint ou ex-conjoint violent, le juge aux affaires familiales peut délivrer une ordonnance de protection ; une association ou un avocat vous aide à la demander.',
      en: 'Against a violent partner or ex-partner, the family court judge can issue a protection order; an association or a lawyer can help you apply.',
    },
  },
  {
    id: 'harass-complaint-offence',
    phase: 'report',
    text: {
      fr: 'Le cyberharcèlement est un délit, aggravé si la victime est mineure ; quand plusieurs personnes s’en prennent à quelqu’un, chacune est punissable, même pour un seul message.',
      en: 'Online harassment is an offence, aggravated when the victim is a minor; when several people target someone, each of them can be punished, even for a single message.',
    },
  },
  {
    id: 'harass-anonymous-authors',
    phase: 'report',
    text: {
      fr: 'Même si les auteurs sont anonymes, portez plainte : les enquêteurs peuvent demander leur identité aux plateformes.',
      en: 'Even if the authors are anonymous, file a complaint: investigators can ask the platforms who they are.',
    },
  },
  {
    id: 'threat-complaint-quickly',
    phase: 'report',
    text: {
      fr: 'Portez plainte rapidement pour menaces, avec les messages, l’identifiant de l’auteur et tout ce qui montre qu’il pourrait passer à l’acte.',
      en: 'File a complaint for threats quickly, with the messages, the author’s user name and anything showing they might act on them.',
    },
  },
  {
    id: 'report-platform-dsa',
    phase: 'report',
    text: {
      fr: 'Signalez le contenu à la plateforme : le règlement européen sur les services numériques l’oblige à traiter votre signalement et à vous informer de sa décision.',
      en: 'Report the content to the platform: the EU Digital Services Act requires it to handle your report and tell you its decision.',
    },
  },
  {
    id: 'report-host-site',
    phase: 'report',
    text: {
      fr: 'Pour un site internet, signalez aussi le contenu à son hébergeur, dont le nom figure dans les mentions légales du site.',
      en: 'For a website, also report the content to its host, named in the site’s legal notice.',
    },
  },
  {
    id: 'hate-support-associations',
    phase: 'report',
    text: {
      fr: 'Des associations de lutte contre le racisme, l’antisémitisme, l’homophobie ou le sexisme peuvent vous accompagner, et certaines peuvent se constituer partie civile.',
      en: 'Associations fighting racism, antisemitism, homophobia or sexism can support you, and some can join the proceedings as civil parties.',
    },
  },
  {
    id: 'complaint-within-3-months',
    phase: 'report',
    text: {
      fr: 'Agissez vite : la diffamation et l’injure publiques se prescrivent par trois mois après la première publication (un an si elles visent l’origine, la religion, le sexe, l’orientation sexuelle ou le handicap).',
      en: 'Act fast: public defamation and insult are time-barred three months after first publication (one year when they target origin, religion, sex, sexual orientation or disability).',
    },
  },
  {
    id: 'old-publication-options',
    phase: 'report',
    text: {
      fr: 'Au-delà de trois mois, la plainte risque d’être prescrite, mais vous pouvez encore obtenir le retrait ou le déréférencement ; une nouvelle diffusion peut ouvrir un nouveau délai.',
      en: 'After three months, a complaint may be time-barred, but you can still obtain removal or delisting; a new publication may start a new time limit.',
    },
  },
  {
    id: 'contact-site-editor-first',
    phase: 'report',
    text: {
      fr: 'Sur un site ou un blog, demandez d’abord le retrait à son éditeur (mentions légales), puis à son hébergeur si le contenu reste en ligne.',
      en: 'On a website or blog, first ask its publisher (legal notice) to remove it, then its host if the content stays online.',
    },
  },
  {
    id: 'right-of-reply',
    phase: 'report',
    text: {
      fr: 'Vous pouvez exercer un droit de réponse auprès du directeur de la publication du site, dans les trois mois suivant la mise en ligne.',
      en: 'You can exercise a right of reply with the site’s publishing director, within three months of publication.',
    },
  },
  {
    id: 'consult-lawyer-press',
    phase: 'report',
    text: {
      fr: 'Faites-vous conseiller par un avocat en droit de la presse : les procédures en diffamation sont très formelles et les délais courts.',
      en: 'Get advice from a media law lawyer: defamation proceedings are very formal and the time limits short.',
    },
  },
  {
    id: 'protection-fonctionnelle',
    phase: 'report',
    publics: ['public-body'],
    text: {
      fr: 'Accordez la protection fonctionnelle à l’agent ou à l’élu visé à cause de ses fonctions : la collectivité doit le protéger et prendre en charge ses frais de procédure.',
      en: 'Grant statutory legal protection (protection fonctionnelle) to the official or elected member targeted because of their duties: the authority must protect them and pay their legal costs.',
    },
  },
  {
    id: 'article-40-report',
    phase: 'report',
    publics: ['public-body'],
    text: {
      fr: 'Une autorité publique ou un agent qui a connaissance d’un délit dans l’exercice de ses fonctions doit en aviser sans délai le procureur de la République (article 40 du Code de procédure pénale).',
      en: 'A public authority or official who learns of an offence in the course of their duties must inform the public prosecutor without delay (Code of Criminal Procedure, article 40).',
    },
  },
  {
    id: 'org-complaint-as-victim',
    phase: 'report',
    publics: ['business', 'public-body'],
    text: {
      fr: 'L’organisation peut porter plainte en son nom, et la personne visée en son nom propre : les deux plaintes se renforcent.',
      en: 'The organisation can file a complaint in its own name, and the person targeted in theirs: the two complaints reinforce each other.',
    },
  },
  {
    id: 'reviews-report-platform',
    phase: 'report',
    publics: ['business', 'public-body'],
    text: {
      fr: 'Signalez chaque faux avis au site qui l’héberge, en expliquant pourquoi il ne correspond à aucune expérience réelle.',
      en: 'Report each fake review to the site hosting it, explaining why it matches no real experience.',
    },
  },
  {
    id: 'reviews-dgccrf',
    phase: 'report',
    publics: ['business'],
    text: {
      fr: 'Si un concurrent publie ou achète de faux avis, signalez-le à la DGCCRF : c’est une pratique commerciale trompeuse.',
      en: 'If a competitor posts or buys fake reviews, report it to the DGCCRF (consumer protection authority): it is a deceptive commercial practice.',
    },
  },
  {
    id: 'unfair-competition-lawyer',
    phase: 'report',
    publics: ['business'],
    text: {
      fr: 'Le dénigrement par un concurrent relève de la concurrence déloyale : un avocat peut agir en justice pour le faire cesser et obtenir réparation.',
      en: 'Disparagement by a competitor is unfair competition: a lawyer can take legal action to stop it and obtain damages.',
    },
  },
  {
    id: 'dox-remove-personal-info',
    phase: 'report',
    text: {
      fr: 'Demandez le retrait des informations à la plateforme : les publier pour exposer une personne à un danger est un délit (article 223-1-1 du Code pénal).',
      en: 'Ask the platform to remove the information: publishing it to expose someone to danger is an offence (French Criminal Code, article 223-1-1).',
    },
  },
  {
    id: 'report-impersonation-form',
    phase: 'report',
    text: {
      fr: 'Signalez le faux profil avec le formulaire de la plateforme dédié à l’usurpation d’identité, plus efficace qu’un signalement ordinaire ; joignez une pièce d’identité si elle est demandée.',
      en: 'Report the fake profile with the platform’s impersonation form, more effective than an ordinary report; attach an ID document if asked.',
    },
  },
  {
    id: 'ask-friends-report-fake',
    phase: 'report',
    text: {
      fr: 'Demandez à vos proches de signaler eux aussi le faux profil et de ne pas répondre à ses messages.',
      en: 'Ask the people close to you to report the fake profile too and not to answer its messages.',
    },
  },
  {
    id: 'fake-profile-scam-contacts',
    phase: 'report',
    text: {
      fr: 'Dites à vos contacts de ne rien payer au faux profil ; ceux qui ont déjà payé doivent prévenir leur banque et porter plainte eux aussi.',
      en: 'Tell your contacts not to pay the fake profile anything; those who already paid must tell their bank and file a complaint too.',
    },
  },
  {
    id: 'complaint-identity-usurpation',
    phase: 'report',
    text: {
      fr: 'Usurper l’identité d’autrui en ligne pour lui nuire est un délit (article 226-4-1 du Code pénal) : la plainte reste possible même si le profil a été supprimé.',
      en: 'Impersonating someone online to harm them is an offence (French Criminal Code, article 226-4-1): you can still file a complaint if the profile was deleted.',
    },
  },
  {
    id: 'org-brand-impersonation',
    phase: 'report',
    publics: ['business', 'public-body'],
    text: {
      fr: 'Utilisez le formulaire de la plateforme réservé aux organisations et marques usurpées, avec la preuve de vos droits (Kbis, dépôt de marque, délibération).',
      en: 'Use the platform’s form for impersonated organisations and brands, with proof of your rights (company registration, trademark, council decision).',
    },
  },
  {
    id: 'org-warn-customers',
    phase: 'report',
    publics: ['business', 'public-body'],
    text: {
      fr: 'Publiez une alerte sur vos canaux officiels (site, comptes vérifiés, accueil) pour prévenir vos clients ou usagers de la fraude en cours.',
      en: 'Post a warning on your official channels (website, verified accounts, front desk) so your customers or users know about the ongoing fraud.',
    },
  },
  {
    id: 'tracker-give-police',
    phase: 'report',
    text: {
      fr: 'Apportez le traceur aux enquêteurs lors de la plainte, sans le détruire : son numéro de série peut permettre d’identifier son propriétaire.',
      en: 'Bring the tracker to the investigators when you file the complaint, without destroying it: its serial number can identify its owner.',
    },
  },
  {
    id: 'csam-report-received-platform',
    phase: 'report',
    text: {
      fr: 'Signalez aussi le compte expéditeur à la messagerie ou au réseau social, sans transférer les images.',
      en: 'Also report the sender’s account to the messaging app or social network, without forwarding the images.',
    },
  },
  {
    id: 'terror-report-pharos-fast',
    phase: 'report',
    text: {
      fr: 'Signalez-le tout de suite sur PHAROS avec l’adresse exacte : les autorités peuvent en exiger le retrait dans l’heure.',
      en: 'Report it to PHAROS straight away with the exact address: the authorities can order its removal within one hour.',
    },
  },
  {
    id: 'radicalisation-hotline',
    phase: 'report',
    text: {
      fr: 'Si un proche ou un collègue se radicalise, appelez le numéro vert 0 800 005 696 (Centre national d’assistance et de prévention de la radicalisation) : on vous écoute et vous conseille.',
      en: 'If someone close or a colleague is becoming radicalised, call the free line 0 800 005 696 (national radicalisation assistance and prevention centre): they listen and advise.',
    },
  },
  {
    id: 'suicide-report-platform-urgent',
    phase: 'report',
    text: {
      fr: 'Signalez la publication à la plateforme en choisissant « suicide ou automutilation » : les grands réseaux peuvent alerter les secours.',
      en: 'Report the post to the platform choosing “suicide or self-harm”: major networks can alert emergency services.',
    },
  },
  {
    id: 'scam-signal-ads',
    phase: 'report',
    text: {
      fr: 'Signalez la publicité à la plateforme qui l’affiche (« signaler cette publicité ») pour qu’elle la retire et bloque l’annonceur.',
      en: 'Report the ad to the platform displaying it (“report this ad”) so it removes it and blocks the advertiser.',
    },
  },
  {
    id: 'hosted-removal-order',
    phase: 'report',
    publics: ['business', 'public-body'],
    text: {
      fr: 'Si vous recevez des autorités une injonction de retrait d’un contenu terroriste, exécutez-la dans l’heure.',
      en: 'If the authorities send you a removal order for terrorist content, carry it out within one hour.',
    },
  },

  // ——— Recover ———
  {
    id: 'sextortion-common-scam',
    phase: 'recover',
    text: {
      fr: 'Ce chantage est souvent l’œuvre de réseaux qui visent des milliers de personnes : vous n’avez pas à avoir honte, et payer entraîne presque toujours de nouvelles demandes.',
      en: 'This blackmail is often run by networks targeting thousands of people: there is no shame in it, and paying almost always brings new demands.',
    },
  },
  {
    id: 'minor-not-your-fault',
    phase: 'recover',
    publics: ['individual'],
    text: {
      fr: 'Parents : écoutez votre enfant sans le juger ni le punir ; la honte l’empêche souvent de parler, et le seul responsable est l’auteur.',
      en: 'Parents: listen to your child without judging or punishing them; shame often stops them from speaking, and the only one to blame is the abuser.',
    },
  },
  {
    id: 'bluff-password-from-leak',
    phase: 'recover',
    text: {
      fr: 'Le mot de passe cité vient d’une ancienne fuite de données, pas de votre ordinateur : changez-le partout où vous l’utilisez encore.',
      en: 'The password quoted comes from an old data leak, not from your computer: change it wherever you still use it.',
    },
  },
  {
    id: 'harass-talk-doctor',
    phase: 'recover',
    text: {
      fr: 'Si la situation vous affecte (sommeil, anxiété), consultez un médecin : il peut aussi constater les répercussions, ce qui appuie la plainte.',
      en: 'If it affects you (sleep, anxiety), see a doctor: they can also record the effects, which supports the complaint.',
    },
  },
  {
    id: 'org-psych-support',
    phase: 'recover',
    publics: ['business', 'public-body'],
    text: {
      fr: 'Proposez à la personne visée un soutien psychologique (médecine du travail, cellule d’écoute) et tenez-la informée des démarches.',
      en: 'Offer the person targeted psychological support (occupational health, helpline) and keep them informed of the steps taken.',
    },
  },
  {
    id: 'stalker-device-check-by-pro',
    phase: 'recover',
    text: {
      fr: 'Faites examiner l’appareil par un professionnel qui documentera le logiciel espion pour la plainte avant de le supprimer ou de réinitialiser l’appareil.',
      en: 'Have the device examined by a professional who will document the spyware for the complaint before removing it or resetting the device.',
    },
  },
  {
    id: 'stalker-review-accounts',
    phase: 'recover',
    text: {
      fr: 'Quand vous êtes en sécurité, vérifiez depuis un appareil sûr les appareils connectés à vos comptes, le partage de position et les accès autorisés, puis changez mots de passe et codes.',
      en: 'Once you are safe, check from a safe device the devices signed in to your accounts, location sharing and authorised access, then change passwords and PINs.',
    },
  },
  {
    id: 'check-own-accounts',
    phase: 'recover',
    text: {
      fr: 'Vérifiez que vos propres comptes n’ont pas été piratés (connexions inconnues, adresse de récupération modifiée) ; si c’est le cas, reprenez-en le contrôle en priorité.',
      en: 'Check that your own accounts were not hacked (unknown sign-ins, recovery address changed); if they were, take back control first.',
    },
  },
  {
    id: 'dox-change-exposed-info',
    phase: 'recover',
    text: {
      fr: 'Si votre numéro ou votre adresse électronique sont publiés, filtrez les appels ou changez-les, et retirez vos coordonnées des annuaires en ligne.',
      en: 'If your number or email address is published, filter calls or change them, and remove your details from online directories.',
    },
  },
  {
    id: 'dox-warn-household',
    phase: 'stop',
    text: {
      fr: 'Prévenez votre entourage et, si votre adresse est publiée, votre voisinage ou votre gardien ; signalez au 17 toute présence suspecte.',
      en: 'Warn the people you live with and, if your address is published, your neighbours or caretaker; report any suspicious presence to 17.',
    },
  },
  {
    id: 'reviews-reply-publicly',
    phase: 'recover',
    publics: ['business', 'public-body'],
    text: {
      fr: 'Répondez calmement et factuellement aux avis visibles, sans accuser leur auteur : vos clients lisent vos réponses.',
      en: 'Answer visible reviews calmly and factually, without accusing their author: your customers read your replies.',
    },
  },
  {
    id: 'smear-official-statement',
    phase: 'recover',
    publics: ['business', 'public-body'],
    text: {
      fr: 'Publiez une mise au point factuelle sur vos canaux officiels et tenez-vous-y, sans relayer vous-même les fausses informations.',
      en: 'Post a factual statement on your official channels and stick to it, without spreading the false information yourself.',
    },
  },
  {
    id: 'talk-with-child-exposed',
    phase: 'recover',
    publics: ['individual'],
    text: {
      fr: 'Parlez avec l’enfant de ce qu’il a vu, sans le gronder, et rassurez-le ; si les images le perturbent, parlez-en à son médecin.',
      en: 'Talk with the child about what they saw, without scolding them, and reassure them; if the images upset them, talk to their doctor.',
    },
  },
  {
    id: 'shocking-content-support',
    phase: 'recover',
    text: {
      fr: 'Ces images peuvent choquer durablement : parlez-en à un proche ou à un professionnel de santé si elles vous reviennent en tête.',
      en: 'These images can be lastingly shocking: talk to someone close or a health professional if they keep coming back to you.',
    },
  },
  {
    id: 'radicalisation-keep-dialogue',
    phase: 'recover',
    text: {
      fr: 'Gardez le lien avec la personne sans la confronter brutalement : l’isolement renforce l’emprise des recruteurs.',
      en: 'Keep in touch with the person without confronting them harshly: isolation strengthens the recruiters’ hold.',
    },
  },

  // ——— Prevent ———
  {
    id: 'bluff-check-leaks',
    phase: 'prevent',
    text: {
      fr: 'Vérifiez sur haveibeenpwned.com si votre adresse figure dans une fuite de données connue, et changez les mots de passe concernés.',
      en: 'Check on haveibeenpwned.com whether your address appears in a known data leak, and change the passwords involved.',
    },
  },
  {
    id: 'harass-platform-safety-tools',
    phase: 'prevent',
    text: {
      fr: 'Utilisez les outils de protection des réseaux sociaux (filtrage de mots, messages limités aux abonnés, validation des commentaires) pour reprendre la main sur votre espace.',
      en: 'Use social networks’ safety tools (word filters, messages limited to followers, comment approval) to take back control of your space.',
    },
  },
  {
    id: 'privacy-settings-minors',
    phase: 'prevent',
    publics: ['individual'],
    text: {
      fr: 'Passez les comptes de l’enfant en privé, limitez les messages d’inconnus et rappelez-lui de ne jamais rencontrer seul une personne connue en ligne.',
      en: 'Make the child’s accounts private, limit messages from strangers and remind them never to meet someone known online on their own.',
    },
  },
  {
    id: 'parental-controls',
    phase: 'prevent',
    publics: ['individual'],
    text: {
      fr: 'Activez le contrôle parental sur les appareils de l’enfant et parlez régulièrement de ce qu’il fait en ligne ; le site jeprotegemonenfant.gouv.fr vous guide.',
      en: 'Turn on parental controls on the child’s devices and talk regularly about what they do online; jeprotegemonenfant.gouv.fr guides you.',
    },
  },
  {
    id: 'stalker-new-device',
    phase: 'prevent',
    text: {
      fr: 'Dès que possible, utilisez un nouveau téléphone et une nouvelle adresse de récupération que la personne n’a jamais connus.',
      en: 'As soon as possible, use a new phone and a new recovery address the person has never known.',
    },
  },
  {
    id: 'fake-profile-secure-own',
    phase: 'prevent',
    text: {
      fr: 'Limitez qui peut voir et réutiliser vos photos (profil privé, publications restreintes) pour compliquer la création de faux profils.',
      en: 'Limit who can see and reuse your photos (private profile, restricted posts) to make fake profiles harder to create.',
    },
  },
  {
    id: 'org-verify-accounts',
    phase: 'prevent',
    publics: ['business', 'public-body'],
    text: {
      fr: 'Faites certifier vos comptes officiels et listez-les sur votre site, pour que chacun puisse distinguer les vrais des faux.',
      en: 'Get your official accounts verified and list them on your website, so everyone can tell the real ones from fakes.',
    },
  },
  {
    id: 'org-staff-reporting-channel',
    phase: 'prevent',
    publics: ['business', 'public-body'],
    text: {
      fr: 'Mettez en place un canal interne pour signaler les attaques en ligne subies dans le cadre du travail, et une procédure de réaction connue de tous.',
      en: 'Set up an internal channel to report online attacks suffered at work, and a response procedure everyone knows.',
    },
  },
  {
    id: 'org-remove-staff-info',
    phase: 'prevent',
    publics: ['business', 'public-body'],
    text: {
      fr: 'Limitez les informations personnelles des équipes sur vos supports publics (noms complets, photos, numéros directs) au strict nécessaire.',
      en: 'Keep staff personal details on your public materials (full names, photos, direct numbers) to the strict minimum.',
    },
  },
  {
    id: 'hosted-moderation-rules',
    phase: 'prevent',
    publics: ['business', 'public-body'],
    text: {
      fr: 'Prévoyez des règles de modération, un bouton de signalement visible et une personne chargée de traiter les signalements rapidement.',
      en: 'Set moderation rules, a visible report button and someone in charge of handling reports quickly.',
    },
  },
  {
    id: 'scam-check-site',
    phase: 'prevent',
    text: {
      fr: 'Avant d’acheter ou d’investir, vérifiez le site : avis d’autres clients, mentions légales, listes noires de l’AMF pour les placements.',
      en: 'Before buying or investing, check the site: other customers’ reviews, legal notice, the AMF blacklists for investments.',
    },
  },
];
