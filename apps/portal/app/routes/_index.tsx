import pictogramDiagnostic from '@gouvfr/dsfr/dist/artwork/pictograms/digital/search.svg?url';
import pictogramReport from '@gouvfr/dsfr/dist/artwork/pictograms/document/document-signature.svg?url';
import pictogramAgent from '@gouvfr/dsfr/dist/artwork/pictograms/institutions/police.svg?url';
import pictogramProvider from '@gouvfr/dsfr/dist/artwork/pictograms/map/location-france.svg?url';
import pictogramAdvice from '@gouvfr/dsfr/dist/artwork/pictograms/system/information.svg?url';
import type { LoaderFunctionArgs } from '@remix-run/node';
import { Link, type MetaFunction, useLoaderData } from '@remix-run/react';
import { ApiHealthPanel } from '#app/components/api-health-panel.tsx';
import { Pictogram } from '#app/components/pictogram.tsx';
import { getMessages, isLang } from '#app/i18n/index.ts';
import { useMessages } from '#app/i18n/use-messages.ts';
import { getApiHealth } from '#app/lib/api.server.ts';
import { getApiUrl } from '#app/lib/context.server.ts';

export async function loader({ context }: LoaderFunctionArgs) {
  return { apiHealth: await getApiHealth(getApiUrl(context)) };
}

export const meta: MetaFunction = ({ matches }) => {
  const rootData = matches.find((match) => match.id === 'root')?.data as { lang?: unknown } | undefined;
  const m = getMessages(isLang(rootData?.lang) ? rootData.lang : 'fr');
  return [{ title: m.meta.homeTitle }, { name: 'description', content: m.meta.description }];
};

export default function Home() {
  const { apiHealth } = useLoaderData<typeof loader>();
  const m = useMessages();
  const steps = [
    {
      title: m.home.stepDiagnosticTitle,
      text: m.home.stepDiagnosticText,
      to: '/diagnostic',
      picto: pictogramDiagnostic,
    },
    { title: m.home.stepAdviceTitle, text: m.home.stepAdviceText, to: '/diagnostic', picto: pictogramAdvice },
    { title: m.home.stepReportTitle, text: m.home.stepReportText, to: '/diagnostic', picto: pictogramReport },
    { title: m.home.stepAgentTitle, text: m.home.stepAgentText, to: '/diagnostic', picto: pictogramAgent },
    {
      title: m.home.stepProviderTitle,
      text: m.home.stepProviderText,
      to: '/prestataires',
      picto: pictogramProvider,
    },
  ];
  return (
    <>
      <div className="vigie-hero">
        <div className="fr-container fr-py-8w">
          <div className="fr-grid-row fr-grid-row--gutters fr-grid-row--middle">
            <div className="fr-col-12 fr-col-lg-7">
              <h1>{m.home.heroTitle}</h1>
              <p className="fr-text--lead">{m.home.heroLead}</p>
              <ul className="fr-btns-group fr-btns-group--inline-md fr-btns-group--icon-left">
                <li>
                  <Link className="fr-btn fr-icon-search-line" to="/diagnostic">
                    {m.home.startDiagnostic}
                  </Link>
                </li>
                <li>
                  <Link className="fr-btn fr-btn--secondary fr-icon-map-pin-2-line" to="/prestataires">
                    {m.home.findProvider}
                  </Link>
                </li>
              </ul>
            </div>
            <div className="fr-col-12 fr-col-lg-5">
              <div className="fr-callout fr-icon-alarm-warning-line">
                <h2 className="fr-callout__title">{m.home.urgentTitle}</h2>
                <p className="fr-callout__text">{m.home.urgentText}</p>
              </div>
            </div>
          </div>
        </div>
      </div>

      <div className="fr-container fr-py-8w">
        <h2>{m.home.stepsTitle}</h2>
        <ul className="fr-grid-row fr-grid-row--gutters fr-raw-list">
          {steps.map((step, index) => (
            // Five tiles: three on the first row, two wider ones on the second, no hole.
            <li
              className={`fr-col-12 fr-col-md-6 ${index < 3 ? 'fr-col-lg-4' : 'fr-col-lg-6'}`}
              key={step.title}
            >
              <div className="fr-tile fr-enlarge-link">
                <div className="fr-tile__body">
                  <div className="fr-tile__content">
                    <h3 className="fr-tile__title">
                      <Link to={step.to}>{step.title}</Link>
                    </h3>
                    <p className="fr-tile__desc">{step.text}</p>
                  </div>
                </div>
                <div className="fr-tile__header">
                  <div className="fr-tile__pictogram">
                    <Pictogram src={step.picto} />
                  </div>
                </div>
              </div>
            </li>
          ))}
        </ul>

        <div className="fr-grid-row fr-grid-row--gutters fr-mt-6w">
          <div className="fr-col-12 fr-col-md-7">
            <h2>{m.home.audiencesTitle}</h2>
            <p>{m.home.audiencesText}</p>
          </div>
          <div className="fr-col-12 fr-col-md-5">
            <ApiHealthPanel result={apiHealth} />
          </div>
        </div>
      </div>
    </>
  );
}
