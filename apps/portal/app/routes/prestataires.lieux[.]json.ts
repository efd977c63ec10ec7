import type { LoaderFunctionArgs } from '@remix-run/node';
import { placeFieldValue, resolvePlaces } from '#app/components/providers/providers-api.server.ts';
import { getApiUrl } from '#app/lib/context.server.ts';

/**
 * `GET /prestataires/lieux.json?q=lyo`: places for the search form's suggestions, proxied from
 * the API's `GET /v1/geo/resolve` so the browser only ever talks to the portal (CSP
 * `connect-src 'self'`). Each suggestion has the text to put in the field and a label to show.
 */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const q = new URL(request.url).searchParams.get('q') ?? '';
  const candidates = await resolvePlaces(getApiUrl(context), q, {
    limit: 8,
    forwardedFor: context.clientAddress,
  });
  const seen = new Set<string>();
  const suggestions = candidates
    .map((candidate) => ({ value: placeFieldValue(candidate), label: candidate.label }))
    .filter((suggestion) => !seen.has(suggestion.value) && seen.add(suggestion.value));
  return Response.json(
    { suggestions },
    // Places do not move: let the browser reuse an answer while the visitor edits their text.
    { headers: { 'Cache-Control': 'public, max-age=300' } },
  );
}
