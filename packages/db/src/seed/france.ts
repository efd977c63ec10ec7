/**
 * Small geographic tables for the demo provider generator: départements (names, historic
 * provinces), régions, telephone zones and the demonyms of the larger cities. Demo data only.
 */

/** A place name with its article, as written after "de": `le Berry`, `la Sologne`, `l'Ain`, `Paris`. */
export type PlaceName = string;

type DepartementInfo = {
  /** The département's name with its article (`l'Ain`, `le Cher`, `les Landes`). */
  name: PlaceName;
  /** Historic provinces, pays or well-known areas it belongs to, with their article. */
  areas: readonly PlaceName[];
  /** Région code (INSEE). */
  region: string;
};

/** A département's name followed by its areas. */
export function departementAreas(code: string): readonly PlaceName[] {
  let areas = AREAS.get(code);
  if (!areas) {
    const info = DEPARTEMENTS[code];
    if (!info) throw new Error(`Unknown département ${code}`);
    areas = [info.name, ...info.areas];
    AREAS.set(code, areas);
  }
  return areas;
}
const AREAS = new Map<string, readonly PlaceName[]>();

/** Metropolitan France and the five overseas départements (the COMs are left out of the demo). */
export const DEPARTEMENTS: Readonly<Record<string, DepartementInfo>> = {
  '01': { name: "l'Ain", areas: ['la Bresse', 'le Bugey'], region: '84' },
  '02': { name: "l'Aisne", areas: ['la Picardie', 'le Vermandois'], region: '32' },
  '03': { name: "l'Allier", areas: ['le Bourbonnais'], region: '84' },
  '04': { name: 'les Alpes-de-Haute-Provence', areas: ['la Haute-Provence'], region: '93' },
  '05': { name: 'les Hautes-Alpes', areas: ['le Dauphiné', 'le Champsaur'], region: '93' },
  '06': { name: 'les Alpes-Maritimes', areas: ["la Côte d'Azur", 'le Pays niçois'], region: '93' },
  '07': { name: "l'Ardèche", areas: ['le Vivarais'], region: '84' },
  '08': { name: 'les Ardennes', areas: ['la Champagne'], region: '44' },
  '09': { name: "l'Ariège", areas: ['le Couserans', 'le Pays de Foix'], region: '76' },
  '10': { name: "l'Aube", areas: ['la Champagne'], region: '44' },
  '11': { name: "l'Aude", areas: ['le Languedoc', 'le Lauragais'], region: '76' },
  '12': { name: "l'Aveyron", areas: ['le Rouergue'], region: '76' },
  '13': { name: 'les Bouches-du-Rhône', areas: ['la Provence'], region: '93' },
  '14': { name: 'le Calvados', areas: ['la Normandie', "le Pays d'Auge", 'le Bessin'], region: '28' },
  '15': { name: 'le Cantal', areas: ["l'Auvergne", 'la Châtaigneraie'], region: '84' },
  '16': { name: 'la Charente', areas: ["l'Angoumois"], region: '75' },
  '17': { name: 'la Charente-Maritime', areas: ['la Saintonge', "l'Aunis"], region: '75' },
  '18': { name: 'le Cher', areas: ['le Berry'], region: '24' },
  '19': { name: 'la Corrèze', areas: ['le Limousin'], region: '75' },
  '2A': { name: 'la Corse-du-Sud', areas: ['la Corse'], region: '94' },
  '2B': { name: 'la Haute-Corse', areas: ['la Corse', 'la Balagne'], region: '94' },
  '21': { name: "la Côte-d'Or", areas: ['la Bourgogne'], region: '27' },
  '22': { name: "les Côtes-d'Armor", areas: ['la Bretagne', 'le Trégor'], region: '53' },
  '23': { name: 'la Creuse', areas: ['la Marche', 'le Limousin'], region: '75' },
  '24': { name: 'la Dordogne', areas: ['le Périgord'], region: '75' },
  '25': { name: 'le Doubs', areas: ['la Franche-Comté'], region: '27' },
  '26': { name: 'la Drôme', areas: ['le Dauphiné', 'le Diois'], region: '84' },
  '27': { name: "l'Eure", areas: ['la Normandie', 'le Vexin'], region: '28' },
  '28': { name: "l'Eure-et-Loir", areas: ['la Beauce', 'le Perche'], region: '24' },
  '29': { name: 'le Finistère', areas: ['la Bretagne', 'la Cornouaille', 'le Léon'], region: '53' },
  '30': { name: 'le Gard', areas: ['les Cévennes', 'le Languedoc'], region: '76' },
  '31': { name: 'la Haute-Garonne', areas: ['le Comminges', 'le Lauragais'], region: '76' },
  '32': { name: 'le Gers', areas: ['la Gascogne', "l'Armagnac"], region: '76' },
  '33': { name: 'la Gironde', areas: ['le Bordelais', 'le Médoc'], region: '75' },
  '34': { name: "l'Hérault", areas: ['le Languedoc'], region: '76' },
  '35': { name: "l'Ille-et-Vilaine", areas: ['la Bretagne'], region: '53' },
  '36': { name: "l'Indre", areas: ['le Berry'], region: '24' },
  '37': { name: "l'Indre-et-Loire", areas: ['la Touraine'], region: '24' },
  '38': { name: "l'Isère", areas: ['le Dauphiné', 'le Grésivaudan'], region: '84' },
  '39': { name: 'le Jura', areas: ['la Franche-Comté'], region: '27' },
  '40': { name: 'les Landes', areas: ['la Gascogne'], region: '75' },
  '41': { name: 'le Loir-et-Cher', areas: ['la Sologne', 'le Blésois'], region: '24' },
  '42': { name: 'la Loire', areas: ['le Forez'], region: '84' },
  '43': { name: 'la Haute-Loire', areas: ['le Velay'], region: '84' },
  '44': { name: 'la Loire-Atlantique', areas: ['le Pays nantais', 'la Brière'], region: '52' },
  '45': { name: 'le Loiret', areas: ["l'Orléanais", 'le Gâtinais'], region: '24' },
  '46': { name: 'le Lot', areas: ['le Quercy'], region: '76' },
  '47': { name: 'le Lot-et-Garonne', areas: ["l'Agenais"], region: '75' },
  '48': { name: 'la Lozère', areas: ['le Gévaudan'], region: '76' },
  '49': { name: 'le Maine-et-Loire', areas: ["l'Anjou"], region: '52' },
  '50': { name: 'la Manche', areas: ['le Cotentin', 'la Normandie'], region: '28' },
  '51': { name: 'la Marne', areas: ['la Champagne'], region: '44' },
  '52': { name: 'la Haute-Marne', areas: ['la Champagne', 'le Bassigny'], region: '44' },
  '53': { name: 'la Mayenne', areas: ['le Maine'], region: '52' },
  '54': { name: 'la Meurthe-et-Moselle', areas: ['la Lorraine'], region: '44' },
  '55': { name: 'la Meuse', areas: ['la Lorraine'], region: '44' },
  '56': { name: 'le Morbihan', areas: ['la Bretagne'], region: '53' },
  '57': { name: 'la Moselle', areas: ['la Lorraine'], region: '44' },
  '58': { name: 'la Nièvre', areas: ['le Nivernais', 'le Morvan'], region: '27' },
  '59': { name: 'le Nord', areas: ['la Flandre', 'le Hainaut'], region: '32' },
  '60': { name: "l'Oise", areas: ['la Picardie', 'le Valois'], region: '32' },
  '61': { name: "l'Orne", areas: ['le Perche', 'la Normandie'], region: '28' },
  '62': { name: 'le Pas-de-Calais', areas: ["l'Artois", "la Côte d'Opale"], region: '32' },
  '63': { name: 'le Puy-de-Dôme', areas: ["l'Auvergne", 'le Livradois'], region: '84' },
  '64': { name: 'les Pyrénées-Atlantiques', areas: ['le Béarn', 'le Pays basque'], region: '75' },
  '65': { name: 'les Hautes-Pyrénées', areas: ['la Bigorre'], region: '76' },
  '66': { name: 'les Pyrénées-Orientales', areas: ['le Roussillon'], region: '76' },
  '67': { name: 'le Bas-Rhin', areas: ["l'Alsace"], region: '44' },
  '68': { name: 'le Haut-Rhin', areas: ["l'Alsace"], region: '44' },
  '69': { name: 'le Rhône', areas: ['le Lyonnais', 'le Beaujolais'], region: '84' },
  '70': { name: 'la Haute-Saône', areas: ['la Franche-Comté'], region: '27' },
  '71': { name: 'la Saône-et-Loire', areas: ['la Bourgogne', 'le Charolais'], region: '27' },
  '72': { name: 'la Sarthe', areas: ['le Maine'], region: '52' },
  '73': { name: 'la Savoie', areas: ['la Savoie', 'la Maurienne'], region: '84' },
  '74': { name: 'la Haute-Savoie', areas: ['la Savoie', 'le Chablais', 'le Genevois'], region: '84' },
  '75': { name: 'Paris', areas: ["l'Île-de-France"], region: '11' },
  '76': { name: 'la Seine-Maritime', areas: ['la Normandie', 'le Pays de Caux'], region: '28' },
  '77': { name: 'la Seine-et-Marne', areas: ['la Brie'], region: '11' },
  '78': { name: 'les Yvelines', areas: ["l'Île-de-France"], region: '11' },
  '79': { name: 'les Deux-Sèvres', areas: ['le Poitou'], region: '75' },
  '80': { name: 'la Somme', areas: ['la Picardie'], region: '32' },
  '81': { name: 'le Tarn', areas: ["l'Albigeois"], region: '76' },
  '82': { name: 'le Tarn-et-Garonne', areas: ['le Quercy'], region: '76' },
  '83': { name: 'le Var', areas: ['la Provence'], region: '93' },
  '84': { name: 'le Vaucluse', areas: ['la Provence', 'le Comtat'], region: '93' },
  '85': { name: 'la Vendée', areas: ['la Vendée'], region: '52' },
  '86': { name: 'la Vienne', areas: ['le Poitou'], region: '75' },
  '87': { name: 'la Haute-Vienne', areas: ['le Limousin'], region: '75' },
  '88': { name: 'les Vosges', areas: ['la Lorraine'], region: '44' },
  '89': { name: "l'Yonne", areas: ['la Bourgogne', "l'Auxerrois"], region: '27' },
  '90': { name: 'le Territoire de Belfort', areas: ['la Franche-Comté'], region: '27' },
  '91': { name: "l'Essonne", areas: ['le Hurepoix'], region: '11' },
  '92': { name: 'les Hauts-de-Seine', areas: ["l'Île-de-France"], region: '11' },
  '93': { name: 'la Seine-Saint-Denis', areas: ["l'Île-de-France"], region: '11' },
  '94': { name: 'le Val-de-Marne', areas: ["l'Île-de-France"], region: '11' },
  '95': { name: "le Val-d'Oise", areas: ['le Vexin'], region: '11' },
  '971': { name: 'la Guadeloupe', areas: ['la Guadeloupe'], region: '01' },
  '972': { name: 'la Martinique', areas: ['la Martinique'], region: '02' },
  '973': { name: 'la Guyane', areas: ['la Guyane'], region: '03' },
  '974': { name: 'La Réunion', areas: ['La Réunion'], region: '04' },
  '976': { name: 'Mayotte', areas: ['Mayotte'], region: '06' },
};

