import iconsArrowsStyles from '@gouvfr/dsfr/dist/utility/icons/icons-arrows/icons-arrows.min.css?url';
import iconsCommunicationStyles from '@gouvfr/dsfr/dist/utility/icons/icons-communication/icons-communication.min.css?url';
import iconsDeviceStyles from '@gouvfr/dsfr/dist/utility/icons/icons-device/icons-device.min.css?url';
import {
  type ActionFunctionArgs,
  data,
  type LinksFunction,
  type LoaderFunctionArgs,
  redirect,
} from '@remix-run/node';
import { type MetaFunction, useActionData, useLoaderData } from '@remix-run/react';
import { start } from '@vigie/diagnostic';
import diagnosticStyles from '#app/components/diagnostic/diagnostic.css?url';
import { EmergencyNotice } from '#app/components/diagnostic/emergency-notice.tsx';
import { InvalidJourney } from '#app/components/diagnostic/invalid-journey.tsx';
import { OutcomeReport } from '#app/components/diagnostic/outcome-report.tsx';
import { PublicChoice } from '#app/components/diagnostic/public-choice.tsx';
import { QuestionStep } from '#app/components/diagnostic/question-step.tsx';
import { useStepFocus } from '#app/components/diagnostic/step-focus.ts';
import type { FormProblem } from '#app/components/diagnostic/types.ts';
import { format, getMessages, isLang } from '#app/i18n/index.ts';
import { getRequestLanguage } from '#app/i18n/request-language.ts';
import { getApiUrl } from '#app/lib/context.server.ts';
import { applyAnswer, parseDiagnosticForm } from './diagnostic-form.server.ts';
import { loadOutcomeProviders } from './diagnostic-providers.server.ts';
import { decodeJourneyParam, diagnosticHref, JOURNEY_PARAM } from './diagnostic-state.server.ts';
import { buildDiagnosticView } from './diagnostic-view.server.ts';

/*
 * The diagnostic without JavaScript: every step is a page whose address holds the journey
 * (`?parcours=`, the serialised answers in base64url: option ids only, no personal data), every
 * answer a form posted to that address, answered by a 303 to the next step's address
 * (Post/Redirect/Get), so Back, Forward, reload and bookmarks all work.
 */

export const links: LinksFunction = () => [
  { rel: 'stylesheet', href: iconsArrowsStyles },
  { rel: 'stylesheet', href: iconsCommunicationStyles },
  { rel: 'stylesheet', href: iconsDeviceStyles },
  { rel: 'stylesheet', href: diagnosticStyles },
];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const decoded = decodeJourneyParam(url.searchParams.get(JOURNEY_PARAM));
  const view = buildDiagnosticView(decoded, getRequestLanguage(request));
  // An outcome offers providers near a place given on the page itself (`&near=`).
  const providers =
    view.kind === 'outcome'
      ? await loadOutcomeProviders(getApiUrl(context), view, url.searchParams, {
          requestId: request.headers.get('x-request-id') ?? undefined,
          forwardedFor: context.clientAddress,
        })
      : null;
  // A page that cannot be replayed still renders (message and a way out), with a status saying so.
  return data({ view, providers }, { status: view.kind === 'invalid' ? 400 : 200 });
}

type ActionData = { problem: FormProblem; selected: string[] };

export async function action({ request }: ActionFunctionArgs) {
  const parsed = parseDiagnosticForm(await request.formData());
  if (!parsed.ok) return data<ActionData>({ problem: parsed.problem, selected: [] }, { status: 400 });
  const { form } = parsed;
  if (form.intent === 'start') return redirect(diagnosticHref(start(form.public)), 303);

  const decoded = decodeJourneyParam(new URL(request.url).searchParams.get(JOURNEY_PARAM));
  // No journey to answer for: back to the start. A broken one: the loader explains it on this page.
  if (decoded.status === 'missing') return redirect('/diagnostic', 303);
  if (decoded.status === 'invalid') return data<ActionData | null>(null, { status: 400 });

  const applied = applyAnswer(decoded.journey, form.questionId, form.optionIds);
  if (applied.ok) return redirect(diagnosticHref(applied.journey), 303);
  // Posted twice, or from an old tab, after the outcome: show where the journey stands.
  if (applied.problem.field === 'journey') return redirect(diagnosticHref(decoded.journey), 303);
  return data<ActionData>(
    { problem: applied.problem, selected: form.optionIds },
    { status: applied.problem.code === 'stale' ? 409 : 400 },
  );
}

export const meta: MetaFunction<typeof loader> = ({ data: loaderData, matches }) => {
  const rootData = matches.find((match) => match.id === 'root')?.data as { lang?: unknown } | undefined;
  const m = getMessages(isLang(rootData?.lang) ? rootData.lang : 'fr');
  const d = m.diagnostic;
  const view = loaderData?.view;
  const parts: string[] = [];
  if (view?.kind === 'question') {
    parts.push(view.question.text, format(d.metaQuestion, { number: view.number }), d.metaTitle);
  } else if (view?.kind === 'outcome') {
    parts.push(view.threat.name, d.metaOutcome);
  } else if (view?.kind === 'invalid') {
    parts.push(d.invalidTitle);
  } else {
    parts.push(d.metaTitle);
  }
  parts.push(m.meta.siteName);
  return [{ title: parts.join(' — ') }, { name: 'description', content: d.lead }];
};

export default function DiagnosticPage() {
  const { view, providers } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const problem = actionData?.problem;
  useStepFocus(
    view.kind === 'question'
      ? `question:${view.selfHref}`
      : view.kind === 'outcome'
        ? `outcome:${view.selfHref}`
        : view.kind,
  );
  return (
    <>
      <EmergencyNotice />
      <div className="fr-container fr-pt-4w fr-pb-8w">
        <div className="fr-grid-row">
          <div className={`fr-col-12 ${view.kind === 'outcome' ? '' : 'fr-col-md-10 fr-col-lg-8'}`}>
            {view.kind === 'choose-public' ? (
              <PublicChoice
                publics={view.publics}
                problem={problem?.field === 'option' ? undefined : problem}
              />
            ) : view.kind === 'question' ? (
              <QuestionStep
                view={view}
                problem={problem && problem.field !== 'public' ? problem : undefined}
                selected={actionData?.selected}
              />
            ) : view.kind === 'outcome' ? (
              <OutcomeReport view={view} providers={providers} />
            ) : (
              <InvalidJourney view={view} />
            )}
          </div>
        </div>
      </div>
    </>
  );
}
