/**
 * A provider's timeline (sign-up, charter, label, last update), consistent with its status and all
 * before the demo's "now", so that the data never shows a label granted in the future.
 */
import type { ProviderStatus } from '../schema/providers.ts';
import type { Rng } from './random.ts';

const DAY_MS = 86_400_000;

export type Dates = {
  createdAt: string;
  updatedAt: string;
  charterAcceptedAt: string | null;
  labelGrantedAt: string | null;
  labelExpiresAt: string | null;
};

/** createdAt <= charterAcceptedAt <= labelGrantedAt <= updatedAt <= reference date. */
export function chooseDates(rng: Rng, reference: number, status: ProviderStatus, labelled: boolean): Dates {
  const daysBefore = (min: number, max: number) =>
    reference - rng.int(min, max) * DAY_MS - rng.int(0, 86_399) * 1000;
  let created: number;
  let charter: number | null = null;
  let granted: number | null = null;
  if (status === 'pending') {
    created = daysBefore(1, 90);
  } else if (labelled) {
    granted = daysBefore(7, 729);
    created = granted - rng.int(30, 900) * DAY_MS - rng.int(0, 86_399) * 1000;
  } else if (status === 'suspended') {
    created = daysBefore(200, 1460);
  } else {
    created = daysBefore(20, 1460);
  }
  if (status !== 'pending') charter = created + rng.int(0, 14 * 86_400) * 1000;
  const latest = Math.max(created, charter ?? 0, granted ?? 0);
  const updated = latest + Math.floor(rng.next() * (reference - latest) * (status === 'suspended' ? 1 : 0.5));
  return {
    createdAt: iso(created),
    updatedAt: iso(Math.max(updated, latest)),
    charterAcceptedAt: charter === null ? null : iso(charter),
    labelGrantedAt: granted === null ? null : iso(granted),
    labelExpiresAt: granted === null ? null : iso(addYears(granted, 2)),
  };
}

/**
 * `new Date(ms).toISOString()` to the second, without a Date object and from shared pieces (five
 * dates per provider: this is hot, and each date is then a single two-piece string).
 */
function iso(ms: number): string {
  const seconds = Math.floor(ms / 1000);
  const days = Math.floor(seconds / 86_400);
  const inDay = seconds - days * 86_400;
  let day = DAY_PREFIXES.get(days);
  if (day === undefined) {
    day = `${new Date(days * DAY_MS).toISOString().slice(0, 10)}T`;
    DAY_PREFIXES.set(days, day);
  }
  let time = TIMES[inDay];
  if (time === undefined) {
    time = `${pad2(Math.floor(inDay / 3600))}:${pad2(Math.floor(inDay / 60) % 60)}:${pad2(inDay % 60)}.000Z`;
    TIMES[inDay] = time;
  }
  return day + time;
}
const DAY_PREFIXES = new Map<number, string>();
const TIMES: (string | undefined)[] = new Array(86_400);

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function addYears(ms: number, years: number): number {
  const date = new Date(ms);
  date.setUTCFullYear(date.getUTCFullYear() + years);
  return date.getTime();
}
