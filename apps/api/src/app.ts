import { OpenAPIHono } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import type { AppDeps, AppEnv } from './deps.ts';
import { createAllowedMethodsLookup } from './lib/method-not-allowed.ts';
import { clientErrorProblem, DomainError, problemResponse, SEND_JSON } from './lib/problem.ts';
import { toFieldProblems } from './lib/zod-problems.ts';
import { requestContext } from './middleware/request-context.ts';
import { securityHeaders } from './middleware/security-headers.ts';
import { authRoutes } from './routes/auth.ts';
import { devMailRoutes } from './routes/dev-mail.ts';
import { diagnosticRoutes } from './routes/diagnostic.ts';
import { docsRoutes } from './routes/docs.ts';
import { geoRoutes } from './routes/geo.ts';
import { healthRoutes } from './routes/health.ts';
import { providerRoutes } from './routes/providers.ts';
import { widgetRoutes } from './routes/widget.ts';

export type { AppDeps } from './deps.ts';

const JSON_MEDIA_TYPE = /^application\/([\w.-]+\+)?json\s*(;|$)/i;

/** Builds the whole API over `deps`. Never listens: `server.ts` does, tests call `.request()`. */
export function createApp(deps: AppDeps) {
  const app = new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => {
      if (!result.success) {
        // Without a Content-Type and without a body, the JSON validator sees `{}`: say what to send
        // rather than listing every field as missing.
        if (result.target === 'json' && !JSON_MEDIA_TYPE.test(c.req.header('content-type') ?? '')) {
          return problemResponse(c, 'unsupported_media_type', SEND_JSON);
        }
        return problemResponse(c, 'validation_failed', 'Some fields are missing or invalid.', {
          errors: toFieldProblems(result.error, result.target === 'json' ? undefined : result.target),
        });
      }
    },
  });

  app.use('*', requestContext(deps));
  app.use('*', securityHeaders);
  const limitBody = bodyLimit({
    maxSize: deps.config.bodyLimitBytes,
    onError: (c) =>
      problemResponse(
        c,
        'payload_too_large',
        `The request body exceeds ${deps.config.bodyLimitBytes} bytes.`,
      ),
  });
  // Only requests that may carry a body: wrapping every GET cost most of a simple request's time.
  app.use('*', (c, next) =>
    c.req.method === 'GET' || c.req.method === 'HEAD' ? next() : limitBody(c, next),
  );

  const routes = app
    .route('/', healthRoutes)
    .route('/v1', authRoutes)
    .route('/v1', diagnosticRoutes)
    .route('/v1', providerRoutes)
    .route('/v1', geoRoutes)
    .route('/v1', devMailRoutes)
    .route('/', docsRoutes)
    .route('/widget/v1', widgetRoutes({ distDir: deps.widgetDistDir }));

  app.doc31('/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'Vigie API',
      version: '1.0.0',
      description:
        'Assistance platform for victims of cybercrime: diagnostic, provider directory, widget and partner services. Errors are application/problem+json (RFC 9457).',
    },
    servers: [{ url: deps.config.publicApiUrl }],
  });
  app.openAPIRegistry.registerComponent('securitySchemes', 'bearer', {
    type: 'http',
    scheme: 'bearer',
    description: 'Session token from POST /v1/auth/login',
  });

  const allowedMethods = createAllowedMethodsLookup(app.routes);
  app.notFound((c) => {
    const allow = allowedMethods(c.req.path);
    if (allow.length > 0) {
      return problemResponse(c, 'method_not_allowed', `${c.req.method} is not allowed on ${c.req.path}.`, {
        headers: { allow: allow.join(', ') },
      });
    }
    // One rule for every route: no trailing slash. A 404 rather than a redirect, so a POST body is
    // never replayed elsewhere and no path can be bent into an off-site Location; the detail says where to go.
    const path = c.req.path;
    const withoutSlash = path.length > 1 && path.endsWith('/') ? path.replace(/\/+$/, '') : undefined;
    if (withoutSlash && allowedMethods(withoutSlash).length > 0) {
      return problemResponse(
        c,
        'not_found',
        `No resource at ${path}: paths take no trailing slash (${withoutSlash}).`,
      );
    }
    return problemResponse(c, 'not_found', `No resource at ${path}.`);
  });

  app.onError((error, c) => {
    if (error instanceof DomainError) {
      return problemResponse(c, error.code, error.message, { errors: error.errors, headers: error.headers });
    }
    // Hono and its validators throw HTTPException for the caller's mistakes (malformed JSON, a body
    // over the limit, a Content-Type other than JSON): answered and logged as such, without a stack.
    if (error instanceof HTTPException && error.status < 500) {
      const { code, detail } = clientErrorProblem(error);
      c.var.logger?.info({ status: error.status, code, reason: error.message }, 'client error');
      return problemResponse(c, code, detail);
    }
    c.var.logger?.error({ err: error }, 'unhandled error');
    return problemResponse(
      c,
      'internal',
      'An unexpected error occurred. Quote the request id if you contact us.',
    );
  });

  return routes;
}

export type AppType = ReturnType<typeof createApp>;
