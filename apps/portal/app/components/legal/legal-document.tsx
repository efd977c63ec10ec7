import { Link } from '@remix-run/react';
import type { ReactNode } from 'react';
import { getOperatorFacts } from '#app/components/layout/operator.ts';
import { format } from '#app/i18n/index.ts';
import { legalEn } from '#app/i18n/legal-en.ts';
import { legalFr } from '#app/i18n/legal-fr.ts';
import { useLang } from '#app/i18n/use-messages.ts';

/** The legal texts by language: only these pages carry them, not the dictionary every page loads. */
export const legalTexts = { fr: legalFr, en: legalEn };

/** One of the legal pages (legal notice, accessibility statement, personal data). */
export type LegalDocumentText = (typeof legalFr)['legalNotice'];

const LINK = /\[([^\]]+)\]\(([^)\s]+)\)/g;

/** A block's text with `[text](address)` turned into links: internal ones client-side, others plain. */
function renderInline(text: string): ReactNode[] {
  const nodes: ReactNode[] = [];
  let last = 0;
  for (const match of text.matchAll(LINK)) {
    const [whole, label = '', href = ''] = match;
    if (match.index > last) nodes.push(text.slice(last, match.index));
    nodes.push(
      href.startsWith('/') ? (
        <Link key={match.index} to={href}>
          {label}
        </Link>
      ) : (
        <a key={match.index} href={href} rel="noopener external">
          {label}
        </a>
      ),
    );
    last = match.index + whole.length;
  }
  if (last < text.length) nodes.push(text.slice(last));
  return nodes;
}

/** A paragraph opens a sentence, so a placeholder at its start ("le ministère…") takes a capital. */
const capitalise = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1);

/** Consecutive "- " blocks become one list; the others are paragraphs. */
function groupBlocks(blocks: string[]): ({ list: string[] } | { paragraph: string })[] {
  const groups: ({ list: string[] } | { paragraph: string })[] = [];
  for (const block of blocks) {
    const previous = groups.at(-1);
    if (!block.startsWith('- ')) groups.push({ paragraph: block });
    else if (previous && 'list' in previous) previous.list.push(block.slice(2));
    else groups.push({ list: [block.slice(2)] });
  }
  return groups;
}

/** A legal page: title, lead, one level-2 heading per section, and the date of the text (YYYY-MM-DD). */
export function LegalDocument({ text, updatedOn }: { text: LegalDocumentText; updatedOn: string }) {
  const lang = useLang();
  const facts = getOperatorFacts(lang);
  const fill = (template: string) => format(template, facts);
  const updated = new Date(`${updatedOn}T00:00:00Z`).toLocaleDateString(lang === 'fr' ? 'fr-FR' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  return (
    <div className="fr-container fr-py-6w">
      <div className="fr-grid-row">
        <div className="fr-col-12 fr-col-md-10 fr-col-lg-8">
          <h1>{text.title}</h1>
          <p className="fr-text--lead">{renderInline(capitalise(fill(text.lead)))}</p>
          {text.sections.map((section) => (
            <section key={section.title} className="fr-mt-5w">
              <h2 className="fr-h4">{section.title}</h2>
              {groupBlocks(section.blocks).map((group, index) =>
                'list' in group ? (
                  <ul key={index}>
                    {group.list.map((item) => (
                      <li key={item}>{renderInline(fill(item))}</li>
                    ))}
                  </ul>
                ) : (
                  <p key={index}>{renderInline(capitalise(fill(group.paragraph)))}</p>
                ),
              )}
            </section>
          ))}
          <p className="fr-text--sm fr-mt-6w fr-mb-0">
            <time dateTime={updatedOn}>{format(legalTexts[lang].updated, { date: updated })}</time>
          </p>
        </div>
      </div>
    </div>
  );
}
