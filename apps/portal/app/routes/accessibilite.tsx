import type { MetaFunction } from '@remix-run/react';
import { LegalDocument } from '#app/components/legal/legal-document.tsx';
import { getMessages, isLang } from '#app/i18n/index.ts';
import { useMessages } from '#app/i18n/use-messages.ts';

export const meta: MetaFunction = ({ matches }) => {
  const rootData = matches.find((match) => match.id === 'root')?.data as { lang?: unknown } | undefined;
  const m = getMessages(isLang(rootData?.lang) ? rootData.lang : 'fr');
  const page = m.legal.accessibility;
  return [
    { title: `${page.metaTitle} — ${m.meta.siteName}` },
    { name: 'description', content: page.metaDescription },
  ];
};

export default function AccessibilityStatementPage() {
  return <LegalDocument text={useMessages().legal.accessibility} updatedOn="2026-12-03" />;
}