/** The eighteen régions, by INSEE code. */
export const REGIONS: Readonly<Record<string, string>> = {
  '01': 'Guadeloupe',
  '02': 'Martinique',
  '03': 'Guyane',
  '04': 'La Réunion',
  '06': 'Mayotte',
  '11': 'Île-de-France',
  '24': 'Centre-Val de Loire',
  '27': 'Bourgogne-Franche-Comté',
  '28': 'Normandie',
  '32': 'Hauts-de-France',
  '44': 'Grand Est',
  '52': 'Pays de la Loire',
  '53': 'Bretagne',
  '75': 'Nouvelle-Aquitaine',
  '76': 'Occitanie',
  '84': 'Auvergne-Rhône-Alpes',
  '93': "Provence-Alpes-Côte d'Azur",
  '94': 'Corse',
};

export const OVERSEAS_DEPARTEMENTS: readonly string[] = ['971', '972', '973', '974', '976'];

/** Geographic telephone zone (the digit after the 0) of each metropolitan département. */
const PHONE_ZONES: Readonly<Record<string, string>> = (() => {
  const zones: Record<string, string> = {};
  const add = (zone: string, codes: string) => {
    for (const code of codes.split(' ')) zones[code] = zone;
  };
  add('1', '75 77 78 91 92 93 94 95');
  add('2', '14 18 22 27 28 29 35 36 37 41 44 45 49 50 53 56 61 72 76 85');
  add('3', '02 08 10 21 25 39 51 52 54 55 57 58 59 60 62 67 68 70 71 80 88 89 90');
  add('4', '01 03 04 05 06 07 11 13 15 26 30 34 38 42 43 48 63 66 69 73 74 83 84 2A 2B');
  add('5', '09 12 16 17 19 23 24 31 32 33 40 46 47 64 65 79 81 82 86 87');
  return zones;
})();

