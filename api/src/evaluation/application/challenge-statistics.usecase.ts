import type { MikroORM } from '@mikro-orm/postgresql';
import type { Clock } from '../../shared/domain/clock';
import { FRAMEWORK_RULES } from '../../shared/domain/framework-rules';
import type { Logger } from '../../shared/infrastructure/logger';
import type { JobQueue, QueueDefinition } from '../../shared/infrastructure/jobs/job-queue';
import type { LearningContent } from '../../learning-content';
import { challengeDifficulty } from '../domain/challenge-difficulty';
import type { ChallengeStatisticsRow, StatisticsPage } from '../infrastructure/challenge-statistics.repository';
import type { ChallengeStatisticsRepositories } from './challenge-statistics-dependencies';
import { challengeStatisticsRepositories } from './evaluation-repositories';

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
export function refreshChallengeStatistics(deps: ChallengeStatisticsDependencies, job: ChallengeStatisticsJobData = {}): Promise<RefreshOutcome> {
  // The job's entry (and the acceptance test's): its own entity manager, forked from the ORM.
  return refreshChallengeStatisticsOn(challengeStatisticsRepositories(deps.orm.em.fork()), deps, job);
}

export async function refreshChallengeStatisticsOn(
  repositories: ChallengeStatisticsRepositories,
  deps: Pick<ChallengeStatisticsDependencies, 'clock' | 'logger' | 'content'>,
  job: ChallengeStatisticsJobData = {},
): Promise<RefreshOutcome> {
  const started = performance.now();
  const content = deps.content();
  const outcome = await repositories.transaction(async (tx) => {
    await tx.lockRefresh();
    if (job.full) await tx.clearTallies();
    const now = deps.clock.now();
    const counted = await tx.countNewTests(now, { pixPerLevel: FRAMEWORK_RULES.pixPerLevel, maxLevel: FRAMEWORK_RULES.maxReachableLevel });
    const levelTallies = await tx.levelTallies();
    const times = await tx.timeTallies(counted.touched);
    const storedMedians = job.full ? new Map<string, number | null>() : await tx.storedMedians();
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
    await tx.writeStatistics(rows, { now, durationMs, tests: counted.tests, answers: counted.answers });
    return { tests: counted.tests, answers: counted.answers, challenges: rows.length, durationMs };
  });
  deps.logger.info({ ...outcome, full: job.full ?? false }, 'challenge statistics refreshed');
  return outcome;
}

/** Pix Admin's "Rafraîchir": enqueued, run by whichever process takes it. */
export async function requestChallengeStatisticsRefresh(repositories: Pick<ChallengeStatisticsRepositories, 'transaction'>, jobs: Pick<JobQueue, 'wake'>): Promise<void> {
  const data: ChallengeStatisticsJobData = {};
  await repositories.transaction((tx) => tx.enqueue(CHALLENGE_STATISTICS_QUEUE.name, data));
  jobs.wake(CHALLENGE_STATISTICS_QUEUE.name);
}

export function challengeStatisticsPage(
  repositories: Pick<ChallengeStatisticsRepositories, 'page'>,
  filter: { competenceId: string | null; flaggedOnly: boolean },
  window: { limit: number; offset: number },
): Promise<StatisticsPage> {
  return repositories.page(filter, window);
}
