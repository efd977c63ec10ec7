import type { LoaderFunctionArgs } from '@remix-run/node';
import { resolvePlaces } from '#app/components/providers/providers-api.server.ts';
import type { PlaceSuggestion } from '#app/components/providers/types.ts';
import { getApiUrl } from '#app/lib/context.server.ts';

/**
 * `GET /prestataires/lieux.json?q=lyo`: places for the search form's suggestions, proxied from
 * the API's `GET /v1/geo/resolve` so the browser only ever talks to the portal (CSP
 * `connect-src 'self'`). Each suggestion has the label to show and put in the field, and the
 * exact form to search (`insee:69123`), which tells apart communes of the same name.
 */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const q = new URL(request.url).searchParams.get('q') ?? '';
  const candidates = await resolvePlaces(getApiUrl(context), q, {
    limit: 8,
    forwardedFor: context.clientAddress,
  });
  const seen = new Set<string>();
  const suggestions: PlaceSuggestion[] = candidates
    .map((candidate) => ({ label: candidate.label, near: candidate.near }))
    // The label goes in the field and stands for its place: one suggestion per label.
    .filter((suggestion) => !seen.has(suggestion.label) && seen.add(suggestion.label));
  return Response.json(
    { suggestions },
    // Places do not move: let the browser reuse an answer while the visitor edits their text.
    { headers: { 'Cache-Control': 'public, max-age=300' } },
  );
}
