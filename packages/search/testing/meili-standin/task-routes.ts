import { MeiliError } from './errors.ts';
import type { Route } from './routing.ts';
import type { StandinState } from './state.ts';

/** The task routes: the task log, filtered and paged as Meilisearch does, and one task by uid. */
export function taskRoutes(state: StandinState): Route[] {
  return [
    {
      method: 'GET',
      pattern: /^\/tasks$/,
      queryParams: ['indexUids', 'types', 'statuses', 'uids', 'limit', 'from', 'reverse'],
      handle: (req) => {
        const list = (name: string) => req.query.get(name)?.split(',').filter(Boolean);
        const number = (name: string, fallback: number) => {
          const raw = req.query.get(name);
          if (raw === null) return fallback;
          if (!/^\d+$/.test(raw)) {
            throw new MeiliError(
              400,
              `invalid_task_${name}`,
              `Invalid value in parameter \`${name}\`: could not parse \`${raw}\` as a positive integer`,
            );
          }
          return Number(raw);
        };
        const [indexUids, types, statuses, uids] = ['indexUids', 'types', 'statuses', 'uids'].map(list);
        const limit = number('limit', 20);
        const from = number('from', state.tasks.length - 1);
        const reverse = req.query.get('reverse') === 'true';
        const selected = state.tasks.filter(
          (t) =>
            (!indexUids || (t.indexUid !== null && indexUids.includes(t.indexUid))) &&
            (!types || types.includes(t.type)) &&
            (!statuses || statuses.includes(t.status)) &&
            (!uids || uids.includes(String(t.uid))),
        );
        const ordered = reverse
          ? selected.filter((t) => t.uid >= from)
          : selected.filter((t) => t.uid <= from).reverse();
        const results = ordered.slice(0, limit);
        const next = ordered[limit]?.uid ?? null;
        return {
          status: 200,
          body: { results, total: selected.length, limit, from: results[0]?.uid ?? null, next },
        };
      },
    },
    {
      method: 'GET',
      pattern: /^\/tasks\/([^/]+)$/,
      handle: (req) => {
        const raw = req.params[0]!;
        if (!/^\d+$/.test(raw)) {
          throw new MeiliError(
            400,
            'invalid_task_uids',
            `Invalid value in parameter \`taskUid\`: could not parse \`${raw}\` as a positive integer`,
          );
        }
        const task = state.tasks[Number(raw)];
        if (!task) throw new MeiliError(404, 'task_not_found', `Task \`${raw}\` not found.`);
        return { status: 200, body: task };
      },
    },
  ];
}
