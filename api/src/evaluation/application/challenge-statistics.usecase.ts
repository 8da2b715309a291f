import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Clock } from '../../shared/domain/clock';
import { FRAMEWORK_RULES } from '../../shared/domain/framework-rules';
import type { Logger } from '../../shared/infrastructure/logger';
import type { JobQueue, QueueDefinition } from '../../shared/infrastructure/jobs/job-queue';
import type { LearningContent } from '../../learning-content';
import { challengeDifficulty } from '../domain/challenge-difficulty';
import {
  clearTallies,
  countNewTests,
  lockRefresh,
  readLevelTallies,
  readStatisticsPage,
  readStoredMedians,
  readTimeTallies,
  writeStatistics,
  type ChallengeStatisticsRow,
  type StatisticsPage,
} from '../infrastructure/challenge-statistics.repository';

export type { ChallengeStatisticsRow, StatisticsPage } from '../infrastructure/challenge-statistics.repository';

/**
 * Each challenge's measured difficulty (docs/domain.md "Measured difficulty"): a background refresh
 * through the job queue (every 15 minutes by default, CHALLENGE_STATISTICS_CRON, and on demand from Pix Admin), the page reading its result.
 */
export const CHALLENGE_STATISTICS_QUEUE: QueueDefinition = { name: 'challenge-statistics', retryLimit: 2, retryDelaySeconds: 30, retryBackoff: false, expireInSeconds: 600 };

export interface ChallengeStatisticsJobData {
  /** Forget the tallies and count every test again (after a change of the rule). */
  full?: boolean;
}

export interface ChallengeStatisticsDependencies {
  orm: MikroORM;
  clock: Clock;
  logger: Logger;
  content: () => LearningContent;
}

export interface RefreshOutcome {
  tests: number;
  answers: number;
  challenges: number;
  durationMs: number;
}

/**
 * One refresh, in one transaction under the refresh lock: counts the completed tests not counted yet
 * (all of them after `full`), then rewrites each challenge's row by the pure rule, with the content's
 * declared level of today. Two refreshes at once: the second waits and counts nothing twice.
 */
export async function refreshChallengeStatistics(deps: ChallengeStatisticsDependencies, job: ChallengeStatisticsJobData = {}): Promise<RefreshOutcome> {
  const started = performance.now();
  const content = deps.content();
  const outcome = await deps.orm.em.fork().transactional(async (em) => {
    await lockRefresh(em);
    if (job.full) await clearTallies(em);
    const now = deps.clock.now();
    const counted = await countNewTests(em, now, { pixPerLevel: FRAMEWORK_RULES.pixPerLevel, maxLevel: FRAMEWORK_RULES.maxReachableLevel });
    const levelTallies = await readLevelTallies(em);
    const times = await readTimeTallies(em, counted.touched);
    const storedMedians = job.full ? new Map<string, number | null>() : await readStoredMedians(em);
    const touched = new Set(counted.touched);
    const rows: ChallengeStatisticsRow[] = [];
    for (const [challengeId, tallies] of levelTallies) {
      const challenge = content.challenge(challengeId);
      const skill = challenge ? content.skill(challenge.skillId) : undefined;
      if (!challenge || !skill) continue;
      const difficulty = challengeDifficulty(skill.level, tallies, times.get(challengeId) ?? []);
      const medianTimeSeconds = touched.has(challengeId) ? difficulty.medianTimeSeconds : (storedMedians.get(challengeId) ?? null);
      rows.push({
        challengeId,
        competenceId: skill.competenceId,
        skillId: skill.id,
        declaredLevel: skill.level,
        answers: difficulty.answers,
        successes: difficulty.successes,
        skips: difficulty.skips,
        medianTimeSeconds,
        byLevel: difficulty.byLevel.map(({ level, answers, successes, skips }) => ({ level, answers, successes, skips })),
        flags: difficulty.flags,
        sortRank: difficulty.sortRank,
      });
    }
    const durationMs = performance.now() - started;
    await writeStatistics(em, rows, { now, durationMs, tests: counted.tests, answers: counted.answers });
    return { tests: counted.tests, answers: counted.answers, challenges: rows.length, durationMs };
  });
  deps.logger.info({ ...outcome, full: job.full ?? false }, 'challenge statistics refreshed');
  return outcome;
}

/** Pix Admin's "Rafraîchir": enqueued, run by whichever process takes it. */
export async function requestChallengeStatisticsRefresh(em: EntityManager, jobs: JobQueue): Promise<void> {
  await em.transactional((tem) => jobs.send<ChallengeStatisticsJobData>(CHALLENGE_STATISTICS_QUEUE.name, {}, tem));
  jobs.wake(CHALLENGE_STATISTICS_QUEUE.name);
}

export function challengeStatisticsPage(
  em: EntityManager,
  filter: { competenceId: string | null; flaggedOnly: boolean },
  window: { limit: number; offset: number },
): Promise<StatisticsPage> {
  return readStatisticsPage(em, filter, window);
}
