import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { findRepoRoot } from '@vigie/config';
import { getFreePort } from './free-port.ts';

export type RunningApi = { url: string; stop: () => Promise<void>; output: () => string };

/**
 * Starts the real API the way an operator does (`pnpm --filter @vigie/api start`: migrate, then
 * listen) on a free port with a fresh database file, and resolves once `/health` answers 200.
 * With `seed`, the database first gets the demo data (`cli.ts seed`: accounts and providers).
 */
export async function startRealApi(options: { seed?: boolean } = {}): Promise<RunningApi> {
  const port = await getFreePort();
  const dataDir = mkdtempSync(path.join(tmpdir(), 'vigie-portal-e2e-'));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    API_PORT: String(port),
    API_HOST: '127.0.0.1',
    DATABASE_PATH: path.join(dataDir, 'vigie.db'),
    LOG_LEVEL: 'warn',
    NODE_ENV: 'test',
  };
  if (options.seed) {
    try {
      await seedDemoData(env);
    } catch (error) {
      rmSync(dataDir, { recursive: true, force: true });
      throw error;
    }
  }
  const child = spawn('pnpm', ['--filter', '@vigie/api', 'start'], {
    cwd: findRepoRoot(),
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    // Own process group, so stopping it also stops the shell and tsx processes pnpm starts.
    detached: true,
  });
  let out = '';
  child.stdout?.on('data', (chunk) => {
    out += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    out += chunk;
  });

  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    await killGroup(child);
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    await waitForHealth(url, child, () => out);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, stop, output: () => out };
}

/** Loads the demo data into `env.DATABASE_PATH` the way a developer does, and waits for it to finish. */
async function seedDemoData(env: NodeJS.ProcessEnv): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const child = spawn('pnpm', ['--filter', '@vigie/api', 'exec', 'tsx', 'src/cli.ts', 'seed'], {
      cwd: findRepoRoot(),
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout?.on('data', (chunk) => {
      out += chunk;
    });
    child.stderr?.on('data', (chunk) => {
      out += chunk;
    });
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`Seeding the demo data failed (exit ${code}):\n${out}`)),
    );
  });
}

async function waitForHealth(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The API exited with code ${child.exitCode}:\n${output()}`);
    try {
      const response = await fetch(`${url}/health`, { signal: AbortSignal.timeout(1_000) });
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The API did not answer ${url}/health within 50 s:\n${output()}`);
}

/** SIGTERM to the whole group, then SIGKILL to whatever is still alive after 5 s. */
async function killGroup(child: ChildProcess): Promise<void> {
  const pid = child.pid;
  if (pid === undefined) return;
  signalGroup(pid, 'SIGTERM');
  const deadline = Date.now() + 5_000;
  while (groupAlive(pid) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
  if (groupAlive(pid)) signalGroup(pid, 'SIGKILL');
  child.stdout?.destroy();
  child.stderr?.destroy();
}

function groupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

function signalGroup(pid: number, signal: NodeJS.Signals) {
  try {
    process.kill(-pid, signal);
  } catch {
    // Already gone.
  }
}
