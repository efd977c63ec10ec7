import type { Source } from '../../sources.ts';

/**
 * Sources of the systems family, beyond the shared ones it also follows (see sources.ts):
 * `thesee` (hacked mailbox or social account used to ask for money, online
 * blackmail, ransomware), `anssi-rancongiciel`, `cnil-violation`, `rgpd-33`, `cert-fr`,
 * `csirt-regionaux`, `perceval`, `service-public-plainte`, `pharos`, `3018`, `france-victimes`.
 */
export const systemsSources: Source[] = [
  {
    id: 'cmv-piratage-compte',
    title: 'Cybermalveillance.gouv.fr — Piratage de compte, que faire ?',
    url: 'https://www.cybermalveillance.gouv.fr/tous-nos-contenus/fiches-reflexes/1064',
  },
  {
    id: 'cmv-rancongiciel',
    title: 'Cybermalveillance.gouv.fr — Rançongiciels (ransomwares), que faire ?',
    url: 'https://www.cybermalveillance.gouv.fr/tous-nos-contenus/fiches-reflexes/rancongiciels-ransomwares',
  },
  {
    id: 'cmv-faux-ordre-virement',
    title: 'Cybermalveillance.gouv.fr — Fraude au président / faux ordre de virement (FOVI)',
    url: 'https://www.cybermalveillance.gouv.fr/tous-nos-contenus/fiches-reflexes/escroquerie-faux-ordres-virement-fovi',
  },
  {
    id: 'cmv-defiguration',
    title: 'Cybermalveillance.gouv.fr — Défiguration de site internet',
    url: 'https://www.cybermalveillance.gouv.fr/tous-nos-contenus/fiches-reflexes/defiguration-de-site-internet',
  },
  {
    id: 'cmv-ddos',
    title: 'Cybermalveillance.gouv.fr — Attaque en déni de service (DDoS)',
    url: 'https://www.cybermalveillance.gouv.fr/tous-nos-contenus/fiches-reflexes/attaque-en-deni-de-service-ddos',
  },
  {
    id: 'cmv-violation-donnees',
    title:
      'Cybermalveillance.gouv.fr — Comment réagir en cas de fuite ou violation de données personnelles ?',
    url: 'https://www.cybermalveillance.gouv.fr/tous-nos-contenus/fiches-reflexes/que-faire-en-cas-de-fuite-de-donnees-personnelles',
  },
  {
    id: 'cmv-faux-support',
    title: 'Cybermalveillance.gouv.fr — Arnaques au faux support technique',
    url: 'https://www.cybermalveillance.gouv.fr/tous-nos-contenus/fiches-reflexes/arnaques-au-faux-support-technique',
  },
  {
    id: 'rgpd-34',
    title: 'RGPD, article 34 — communication à la personne concernée d’une violation de données',
    url: 'https://www.cnil.fr/fr/reglement-europeen-protection-donnees/chapitre4#Article34',
  },
  {
    id: 'code-assurances-l12-10-1',
    title:
      'Code des assurances, article L12-10-1 (loi LOPMI) — plainte sous 72 heures pour l’indemnisation d’une cyberattaque',
    url: 'https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006073984',
  },
  {
    id: 'no-more-ransom',
    title: 'No More Ransom — outils de déchiffrement gratuits (Europol et partenaires)',
    url: 'https://www.nomoreransom.org/fr/index.html',
  },
  {
    id: 'anssi-crise-cyber',
    title: 'ANSSI — Crise d’origine cyber, les clés d’une gestion opérationnelle et stratégique',
    url: 'https://cyber.gouv.fr/publications/crise-dorigine-cyber-les-cles-dune-gestion-operationnelle-et-strategique',
  },
  {
    id: 'afnic-syreli',
    title: 'Afnic — lancement de SYRELI, procédure de résolution des litiges pour les noms en .fr',
    url: 'https://www.afnic.fr/fr/l-afnic-en-bref/actualites/actualites-generales/5260/show/l-afnic-lance-syreli-le-nouveau-systeme-de-resolution-de-litiges-2.html',
  },
  {
    id: 'wipo-udrp',
    title: 'OMPI — Procédure UDRP de règlement des litiges relatifs aux noms de domaine',
    url: 'https://www.wipo.int/amc/fr/domains/',
  },
  {
    id: 'violences-femmes-info-3919',
    title: '3919 — Violences Femmes Info (arretonslesviolences.gouv.fr)',
    url: 'https://arretonslesviolences.gouv.fr',
  },
  {
    id: 'arcep-jalerte',
    title: 'Arcep — J’alerte l’Arcep : signaler une usurpation de numéro ou un problème avec son opérateur',
    url: 'https://jalerte.arcep.fr',
  },
];
