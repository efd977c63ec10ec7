type DsfrGlobal = { mode?: string; production?: boolean; start?: () => void };

let started = false;

/**
 * Loads and starts the DSFR's script (mobile menu modal, disclosure widgets). Called once after
 * hydration and in "react" mode, so it never rewrites markup React owns. Pages work without it.
 */
export function startDsfr(): void {
  if (started) return;
  started = true;
  const host = window as unknown as { dsfr: DsfrGlobal };
  host.dsfr = { mode: 'react', production: import.meta.env.PROD };
  import('@gouvfr/dsfr/dist/dsfr.module.min.js')
    .then(() => host.dsfr.start?.())
    .catch((error: unknown) => console.error('The DSFR script failed to start', error));
}
