import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Db } from '../create-db.ts';
import { type Role, users } from '../schema/index.ts';

export type DemoAccount = { email: string; password: string; roles: Role[]; displayName: string };
export type DemoCredentials = { accounts: DemoAccount[] };

/** Demo accounts: development only. Passwords are public by design and printed by `pnpm db:seed`. */
const DEMO_ACCOUNTS: DemoAccount[] = [
  { email: 'admin@vigie.test', password: 'vigie-admin-demo', roles: ['admin'], displayName: 'Alice Admin' },
  {
    email: 'agent@vigie.test',
    password: 'vigie-agent-demo',
    roles: ['agent'],
    displayName: 'Brigadier Bruno',
  },
  {
    email: 'prestataire@vigie.test',
    password: 'vigie-provider-demo',
    roles: ['provider-member'],
    displayName: 'Camille Prestataire',
  },
  {
    email: 'partenaire@banque-demo.test',
    password: 'vigie-partner-demo',
    roles: ['partner-member'],
    displayName: 'Dominique Partenaire',
  },
  {
    email: 'partenaire@ville-demo.test',
    password: 'vigie-partner2-demo',
    roles: ['partner-member'],
    displayName: 'Emma Collectivité',
  },
];

/** True when the database holds no user yet (a fresh install). */
export function isEmpty(db: Db): boolean {
  const row = db.get<{ n: number }>(sql`select count(*) as n from users`);
  return (row?.n ?? 0) === 0;
}

/**
 * Loads the demo data in one transaction; idempotent (existing demo accounts are kept as they are).
 * `hashPassword` is injected so this package stays free of the API's security choices.
 */
export function seedDemo(db: Db, options: { hashPassword: (plain: string) => string }): DemoCredentials {
  db.transaction((tx) => {
    for (const account of DEMO_ACCOUNTS) {
      tx.insert(users)
        .values({
          id: randomUUID(),
          email: account.email,
          passwordHash: options.hashPassword(account.password),
          displayName: account.displayName,
          roles: account.roles,
        })
        .onConflictDoNothing({ target: users.email })
        .run();
    }
  });
  return { accounts: DEMO_ACCOUNTS.map((a) => ({ ...a })) };
}
