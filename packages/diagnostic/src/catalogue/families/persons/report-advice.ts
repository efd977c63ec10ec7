import type { Advice } from '../../../types.ts';

/** Persons advice: report the harm. */
export const reportAdvice: Advice[] = [
  // ——— Report ———
  {
    id: 'tell-trusted-adult',
    phase: 'report',
    publics: ['individual'],
    facts: { age: 'minor', for: 'self' },
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
];
