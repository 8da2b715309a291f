import type { MikroORM } from '@mikro-orm/postgresql';
import type { Config } from '../config';
import type { CampaignTestSql, CertificationTests } from '../evaluation';
import type { CertificationDependencies } from '../certification/evaluation';
import type { CredentialDependencies } from '../certification/results';
import type { ResultsDependencies } from '../certification/results';
import type { EventBus } from '../shared/infrastructure/events';
import type { IamDependencies } from '../identity-access-management';
import type { IntegrationDependencies } from '../integration';
import type { LearningContentCache } from '../learning-content';
import type { OrganizationArchival } from '../organizational-entities';
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
  /** What archiving an organisation does to its campaigns (prescription/campaign's, see OrganizationArchival). */
  organizationArchival: OrganizationArchival;
  /** Live events between API processes (PostgreSQL LISTEN/NOTIFY, or Redis when REDIS_URL is set). */
  events: EventBus;
  /** The certification's test and invigilation. */
  certification: CertificationDependencies;
  /** The certification's part of a CERTIFICATION test, in the evaluation's answers (see CertificationTests). */
  certificationTests: CertificationTests;
  /** The certification's scoring, jury and publication. */
  results: ResultsDependencies;
  /** Integrators' client-credentials tokens. */
  integration: IntegrationDependencies;
  /** The certificates' Open Badges credentials: the platform's signing key and the issuer. */
  credentials: CredentialDependencies;
}