/**
 * The first six digits ("0Z AB CD") of a demo number. In metropolitan France these are the blocks
 * the numbering plan sets aside for works of fiction (never assigned to a subscriber), so a demo
 * directory cannot ring a real line; overseas, the territory's own prefix.
 */
export function phonePrefix(departement: string): string {
  switch (departement) {
    case '971':
      return '05 90';
    case '972':
      return '05 96';
    case '973':
      return '05 94';
    case '974':
      return '02 62';
    case '976':
      return '02 69';
  }
  const zone = PHONE_ZONES[departement];
  if (!zone) throw new Error(`No telephone zone for département ${departement}`);
  return FICTION_BLOCKS[zone]!;
}

const FICTION_BLOCKS: Readonly<Record<string, string>> = {
  '1': '01 99 00',
  '2': '02 61 91',
  '3': '03 53 01',
  '4': '04 65 71',
  '5': '05 36 49',
};

/** The telephone zone ("01".."05") a département's numbers start with. */
export function phoneZone(departement: string): string {
  return phonePrefix(departement).slice(0, 2);
}

/** Demonyms (masculine, feminine) of the larger cities, by INSEE code. */
export const DEMONYMS: Readonly<Record<string, readonly [string, string]>> = {
  '75056': ['Parisien', 'Parisienne'],
  '13055': ['Marseillais', 'Marseillaise'],
  '69123': ['Lyonnais', 'Lyonnaise'],
  '31555': ['Toulousain', 'Toulousaine'],
  '06088': ['Niçois', 'Niçoise'],
  '44109': ['Nantais', 'Nantaise'],
  '34172': ['Montpelliérain', 'Montpelliéraine'],
  '67482': ['Strasbourgeois', 'Strasbourgeoise'],
  '33063': ['Bordelais', 'Bordelaise'],
  '59350': ['Lillois', 'Lilloise'],
  '35238': ['Rennais', 'Rennaise'],
  '51454': ['Rémois', 'Rémoise'],
  '83137': ['Toulonnais', 'Toulonnaise'],
  '42218': ['Stéphanois', 'Stéphanoise'],
  '76351': ['Havrais', 'Havraise'],
  '38185': ['Grenoblois', 'Grenobloise'],
  '21231': ['Dijonnais', 'Dijonnaise'],
  '49007': ['Angevin', 'Angevine'],
  '30189': ['Nîmois', 'Nîmoise'],
  '63113': ['Clermontois', 'Clermontoise'],
  '72181': ['Manceau', 'Mancelle'],
  '13001': ['Aixois', 'Aixoise'],
  '29019': ['Brestois', 'Brestoise'],
  '37261': ['Tourangeau', 'Tourangelle'],
  '80021': ['Amiénois', 'Amiénoise'],
  '87085': ['Limougeaud', 'Limougeaude'],
  '74010': ['Annécien', 'Annécienne'],
  '66136': ['Perpignanais', 'Perpignanaise'],
  '57463': ['Messin', 'Messine'],
  '25056': ['Bisontin', 'Bisontine'],
  '45234': ['Orléanais', 'Orléanaise'],
  '76540': ['Rouennais', 'Rouennaise'],
  '14118': ['Caennais', 'Caennaise'],
  '54395': ['Nancéien', 'Nancéienne'],
  '68224': ['Mulhousien', 'Mulhousienne'],
  '84007': ['Avignonnais', 'Avignonnaise'],
  '86194': ['Poitevin', 'Poitevine'],
  '17300': ['Rochelais', 'Rochelaise'],
  '64445': ['Palois', 'Paloise'],
  '64102': ['Bayonnais', 'Bayonnaise'],
  '2A004': ['Ajaccien', 'Ajaccienne'],
  '2B033': ['Bastiais', 'Bastiaise'],
  '10387': ['Troyen', 'Troyenne'],
  '56121': ['Lorientais', 'Lorientaise'],
  '56260': ['Vannetais', 'Vannetaise'],
  '29232': ['Quimpérois', 'Quimpéroise'],
  '73065': ['Chambérien', 'Chambérienne'],
  '68066': ['Colmarien', 'Colmarienne'],
  '06029': ['Cannois', 'Cannoise'],
  '06004': ['Antibois', 'Antiboise'],
  '97411': ['Dionysien', 'Dionysienne'],
  '97209': ['Foyalais', 'Foyalaise'],
  '97302': ['Cayennais', 'Cayennaise'],
  '59512': ['Roubaisien', 'Roubaisienne'],
  '18033': ['Berruyer', 'Berruyère'],
  '41018': ['Blésois', 'Blésoise'],
  '28085': ['Chartrain', 'Chartraine'],
  '11069': ['Carcassonnais', 'Carcassonnaise'],
  '82121': ['Montalbanais', 'Montalbanaise'],
  '79191': ['Niortais', 'Niortaise'],
  '53130': ['Lavallois', 'Lavalloise'],
  '78646': ['Versaillais', 'Versaillaise'],
  '47001': ['Agenais', 'Agenaise'],
  '65440': ['Tarbais', 'Tarbaise'],
  '89024': ['Auxerrois', 'Auxerroise'],
  '05061': ['Gapençais', 'Gapençaise'],
  '90010': ['Belfortain', 'Belfortaine'],
  '26362': ['Valentinois', 'Valentinoise'],
};

