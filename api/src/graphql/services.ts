import type { MikroORM } from '@mikro-orm/postgresql';
import type { Config } from '../config';
import type { IamDependencies } from '../identity-access-management';
import type { LearningContentCache } from '../learning-content';

/** Long-lived collaborators, made once at start and shared by every request. */
export interface Services {
  config: Config;
  orm: MikroORM;
  iam: IamDependencies;
  content: LearningContentCache;
}
