/** Which communes each postcode serves: the lookup the portal's postcode search relies on. */
import { entryOf } from './map-entry.ts';
import type { CodePostal } from './source-codes-postaux.ts';
import type { CommuneRegistry } from './work-communes.ts';

export type PostcodeIndex = {
  /** Postcode -> codes of the communes it serves. */
  postcodeMap: Map<string, Set<string>>;
  /** The postcodes decoupage-administratif knows, before codes-postaux adds its own. */
  postcodesFromDecoupage: Set<string>;
};

/** decoupage-administratif's postcodes, completed by codes-postaux, and the postcode -> communes map. */
export function assignPostcodes(
  registry: CommuneRegistry,
  codesPostaux: readonly CodePostal[],
): PostcodeIndex {
  const { communes, addAlias, resolveCode } = registry;
  const postcodesFromDecoupage = new Set<string>();
  for (const c of communes.values()) for (const p of c.postcodes) postcodesFromDecoupage.add(p);
  // codes-postaux comes from a DGFiP file no longer updated since 2023, with odd pairs (Lecci, in
  // 20137, also listed in Ajaccio's 20000): it only adds postcodes that decoupage-administratif lacks.
  for (const entry of codesPostaux) {
    const resolved = resolveCode(entry.codeCommune);
    if (!resolved) continue;
    if (resolved.former) addAlias(resolved.code, entry.nomCommune);
    if (postcodesFromDecoupage.has(entry.codePostal)) continue;
    communes.get(resolved.code)!.postcodes.add(entry.codePostal);
  }
  const postcodeMap = new Map<string, Set<string>>();
  for (const c of communes.values()) {
    for (const p of c.postcodes) {
      entryOf(postcodeMap, p, () => new Set<string>()).add(c.code);
    }
  }
  // In Paris, Lyon and Marseille a postcode belongs to an arrondissement: drop the whole city there.
  for (const set of postcodeMap.values()) {
    for (const code of set) {
      const parent = communes.get(code)!.parent;
      if (parent) set.delete(parent);
    }
  }
  return { postcodeMap, postcodesFromDecoupage };
}
