import type { MikroORM } from '@mikro-orm/postgresql';
import type { Config } from '../config';
import type { IamDependencies } from '../identity-access-management';
import type { LearningContentCache } from '../learning-content';
import type { JobQueue } from '../shared/infrastructure/jobs/job-queue';

/** Long-lived collaborators, made once at start and shared by every request. */
export interface Services {
  config: Config;
  orm: MikroORM;
  iam: IamDependencies;
  content: LearningContentCache;
  /** Background work (SIECLE imports, e-mails), taken by any process. */
  jobs: JobQueue;
}
