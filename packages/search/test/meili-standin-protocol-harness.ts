/**
 * Shared by the stand-in's HTTP protocol tests (`meili-standin-protocol*.test.ts`): the servers they
 * run against (the stand-in, and with MEILI_HOST set that Meilisearch too), a small JSON client and
 * an expectation on Meilisearch's error objects.
 */
import { randomBytes } from 'node:crypto';
import { expect } from 'vitest';
import type { MeiliStandin } from '../testing/meili-standin/server.ts';

export type Target = {
  name: string;
  kind: 'stand-in' | 'real';
  url: string;
  key?: string;
  standin?: MeiliStandin;
};
const REAL_HOST = process.env.MEILI_HOST;
export const MASTER_KEY = 'protocol-master-key';

const runId = `${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
let uidCounter = 0;
export const freshUid = () => `standin_protocol_${runId}_${uidCounter++}`;

// biome-ignore lint/suspicious/noExplicitAny: JSON answers of many shapes, only read by expectations.
export type Answer = { status: number; body: any };

export function client(target: Target) {
  const call = async (
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<Answer> => {
    const init: RequestInit = { method, headers: { ...headers } };
    if (target.key && !('authorization' in headers)) {
      (init.headers as Record<string, string>).authorization = `Bearer ${target.key}`;
    }
    if (body !== undefined) {
      (init.headers as Record<string, string>)['content-type'] ??= 'application/json';
      init.body = typeof body === 'string' ? body : JSON.stringify(body);
    }
    const res = await fetch(`${target.url}${path}`, init);
    const text = await res.text();
    return { status: res.status, body: text === '' ? undefined : JSON.parse(text) };
  };
  // biome-ignore lint/suspicious/noExplicitAny: a task object, only read by expectations.
  const task = async (answer: Answer): Promise<any> => {
    expect(answer.status, JSON.stringify(answer.body)).toBe(202);
    for (;;) {
      const { body } = await call('GET', `/tasks/${answer.body.taskUid}`);
      if (body.status !== 'enqueued' && body.status !== 'processing') return body;
      await new Promise((r) => setTimeout(r, 5));
    }
  };
  /** A fresh index with settings and documents, all tasks awaited. */
  const index = async (settings: Record<string, unknown>, docs: Record<string, unknown>[]) => {
    const uid = freshUid();
    expect((await task(await call('POST', '/indexes', { uid, primaryKey: 'id' }))).status).toBe('succeeded');
    expect((await task(await call('PATCH', `/indexes/${uid}/settings`, settings))).status).toBe('succeeded');
    if (docs.length > 0)
      expect((await task(await call('POST', `/indexes/${uid}/documents`, docs))).status).toBe('succeeded');
    created.push(uid);
    return uid;
  };
  const created: string[] = [];
  const cleanup = async () => {
    for (const uid of created) await call('DELETE', `/indexes/${uid}`);
  };
  return { call, task, index, cleanup };
}

export const expectError = (answer: Answer, status: number, code: string, type = 'invalid_request') => {
  expect(answer.status, JSON.stringify(answer.body)).toBe(status);
  expect(answer.body).toEqual({
    message: expect.any(String),
    code,
    type,
    link: `https://docs.meilisearch.com/errors#${code}`,
  });
};

export const targets: Target[] = [{ name: 'stand-in', kind: 'stand-in', url: '', key: MASTER_KEY }];
if (REAL_HOST) {
  targets.push({
    name: `Meilisearch at ${REAL_HOST}`,
    kind: 'real',
    url: REAL_HOST,
    key: process.env.MEILI_API_KEY,
  });
}
