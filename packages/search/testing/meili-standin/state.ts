import { MeiliError, type MeiliErrorBody } from './errors.ts';
import type { StoredDoc } from './search.ts';
import type { Settings } from './settings.ts';

export type StandinIndex = {
  uid: string;
  primaryKey: string | null;
  createdAt: string;
  updatedAt: string;
  settings: Settings;
  documents: Map<string, StoredDoc>;
};

export type TaskStatus = 'enqueued' | 'processing' | 'succeeded' | 'failed' | 'canceled';

export type StandinTask = {
  uid: number;
  batchUid: number | null;
  indexUid: string | null;
  status: TaskStatus;
  type: string;
  canceledBy: null;
  details: Record<string, unknown>;
  error: MeiliErrorBody | null;
  duration: string | null;
  enqueuedAt: string;
  startedAt: string | null;
  finishedAt: string | null;
};

type QueuedTask = { task: StandinTask; run: () => Record<string, unknown> | undefined };

/** What a test can inspect and steer: the data, the task log, the request log, and two knobs. */
export class StandinState {
  readonly indexes = new Map<string, StandinIndex>();
  readonly tasks: StandinTask[] = [];
  readonly requests: { method: string; path: string; query: string; body: unknown }[] = [];
  /**
   * While true, every request (`/health` included) is received, logged and never answered: a hung
   * server. Nothing it asked for is done. Requests received after it is cleared are answered.
   */
  unresponsive = false;
  private queue: QueuedTask[] = [];
  private paused = false;
  private processing = false;
  private nextSeq = 0;

  /** Stops processing tasks (they stay `enqueued`): a busy task queue. */
  pauseTasks() {
    this.paused = true;
  }

  resumeTasks() {
    this.paused = false;
    this.kick();
  }

  /** Resolves once every enqueued task has been processed. */
  async settled(): Promise<void> {
    while (this.queue.length > 0 || this.processing) await new Promise((r) => setTimeout(r, 2));
  }

  seq() {
    return this.nextSeq++;
  }

  enqueue(indexUid: string | null, type: string, details: Record<string, unknown>, run: QueuedTask['run']) {
    const task: StandinTask = {
      uid: this.tasks.length,
      batchUid: null,
      indexUid,
      status: 'enqueued',
      type,
      canceledBy: null,
      details,
      error: null,
      duration: null,
      enqueuedAt: new Date().toISOString(),
      startedAt: null,
      finishedAt: null,
    };
    this.tasks.push(task);
    this.queue.push({ task, run });
    this.kick();
    return { taskUid: task.uid, indexUid, status: task.status, type, enqueuedAt: task.enqueuedAt };
  }

  private kick() {
    if (this.processing || this.paused || this.queue.length === 0) return;
    this.processing = true;
    const next = this.queue.shift()!;
    const { task } = next;
    // Each task is seen `processing` for a moment, then finishes: never synchronously with its enqueueing.
    setTimeout(() => {
      task.status = 'processing';
      task.batchUid = task.uid;
      task.startedAt = new Date().toISOString();
      const started = performance.now();
      setTimeout(() => {
        try {
          const details = next.run();
          if (details) Object.assign(task.details, details);
          task.status = 'succeeded';
        } catch (e) {
          const error =
            e instanceof MeiliError
              ? e
              : new MeiliError(500, 'internal', `meili-standin: ${String(e)}`, 'internal');
          task.status = 'failed';
          task.error = error.toBody();
        }
        task.finishedAt = new Date().toISOString();
        task.duration = `PT${((performance.now() - started) / 1000).toFixed(6)}S`;
        this.processing = false;
        this.kick();
      }, 1);
    }, 1);
  }
}