const LOWER_ARTICLE = /^(le |la |les |l')/;

/** "le Berry" -> "Berry", "l'Ain" -> "Ain", "La Réunion" -> "La Réunion" (part of the name). */
export function withoutArticle(place: PlaceName): string {
  const bare = place.replace(LOWER_ARTICLE, '');
  return bare.charAt(0).toUpperCase() + bare.slice(1);
}

/**
 * The place after "de", with French contractions: "du Berry", "de la Sologne", "de l'Ain",
 * "des Landes", "d'Orléans", "du Mans" (city "Le Mans"), "de La Rochelle", "de Paris".
 */
export function ofPlace(place: PlaceName): string {
  if (place.startsWith('le ')) return `du ${place.slice(3)}`;
  if (place.startsWith('les ')) return `des ${place.slice(4)}`;
  if (place.startsWith('la ') || place.startsWith("l'")) return `de ${place}`;
  if (place.startsWith('Le ')) return `du ${place.slice(3)}`;
  if (place.startsWith('Les ')) return `des ${place.slice(4)}`;
  if (/^[AEIOUYÉÈÊÎÏÔÂ]/.test(place)) return `d'${place}`;
  return `de ${place}`;
}

/** "à Lyon", "au Mans", "aux Sables-d'Olonne", "à La Rochelle". */
export function atPlace(city: string): string {
  if (city.startsWith('Le ')) return `au ${city.slice(3)}`;
  if (city.startsWith('Les ')) return `aux ${city.slice(4)}`;
  return `à ${city}`;
}
