import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { ROLES } from '@vigie/db';
import type { AppEnv } from '../deps.ts';
import { problemResponses } from '../lib/schemas.ts';
import { rateLimit } from '../middleware/rate-limit.ts';
import { requireUser } from '../middleware/require-user.ts';
import { createSession, deleteSession } from '../services/auth/sessions.ts';

const UserSchema = z
  .object({
    id: z.string(),
    email: z.string(),
    displayName: z.string(),
    roles: z.array(z.enum(ROLES)),
    locale: z.enum(['fr', 'en']),
  })
  .openapi('User');

const LoginBody = z
  .object({
    email: z.email({ error: 'must be an email address' }).max(254),
    password: z.string().min(1, 'is required').max(256),
  })
  .openapi('LoginRequest');

const loginRoute = createRoute({
  method: 'post',
  path: '/auth/login',
  tags: ['Auth'],
  summary: 'Open a session with email and password',
  middleware: [rateLimit('login', { limit: 10, windowMs: 60_000 })] as const,
  request: { body: { required: true, content: { 'application/json': { schema: LoginBody } } } },
  responses: {
    200: {
      description: 'Session opened',
      content: {
        'application/json': {
          schema: z.object({ token: z.string(), expiresAt: z.string(), user: UserSchema }).openapi('Session'),
        },
      },
    },
    ...problemResponses(400, 401, 413, 415, 429),
  },
});

const meRoute = createRoute({
  method: 'get',
  path: '/me',
  tags: ['Auth'],
  summary: 'The signed-in user',
  security: [{ bearer: [] }],
  middleware: [requireUser] as const,
  responses: {
    200: {
      description: 'The user of this session',
      content: { 'application/json': { schema: z.object({ user: UserSchema }) } },
    },
    ...problemResponses(401),
  },
});

const logoutRoute = createRoute({
  method: 'post',
  path: '/auth/logout',
  tags: ['Auth'],
  summary: 'End the current session',
  security: [{ bearer: [] }],
  middleware: [requireUser] as const,
  responses: { 204: { description: 'Session ended' }, ...problemResponses(401) },
});

type UserRole = z.infer<typeof UserSchema>['roles'][number];

export const authRoutes = new OpenAPIHono<AppEnv>()
  .openapi(loginRoute, async (c) => {
    const body = c.req.valid('json');
    const session = await createSession(c.var.deps, { ...body, requestId: c.var.requestId });
    c.header('cache-control', 'no-store');
    return c.json({ ...session, user: { ...session.user, roles: session.user.roles as UserRole[] } }, 200);
  })
  .openapi(meRoute, (c) => {
    const user = c.var.user;
    c.header('cache-control', 'no-store');
    return c.json({ user: { ...user, roles: user.roles as UserRole[] } }, 200);
  })
  .openapi(logoutRoute, (c) => {
    deleteSession(c.var.deps, c.var.sessionTokenHash, { userId: c.var.user.id, requestId: c.var.requestId });
    return c.body(null, 204);
  });
