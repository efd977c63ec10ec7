import type { Source } from '../../sources.ts';

/**
 * Sources the persons family relies on, besides the shared ones of sources.ts that it also follows:
 * `pharos`, `thesee`, `3018`, `france-victimes`, `service-public-plainte`, `service-public-urgences`,
 * `cnil-plainte`, `17cyber`.
 */
export const sources: Source[] = [
  {
    id: 'service-public-cyberharcelement',
    title: 'Service-public.fr — Cyberharcèlement (harcèlement sur internet)',
    url: 'https://www.service-public.fr/particuliers/vosdroits/F32239',
  },
  {
    id: 'cybermalveillance-cyberharcelement',
    title: 'Cybermalveillance.gouv.fr — Cyberharcèlement : que faire ?',
    url: 'https://www.cybermalveillance.gouv.fr/tous-nos-contenus/fiches-reflexes/cyberharcelement',
  },
  {
    id: 'cybermalveillance-sextorsion',
    title: 'Cybermalveillance.gouv.fr — Chantage à l’ordinateur ou à la webcam prétendus piratés, sextorsion',
    url: 'https://www.cybermalveillance.gouv.fr/tous-nos-contenus/fiches-reflexes/sextorsion',
  },
  {
    id: 'cnil-effacement',
    title: 'CNIL — Le droit à l’effacement et le déréférencement',
    url: 'https://www.cnil.fr/fr/le-droit-leffacement-supprimer-vos-donnees-en-ligne',
  },
  {
    id: 'code-penal',
    title:
      'Code pénal — articles 222-33-2-2 (cyberharcèlement), 223-1-1 (divulgation d’informations personnelles), 226-2-1 (images intimes), 226-4-1 (usurpation d’identité), 226-8-1 (hypertrucages sexuels)',
    url: 'https://www.legifrance.gouv.fr/codes/id/LEGITEXT000006070719',
  },
  {
    id: 'loi-1881',
    title:
      'Loi du 29 juillet 1881 sur la liberté de la presse — diffamation, injure, prescription (art. 65 et 65-3)',
    url: 'https://www.legifrance.gouv.fr/loda/id/JORFTEXT000000877119',
  },
  {
    id: 'lcen',
    title:
      'Loi pour la confiance dans l’économie numérique — responsabilité des hébergeurs, droit de réponse en ligne',
    url: 'https://www.legifrance.gouv.fr/loda/id/JORFTEXT000000801164',
  },
  {
    id: 'dsa',
    title: 'Règlement (UE) 2022/2065 sur les services numériques (DSA) — signalement des contenus illicites',
    url: 'https://eur-lex.europa.eu/eli/reg/2022/2065/oj',
  },
  {
    id: 'tco',
    title: 'Règlement (UE) 2021/784 — retrait des contenus terroristes en ligne dans l’heure',
    url: 'https://eur-lex.europa.eu/eli/reg/2021/784/oj',
  },
  { id: '3114', title: '3114 — numéro national de prévention du suicide', url: 'https://3114.fr' },
  {
    id: '3919',
    title: '3919 — Violences Femmes Info (arretonslesviolences.gouv.fr)',
    url: 'https://arretonslesviolences.gouv.fr',
  },
  { id: '119', title: '119 — Allô Enfance en danger', url: 'https://www.allo119.gouv.fr' },
  {
    id: 'jeprotegemonenfant',
    title: 'Je protège mon enfant — contrôle parental et exposition des mineurs à la pornographie',
    url: 'https://jeprotegemonenfant.gouv.fr',
  },
  {
    id: 'stopncii',
    title: 'StopNCII.org — bloquer la diffusion d’images intimes (adultes)',
    url: 'https://stopncii.org',
  },
  {
    id: 'take-it-down',
    title: 'Take It Down (NCMEC) — bloquer la diffusion d’images intimes de mineurs',
    url: 'https://takeitdown.ncmec.org',
  },
  {
    id: 'cipdr-radicalisation',
    title: 'CIPDR — prévention de la radicalisation, numéro vert 0 800 005 696',
    url: 'https://www.cipdr.gouv.fr',
  },
  {
    id: 'protection-fonctionnelle',
    title:
      'Code général de la fonction publique, articles L134-1 et suivants — protection fonctionnelle des agents publics',
    url: 'https://www.legifrance.gouv.fr/codes/id/LEGITEXT000044416551',
  },
  {
    id: 'cpp-article-40',
    title:
      'Code de procédure pénale, article 40 — signalement au procureur par les autorités et agents publics',
    url: 'https://www.legifrance.gouv.fr/codes/id/LEGITEXT000006071154',
  },
];
