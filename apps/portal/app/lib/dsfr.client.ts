type DsfrProxy = { modal?: { disclose: () => void } };
type DsfrGlobal = ((element: Element) => DsfrProxy | undefined) & { start?: () => void };

let starting: Promise<DsfrGlobal> | undefined;

/**
 * Loads and starts the DSFR's script (modals, disclosure widgets), once, in "react" mode so it never
 * rewrites markup React owns. Its 30 kB gzipped are more than a page's own code, so no page loads it
 * up front: a page whose widgets need it calls this after hydration, and the header's menu button
 * calls it on first use (see `discloseModal`). Pages work without it.
 */
export function startDsfr(): Promise<DsfrGlobal> {
  starting ??= (async () => {
    const host = window as unknown as { dsfr: unknown };
    host.dsfr = { mode: 'react', production: import.meta.env.PROD };
    await import('@gouvfr/dsfr/dist/dsfr.module.min.js');
    const dsfr = host.dsfr as DsfrGlobal;
    dsfr.start?.();
    return dsfr;
  })();
  starting.catch((error: unknown) => console.error('The DSFR script failed to start', error));
  return starting;
}

/** True once the DSFR's script runs: from then on it handles the buttons that control its widgets. */
export function isDsfrStarted(): boolean {
  return starting !== undefined;
}

/**
 * Opens the DSFR modal `id` once its script has started, for `opener`, a button pressed before the
 * script ran. The script binds its widgets on its next frames, so this waits for the modal to be
 * bound; it gives focus back to the element focused last when the modal closes, and saw none yet.
 */
export async function discloseModal(id: string, opener: HTMLElement): Promise<void> {
  const dsfr = await startDsfr();
  const element = document.getElementById(id);
  if (!element) return;
  for (let frame = 0; frame < 120; frame++) {
    const modal = dsfr(element)?.modal;
    if (modal) {
      opener.blur();
      opener.focus();
      modal.disclose();
      return;
    }
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}
