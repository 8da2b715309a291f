/**
 * The platform's database: the entity schemas of every context, assembled here at the composition
 * root (shared/ knows no context), and the ORM opened with them.
 */
import type { MikroORM, Options } from '@mikro-orm/postgresql';
import { migrate, openOrmWith } from './shared/infrastructure/database/orm';
import { UserSchema } from './identity-access-management/infrastructure/user.entity';
import { RefreshTokenSchema } from './identity-access-management/infrastructure/refresh-token.entity';
import { PasswordResetTokenSchema } from './identity-access-management/infrastructure/password-reset-token.entity';
import { ThrottleCounterSchema } from './shared/infrastructure/throttle/throttle-counter.entity';
import { OutboxEmailSchema } from './shared/infrastructure/mail/outbox-email.entity';
import { learningContentSchemas } from './learning-content/infrastructure/content.entities';
import { KnowledgeElementSchema } from './evaluation/infrastructure/knowledge-element.entity';
import { evaluationSchemas } from './evaluation/infrastructure/assessment.entities';
import { OrganizationSchema } from './organizational-entities/infrastructure/organization.entities';
import { MembershipSchema, OrganizationInvitationSchema } from './team/infrastructure/team.entities';
import { ImportJobSchema, OrganizationLearnerSchema } from './prescription/learner-management/infrastructure/learner.entities';
import { targetProfileSchemas } from './prescription/target-profile/infrastructure/target-profile.entities';
import { campaignSchemas } from './prescription/campaign/infrastructure/campaign.entities';
import { campaignParticipationSchemas } from './prescription/campaign-participation/infrastructure/campaign-participation.entities';

export const entitySchemas = [
  UserSchema,
  RefreshTokenSchema,
  PasswordResetTokenSchema,
  ThrottleCounterSchema,
  OutboxEmailSchema,
  ...learningContentSchemas,
  KnowledgeElementSchema,
  ...evaluationSchemas,
  OrganizationSchema,
  MembershipSchema,
  OrganizationInvitationSchema,
  OrganizationLearnerSchema,
  ImportJobSchema,
  ...targetProfileSchemas,
  ...campaignSchemas,
  ...campaignParticipationSchemas,
];

/** Opens the ORM on `clientUrl` with every entity of the platform. */
export function openOrm(clientUrl: string, overrides: Partial<Options> = {}): Promise<MikroORM> {
  return openOrmWith(entitySchemas, clientUrl, overrides);
}

export { migrate };
