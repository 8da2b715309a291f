import { Args, Ctx, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context';
import { Staff } from '../../graphql/access';
import { PlatformRole } from '../../identity-access-management';
import { BadUserInputError } from '../../shared/domain/errors';
import { pageWindow, toConnection } from '../../shared/graphql/pagination';
import { auditLogRepositories } from '../application/audit-log-repositories';
import { organizationAuditLog, searchAuditLog } from '../application/organization-audit-log.usecase';
import type { AuditLogRow } from '../domain/audit-entry';
import { AuditLogArgs, AuditLogEntryConnection, AuditLogEntryView, OrganizationAuditLogArgs } from './audit-log.types';

const toView = (row: AuditLogRow): AuditLogEntryView =>
  Object.assign(new AuditLogEntryView(), {
    ...row,
    organizationId: row.organizationId === null ? null : String(row.organizationId),
    targetName: row.targetName ?? null,
  });

const optionalId = (field: string, value: string | null | undefined) => {
  if (value === null || value === undefined || value === '') return null;
  if (!/^\d{1,9}$/.test(value)) throw new BadUserInputError(field, 'errors.notFound');
  return Number(value);
};

@Resolver(() => AuditLogEntryView)
export class AuditLogResolver {
  @Staff(PlatformRole.SUPER_ADMIN, PlatformRole.SUPPORT)
  @Query(() => AuditLogEntryConnection, { description: "The staff actions on an organisation's data, newest first (platform team)." })
  async organizationAuditLog(@Args(() => OrganizationAuditLogArgs) args: OrganizationAuditLogArgs, @Ctx() ctx: GraphQLContext): Promise<AuditLogEntryConnection> {
    const organizationId = Number(args.organizationId);
    if (!Number.isInteger(organizationId) || organizationId <= 0) throw new BadUserInputError('organizationId', 'errors.notFound');
    const window = pageWindow(args);
    const { rows, totalCount } = await organizationAuditLog(auditLogRepositories(ctx.em), organizationId, window);
    return toConnection(rows.map(toView), totalCount, window.offset) as AuditLogEntryConnection;
  }

  /**
   * Every staff action, newest first, searched by actor, target, action and dates. The support team's
   * (SUPER_ADMIN, SUPPORT): CERTIF and METIER read the histories of their own objects (the jury's is
   * in the certification), not the whole log.
   */
  @Staff(PlatformRole.SUPER_ADMIN, PlatformRole.SUPPORT)
  @Query(() => AuditLogEntryConnection, { description: 'Every staff action, newest first, searched by actor, target, action and dates (SUPER_ADMIN, SUPPORT).' })
  async auditLog(@Args(() => AuditLogArgs) args: AuditLogArgs, @Ctx() ctx: GraphQLContext): Promise<AuditLogEntryConnection> {
    const window = pageWindow(args);
    const filter = args.filter ?? {};
    const { rows, totalCount } = await searchAuditLog(auditLogRepositories(ctx.em), { ...filter, organizationId: optionalId('organizationId', filter.organizationId) }, window);
    return toConnection(rows.map(toView), totalCount, window.offset) as AuditLogEntryConnection;
  }
}
