import type { LevelTally, TimeTally } from '../domain/challenge-difficulty';
import type { ChallengeStatisticsRow, CountedTests, StatisticsPage } from '../infrastructure/challenge-statistics.repository';

/**
 * The repositories of the measured difficulties (the refresh, its request, the page), made per request
 * or per job run (`challengeStatisticsRepositories`) from an entity manager: the use cases read and
 * write through them, never through the ORM. `transaction` runs its work on repositories bound to one
 * transaction (the refresh under its lock; the job's row of a refresh asked for).
 */
export interface ChallengeStatisticsRepositories {
  /** Refreshes never run together: the second waits (in its transaction). */
  lockRefresh(): Promise<void>;
  /** Forgets the tallies (a full recount). */
  clearTallies(): Promise<void>;
  countNewTests(now: Date, levels: { pixPerLevel: number; maxLevel: number }): Promise<CountedTests>;
  levelTallies(): Promise<Map<string, LevelTally[]>>;
  timeTallies(challengeIds: readonly string[]): Promise<Map<string, TimeTally[]>>;
  storedMedians(): Promise<Map<string, number | null>>;
  /** Rewrites the page's rows, and the refresh's record. */
  writeStatistics(rows: readonly ChallengeStatisticsRow[], refresh: { now: Date; durationMs: number; tests: number; answers: number }): Promise<void>;
  /** One statement: the page, the count and the last refresh. */
  page(filter: { competenceId: string | null; flaggedOnly: boolean }, window: { limit: number; offset: number }): Promise<StatisticsPage>;
  /** A job, in these repositories' transaction (only when made with the job queue). */
  enqueue(queueName: string, data: object): Promise<string>;
  transaction<T>(work: (repositories: ChallengeStatisticsRepositories) => Promise<T>): Promise<T>;
}
