/** Public sources the catalogue follows; ids are referenced by orientations and families. */
export type Source = { id: string; title: string; url: string };

export const sources: Source[] = [
  {
    id: '17cyber',
    title: '17Cyber — assistance aux victimes de cybermalveillance',
    url: 'https://www.17cyber.gouv.fr',
  },
  {
    id: 'interieur-17cyber',
    title:
      'Ministère de l’Intérieur — Victime de cybermalveillance ? Rendez-vous sur 17Cyber.gouv.fr (17 décembre 2024)',
    url: 'https://www.interieur.gouv.fr/actualites/actualites-du-ministere/victime-de-cybermalveillance-rendez-vous-sur-17cybergouvfr',
  },
  {
    id: 'service-public-urgences',
    title: 'Service-public.fr — Numéros d’urgence (17, 112, 114)',
    url: 'https://www.service-public.fr/particuliers/vosdroits/F33954',
  },
  {
    id: 'pharos',
    title: 'PHAROS — Portail officiel de signalement des contenus illicites',
    url: 'https://www.internet-signalement.gouv.fr',
  },
  {
    id: 'thesee',
    title: 'THESEE — plainte en ligne pour les e-escroqueries (service-public.fr, « Arnaque sur internet »)',
    url: 'https://www.service-public.fr/particuliers/vosdroits/N31138',
  },
  {
    id: 'service-public-escroquerie',
    title: 'Service-public.fr — Arnaque sur internet (THESEE) : questions et réponses',
    url: 'https://www.service-public.fr/P10100',
  },
  {
    id: 'perceval',
    title: 'Perceval — signaler une fraude à la carte bancaire',
    url: 'https://www.service-public.fr/particuliers/vosdroits/R46526',
  },
  { id: '33700', title: '33700 — signalement des spams vocaux et SMS', url: 'https://www.33700.fr' },
  { id: 'signal-spam', title: 'Signal Spam', url: 'https://www.signal-spam.fr' },
  {
    id: 'info-escroqueries',
    title: 'Info Escroqueries — 0 805 805 817',
    url: 'https://www.masecurite.interieur.gouv.fr',
  },
  {
    id: 'service-public-opposition',
    title: 'Service-public.fr — Opposition sur carte bancaire',
    url: 'https://www.service-public.fr/particuliers/vosdroits/F1712',
  },
  {
    id: 'cnil-violation',
    title: 'CNIL — Notifier une violation de données personnelles',
    url: 'https://www.cnil.fr/fr/notifier-une-violation-de-donnees-personnelles',
  },
  {
    id: 'cnil-plainte',
    title: 'CNIL — Adresser une plainte à la CNIL',
    url: 'https://www.cnil.fr/fr/adresser-une-plainte',
  },
  {
    id: 'cert-fr',
    title: 'CERT-FR (ANSSI) — Signaler un incident',
    url: 'https://cert.ssi.gouv.fr/contact/',
  },
  {
    id: 'csirt-regionaux',
    title: 'ANSSI — CSIRT régionaux',
    url: 'https://www.cert.ssi.gouv.fr/csirt/csirt-regionaux/',
  },
  { id: '3018', title: 'e-Enfance — le 3018', url: 'https://www.e-enfance.org/numero-3018/' },
  { id: 'france-victimes', title: 'France Victimes — 116 006', url: 'https://www.france-victimes.fr' },
  {
    id: 'plainte-en-ligne',
    title:
      'Police nationale — Comment fonctionne la plainte en ligne (atteintes aux biens, auteur inconnu, octobre 2024)',
    url: 'https://www.police-nationale.interieur.gouv.fr/actualite/comment-fonctionne-plainte-en-ligne',
  },
  {
    id: 'plainte-en-ligne-faq',
    title: 'Ma Sécurité — Centre d’aide de la plainte en ligne : infractions concernées',
    url: 'https://plainte-en-ligne.masecurite.interieur.gouv.fr/faq',
  },
  {
    id: 'service-public-plainte',
    title: 'Service-public.fr — Porter plainte',
    url: 'https://www.service-public.fr/particuliers/vosdroits/F1435',
  },
  {
    id: 'cybermalveillance-label',
    title: 'Cybermalveillance.gouv.fr — label ExpertCyber et prestataires référencés',
    url: 'https://www.cybermalveillance.gouv.fr/tous-nos-contenus/actualites/label-expertcyber',
  },
  {
    id: 'anssi-rancongiciel',
    title: 'ANSSI — Attaques par rançongiciels, tous concernés',
    url: 'https://cyber.gouv.fr/publications/attaques-par-rancongiciels-tous-concernes',
  },
  {
    id: 'rgpd-33',
    title: 'RGPD, article 33 — notification à l’autorité de contrôle',
    url: 'https://www.cnil.fr/fr/reglement-europeen-protection-donnees/chapitre4#Article33',
  },
];
