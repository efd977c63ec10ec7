import { randomUUID } from 'node:crypto';
import type { Gazetteer } from '@vigie/geo';
import { sql } from 'drizzle-orm';
import type { Db } from '../create-db.ts';
import { type NewProvider, providers, type Role, users } from '../schema/index.ts';
import { generateDemoProviders } from './providers.ts';

export type DemoAccount = { email: string; password: string; roles: Role[]; displayName: string };
export type DemoCredentials = { accounts: DemoAccount[]; providers: { total: number; labelled: number } };

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
 * Loads the demo data in one transaction; idempotent (existing demo accounts and providers are
 * kept as they are). `hashPassword` is injected so this package stays free of the API's security
 * choices; demo providers are generated only when a gazetteer is given. The caller indexes
 * `providerIds` for search.
 */
export function seedDemo(
  db: Db,
  options: { hashPassword: (plain: string) => string; gazetteer?: Gazetteer; providerCount?: number },
): DemoCredentials & { providerIds: number[] } {
  const demoProviders: NewProvider[] = options.gazetteer
    ? generateDemoProviders({
        gazetteer: options.gazetteer,
        count: options.providerCount,
        // Label dates are relative to the day of seeding, so demo labels are current; everything
        // else depends on the seed only.
        referenceDate: `${new Date().toISOString().slice(0, 10)}T00:00:00.000Z`,
      })
    : [];
  const providerIds: number[] = [];
  db.transaction((tx) => {
    for (const p of demoProviders) {
      const row = tx
        .insert(providers)
        .values(p)
        .onConflictDoNothing({ target: providers.slug })
        .returning({ id: providers.id })
        .get();
      if (row) providerIds.push(row.id);
    }
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
  return {
    accounts: DEMO_ACCOUNTS.map((a) => ({ ...a })),
    providers: {
      total: demoProviders.length,
      labelled: demoProviders.filter((p) => p.label === 'expertcyber').length,
    },
    providerIds,
  };
}
