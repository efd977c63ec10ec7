import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { resolveFromRoot } from '@vigie/config';
import { backupDb, createDb, type DbHandle, isEmpty, migrateDb, seedDemo } from '@vigie/db';
import { loadGazetteer } from '@vigie/geo';
import { buildDeps } from './build-deps.ts';
import { countProvidersByStatus, describeDemoProviders } from './demo-summary.ts';
import { loadApiEnv } from './env.ts';
import { hashPassword } from './lib/password.ts';
import { createMailWorker } from './services/mail/mail-worker.ts';
import { reindexAll } from './services/providers/sync-provider.ts';

const USAGE = `usage: cli <command>
  migrate              apply pending migrations
  seed [--if-empty]    load demo data (development only) and write data/demo-credentials.json;
                       ends with a line starting "Demo:" counting the providers not listed
  search:reindex       rebuild the provider search index(es) from the database
  mail:send            send the mail that is due now (SMTP_URL, or the local outbox), then delete
                       mail sent more than 30 days ago
  backup <file>        online backup of the live database to <file>`;

function hasProviders(db: DbHandle): boolean {
  return (db.sqlite.prepare('SELECT count(*) AS n FROM providers').get() as { n: number }).n > 0;
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const env = loadApiEnv();
  const dbPath = resolveFromRoot(env.DATABASE_PATH);
  switch (command) {
    case 'migrate': {
      const h = createDb(dbPath);
      migrateDb(h);
      h.close();
      console.log(`migrated ${dbPath}`);
      return 0;
    }
    case 'seed': {
      if (env.NODE_ENV === 'production') {
        console.error('refusing to load demo data with NODE_ENV=production');
        return 1;
      }
      const deps = buildDeps({ ...env, LOG_LEVEL: 'warn' });
      if (rest.includes('--if-empty') && !isEmpty(deps.db.db) && hasProviders(deps.db)) {
        console.log('database already has demo data; seed skipped');
        console.log(describeDemoProviders(countProvidersByStatus(deps.db)));
        deps.db.close();
        return 0;
      }
      const { providerIds: _ids, ...credentials } = seedDemo(deps.db.db, {
        hashPassword,
        gazetteer: loadGazetteer(),
      });
      const { indexed } = await reindexAll(deps);
      const counts = countProvidersByStatus(deps.db);
      deps.db.close();
      console.log(
        `${credentials.providers.total} demo providers (${credentials.providers.labelled} labelled ExpertCyber); ${indexed} in the search index`,
      );
      const out = resolveFromRoot('./data/demo-credentials.json');
      mkdirSync(path.dirname(out), { recursive: true });
      writeFileSync(out, `${JSON.stringify(credentials, null, 2)}\n`, { mode: 0o600 });
      console.log('Demo accounts (development only):');
      for (const a of credentials.accounts)
        console.log(`  ${a.roles.join(',').padEnd(16)} ${a.email} / ${a.password}`);
      console.log(`written to ${out}`);
      console.log(describeDemoProviders(counts));
      return 0;
    }
    case 'search:reindex': {
      const deps = buildDeps({ ...env, LOG_LEVEL: 'warn' });
      const started = performance.now();
      const { indexed } = await reindexAll(deps);
      deps.db.close();
      const engines = deps.search.external ? 'embedded and Meilisearch' : 'embedded';
      console.log(
        `reindexed ${indexed} providers (${engines}) in ${Math.round(performance.now() - started)} ms`,
      );
      return 0;
    }
    case 'mail:send': {
      const deps = buildDeps({ ...env, LOG_LEVEL: 'warn' });
      const worker = createMailWorker(deps);
      const total = { sent: 0, retried: 0, failed: 0, purged: 0 };
      for (;;) {
        const run = await worker.runOnce();
        for (const k of Object.keys(total) as (keyof typeof total)[]) total[k] += run[k];
        if (run.sent === 0 || run.retried + run.failed > 0) break;
      }
      deps.mail.close();
      deps.db.close();
      console.log(
        `mail (${deps.mail.mode}): ${total.sent} sent, ${total.retried} to retry later, ${total.failed} given up; ${total.purged} old messages deleted`,
      );
      return total.retried + total.failed > 0 ? 1 : 0;
    }
    case 'backup': {
      const target = rest[0];
      if (!target) {
        console.error(USAGE);
        return 2;
      }
      const destination = path.resolve(process.env.INIT_CWD ?? process.cwd(), target);
      const h = createDb(dbPath);
      const { pages } = await backupDb(h, destination);
      h.close();
      console.log(`backed up ${dbPath} to ${destination} (${pages} pages)`);
      return 0;
    }
    default:
      console.error(USAGE);
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
