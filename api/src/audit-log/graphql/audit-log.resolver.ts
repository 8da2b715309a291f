import { Args, Ctx, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context';
import { Staff } from '../../graphql/access';
import { PlatformRole } from '../../identity-access-management';
import { BadUserInputError } from '../../shared/domain/errors';
import { pageWindow, toConnection } from '../../shared/graphql/pagination';
import { organizationAuditLog } from '../application/organization-audit-log.usecase';
import type { AuditLogRow } from '../domain/audit-entry';
import { AuditLogEntryConnection, AuditLogEntryView, OrganizationAuditLogArgs } from './audit-log.types';

const toView = (row: AuditLogRow): AuditLogEntryView =>
  Object.assign(new AuditLogEntryView(), {
    ...row,
    organizationId: row.organizationId === null ? null : String(row.organizationId),
  });

@Resolver(() => AuditLogEntryView)
export class AuditLogResolver {
  @Staff(PlatformRole.SUPER_ADMIN, PlatformRole.SUPPORT)
  @Query(() => AuditLogEntryConnection, { description: "The staff actions on an organisation's data, newest first (platform team)." })
  async organizationAuditLog(@Args(() => OrganizationAuditLogArgs) args: OrganizationAuditLogArgs, @Ctx() ctx: GraphQLContext): Promise<AuditLogEntryConnection> {
    const organizationId = Number(args.organizationId);
    if (!Number.isInteger(organizationId) || organizationId <= 0) throw new BadUserInputError('organizationId', 'errors.notFound');
    const window = pageWindow(args);
    const { rows, totalCount } = await organizationAuditLog(ctx.em, organizationId, window);
    return toConnection(rows.map(toView), totalCount, window.offset) as AuditLogEntryConnection;
  }
}
