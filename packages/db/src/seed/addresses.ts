/** Invented street addresses: common French street names, so that no line points at a real business. */
import type { Rng } from './random.ts';

const STREETS = [
  'rue de la République',
  'avenue Jean Jaurès',
  'rue Victor Hugo',
  'boulevard Gambetta',
  'rue Pasteur',
  'rue de la Gare',
  'rue du Général de Gaulle',
  'avenue de la Libération',
  'rue Jules Ferry',
  'rue de Verdun',
  'place de la Mairie',
  'rue Nationale',
  'rue du Commerce',
  'avenue Foch',
  'rue Émile Zola',
  'rue Carnot',
  'rue des Écoles',
  'rue de l’Église',
  'rue du Moulin',
  'chemin des Vignes',
  'route de la Forêt',
  'rue Anatole France',
  'boulevard Voltaire',
  'rue Jean Moulin',
  'avenue du Maréchal Leclerc',
  'rue de la Paix',
  'rue du Stade',
  'impasse des Artisans',
  'rue des Tilleuls',
  'allée des Peupliers',
  'rue Marie Curie',
  'avenue de l’Europe',
  'rue Lamartine',
  'quai de la Marine',
  'rue Saint-Martin',
  'rue du Château',
  'cours Mirabeau',
  'rue Georges Clemenceau',
  'rue Pierre et Marie Curie',
  'avenue des Champs',
];

const BUSINESS_PARKS = [
  'ZA des Landes',
  'Parc d’activités du Moulin',
  'ZAC de la Gare',
  'Technopôle',
  'Espace Entreprises',
  'Pépinière d’entreprises',
  'ZI Nord',
  'Parc tertiaire des Portes',
];

/** A street line: "12 rue Victor Hugo", "4 bis avenue Foch", "ZA des Landes, 3 impasse des Artisans". */
export function inventAddress(rng: Rng): string {
  const number = 1 + Math.floor(rng.next() ** 2 * 160);
  const suffix = rng.chance(0.05) ? ' bis' : '';
  const line = `${number}${suffix} ${rng.pick(STREETS)}`;
  return rng.chance(0.12) ? `${rng.pick(BUSINESS_PARKS)}, ${line}` : line;
}
