import type { MikroORM } from '@mikro-orm/postgresql';
import type { Config } from '../config';
import type { CampaignTestSql } from '../evaluation';
import type { IamDependencies } from '../identity-access-management';
import type { IntegrationDependencies } from '../integration';
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
  /** Prescription's part of a campaign's test, in the evaluation's answer statements (see CampaignTestSql). */
  campaignTests: CampaignTestSql;
  /** Integrators' client-credentials tokens. */
  integration: IntegrationDependencies;
}
