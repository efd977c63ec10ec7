import pictogramHarassment from '@gouvfr/dsfr/dist/artwork/pictograms/digital/mail-send.svg?url';
import pictogramAdvisor from '@gouvfr/dsfr/dist/artwork/pictograms/digital/smartphone.svg?url';
import pictogramCard from '@gouvfr/dsfr/dist/artwork/pictograms/institutions/money.svg?url';
import pictogramAccount from '@gouvfr/dsfr/dist/artwork/pictograms/system/padlock.svg?url';
import pictogramRansomware from '@gouvfr/dsfr/dist/artwork/pictograms/system/technical-error.svg?url';
import iconsCommunicationStyles from '@gouvfr/dsfr/dist/utility/icons/icons-communication/icons-communication.min.css?url';
import iconsDeviceStyles from '@gouvfr/dsfr/dist/utility/icons/icons-device/icons-device.min.css?url';
import type { LinksFunction } from '@remix-run/node';
import { Link, type MetaFunction, useLoaderData } from '@remix-run/react';
import { EmergencyCalls, EmergencyNotice } from '#app/components/diagnostic/emergency-notice.tsx';
import { type CommonSituation, commonSituationLinks } from '#app/components/home/common-situations.server.ts';
import { Pictogram } from '#app/components/pictogram.tsx';
import { getMessages, isLang, type Messages } from '#app/i18n/index.ts';
import { useMessages } from '#app/i18n/use-messages.ts';

export const links: LinksFunction = () => [
  { rel: 'stylesheet', href: iconsCommunicationStyles },
  { rel: 'stylesheet', href: iconsDeviceStyles },
];

/** The shortcuts are computed from the catalogue on the server, so they follow its changes. */
export async function loader() {
  return { situationLinks: commonSituationLinks() };
}

export const meta: MetaFunction = ({ matches }) => {
  const rootData = matches.find((match) => match.id === 'root')?.data as { lang?: unknown } | undefined;
  const m = getMessages(isLang(rootData?.lang) ? rootData.lang : 'fr');
  return [{ title: m.meta.homeTitle }, { name: 'description', content: m.meta.description }];
};

type Home = Messages['home'];

const situations: { id: CommonSituation; title: keyof Home; text: keyof Home; picto: string }[] = [
  { id: 'hacked-account', title: 'hackedAccountTitle', text: 'hackedAccountText', picto: pictogramAccount },
  { id: 'card-fraud', title: 'cardFraudTitle', text: 'cardFraudText', picto: pictogramCard },
  { id: 'ransomware', title: 'ransomwareTitle', text: 'ransomwareText', picto: pictogramRansomware },
  { id: 'harassment', title: 'harassmentTitle', text: 'harassmentText', picto: pictogramHarassment },
  {
    id: 'fake-bank-advisor',
    title: 'fakeBankAdvisorTitle',
    text: 'fakeBankAdvisorText',
    picto: pictogramAdvisor,
  },
];

export default function HomePage() {
  const { situationLinks } = useLoaderData<typeof loader>();
  const m = useMessages().home;
  return (
    <>
      <EmergencyNotice />
      <div className="vigie-hero">
        <div className="fr-container fr-py-6w">
          <div className="fr-grid-row fr-grid-row--gutters fr-grid-row--middle">
            <div className="fr-col-12 fr-col-lg-7">
              <h1>{m.heroTitle}</h1>
              <p className="fr-text--lead">{m.heroLead}</p>
              <ul className="fr-btns-group fr-btns-group--inline-md fr-btns-group--lg fr-btns-group--icon-left">
                <li>
                  <Link className="fr-btn fr-icon-search-line" to="/diagnostic">
                    {m.startDiagnostic}
                  </Link>
                </li>
                <li>
                  <Link className="fr-btn fr-btn--secondary fr-icon-map-pin-2-line" to="/prestataires">
                    {m.findProvider}
                  </Link>
                </li>
              </ul>
            </div>
            <div className="fr-col-12 fr-col-lg-5">
              <div className="fr-callout fr-icon-alarm-warning-line vigie-emergency">
                <h2 className="fr-callout__title fr-h5">{m.urgentTitle}</h2>
                <p className="fr-callout__text fr-text--md">{m.urgentText}</p>
                <EmergencyCalls className="fr-btns-group--inline fr-btns-group--sm" />
              </div>
            </div>
          </div>
        </div>
      </div>

      <div className="fr-container fr-py-6w">
        <section aria-labelledby="situations-title">
          <h2 id="situations-title">{m.situationsTitle}</h2>
          <p>{m.situationsLead}</p>
          <ul className="fr-grid-row fr-grid-row--gutters fr-raw-list">
            {situations.map((situation, index) => (
              // Five tiles: three on the first row, two wider ones on the second, no hole.
              <li
                className={`fr-col-12 fr-col-md-6 ${index < 3 ? 'fr-col-lg-4' : 'fr-col-lg-6'}`}
                key={situation.id}
              >
                <div className="fr-tile fr-tile--sm fr-tile--horizontal fr-enlarge-link">
                  <div className="fr-tile__body">
                    <div className="fr-tile__content">
                      <h3 className="fr-tile__title">
                        <Link to={situationLinks[situation.id]}>{m[situation.title]}</Link>
                      </h3>
                      <p className="fr-tile__desc">{m[situation.text]}</p>
                    </div>
                  </div>
                  <div className="fr-tile__header">
                    <div className="fr-tile__pictogram">
                      <Pictogram src={situation.picto} />
                    </div>
                  </div>
                </div>
              </li>
            ))}
          </ul>
          <p className="fr-text--sm fr-mt-3w">{m.situationsNote}</p>
        </section>

        <section aria-labelledby="about-title" className="fr-mt-6w">
          <h2 id="about-title">{m.aboutTitle}</h2>
          <p>{m.aboutText}</p>
        </section>
      </div>
    </>
  );
}
