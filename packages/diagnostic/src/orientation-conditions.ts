import type { AnyCatalogue, Flag, OrientationRef } from './types.ts';

/**
 * The orientations of an outcome that the facts of a journey allow: a reference's `when` and
 * `unless`, then each orientation's `withheld` rule (THESEE needs FranceConnect, which a minor
 * cannot use, so a minor is sent to a complaint with a parent instead). Publics are filtered before.
 */
export function applyFlagConditions(
  catalogue: AnyCatalogue,
  refs: readonly OrientationRef[],
  flags: ReadonlySet<Flag>,
): OrientationRef[] {
  const has = (list: readonly Flag[] | undefined) => !!list?.some((f) => flags.has(f));
  const kept: OrientationRef[] = [];
  for (const ref of refs) {
    if (has(ref.unless) || (ref.when && !has(ref.when))) continue;
    const withheld = catalogue.orientations.find((o) => o.id === ref.id)?.withheld;
    if (withheld && has(withheld.flags)) {
      const instead = withheld.instead;
      if (instead && !refs.some((r) => r.id === instead) && !kept.some((r) => r.id === instead))
        kept.push({ id: instead });
      continue;
    }
    kept.push(ref);
  }
  return kept;
}
