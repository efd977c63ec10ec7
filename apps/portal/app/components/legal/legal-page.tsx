import { type MetaFunction, useLocation } from '@remix-run/react';
import { getMessages, isLang } from '#app/i18n/index.ts';
import { useLang } from '#app/i18n/use-messages.ts';
import { LegalDocument, legalTexts } from './legal-document.tsx';

/*
 * The route module of the three legal pages behind the footer links. `vite.config.ts` registers
 * each address with this one module; the address says which text to show.
 */
const PAGES = {
  '/accessibilite': 'accessibility',
  '/mentions-legales': 'legalNotice',
  '/donnees-personnelles': 'privacy',
} as const;

const UPDATED_ON = '2026-12-03';

function pageOf(pathname: string) {
  return PAGES[pathname as keyof typeof PAGES] ?? 'legalNotice';
}

export const meta: MetaFunction = ({ matches, location }) => {
  const rootData = matches.find((match) => match.id === 'root')?.data as { lang?: unknown } | undefined;
  const lang = isLang(rootData?.lang) ? rootData.lang : 'fr';
  const m = getMessages(lang);
  const page = legalTexts[lang][pageOf(location.pathname)];
  return [
    { title: `${page.metaTitle} — ${m.meta.siteName}` },
    { name: 'description', content: page.metaDescription },
  ];
};

export default function LegalPage() {
  const { pathname } = useLocation();
  return <LegalDocument text={legalTexts[useLang()][pageOf(pathname)]} updatedOn={UPDATED_ON} />;
}
