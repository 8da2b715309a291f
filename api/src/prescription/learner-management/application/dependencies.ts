import type { Clock } from '../../../shared/domain/clock';
import type { Locale } from '../../../shared/i18n/translate';
import type { Logger } from '../../../shared/infrastructure/logger';
import type { LearnerRepositories } from '../infrastructure/learner-repositories';

/**
 * The use cases' repositories: narrow functions, each with its entity manager already given (declared
 * with their factory, which may not import this layer).
 */
export type { LearnerRepositories };

/** What one SIECLE import's run needs, made by the queue's handler (`import-siecle-file.usecase.ts`). */
export interface SiecleImportJobDependencies {
  clock: Clock;
  logger: Logger;
  /** Repositories on an entity manager of their own: one per run. */
  repositories(): LearnerRepositories;
  /** Waits until no other live run works on the import, then holds it; the function releases it. */
  holdRun(importJobId: number): Promise<() => Promise<void>>;
}

/** What a SIECLE import's queued job carries (the file stays with the import). */
export interface SiecleImportJobData {
  importJobId: number;
  organizationId: number;
  organizationUai: string;
  locale: Locale;
}
