import { type ActionFunctionArgs, type LoaderFunctionArgs, redirect } from '@remix-run/node';
import { defaultLang, isLang, type Lang } from '#app/i18n/index.ts';
import { serializeLangCookie } from '#app/i18n/request-language.ts';
import { safeRedirect } from '#app/lib/safe-redirect.ts';

/**
 * Language switch, usable without JavaScript: `POST /lang` with `lang` and `redirectTo` (the
 * header form), or a plain link `GET /lang?lang=en&redirectTo=/…`. Sets the cookie, goes back.
 */
export async function action({ request }: ActionFunctionArgs) {
  const form = await request.formData();
  return switchLanguage(request, form.get('lang'), form.get('redirectTo'));
}

export async function loader({ request }: LoaderFunctionArgs) {
  const params = new URL(request.url).searchParams;
  return switchLanguage(request, params.get('lang'), params.get('redirectTo'));
}

function switchLanguage(request: Request, lang: unknown, redirectTo: unknown) {
  const chosen: Lang = isLang(lang) ? lang : defaultLang;
  const secure = new URL(request.url).protocol === 'https:';
  return redirect(safeRedirect(redirectTo), {
    headers: { 'Set-Cookie': serializeLangCookie(chosen, { secure }) },
  });
}
