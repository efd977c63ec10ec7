import { useMessages } from '#app/i18n/use-messages.ts';

/** The DSFR badge marking a provider labelled ExpertCyber. */
export function ExpertCyberBadge({ small = false }: { small?: boolean }) {
  const m = useMessages();
  return (
    <p className={`fr-badge fr-badge--green-emeraude vigie-expertcyber-badge${small ? ' fr-badge--sm' : ''}`}>
      {m.providers.expertCyber}
    </p>
  );
}
