import type { UserOverview } from '../application/user-administration.usecases';
import type { PlatformRole } from '../../identity-access-management';
import { AdminUserView } from './user-administration.types';

const withStringIds = <T extends object>(row: T, keys: (keyof T)[]) => ({ ...row, ...Object.fromEntries(keys.map((key) => [key, String(row[key])])) });

/** The user's page as the API shows it. */
export function toAdminUserView(overview: UserOverview): AdminUserView {
  const { account } = overview;
  const identifiers = { EMAIL: account.email, USERNAME: account.username, GAR: account.garIdo };
  return Object.assign(new AdminUserView(), {
    id: String(account.id),
    firstName: account.firstName,
    lastName: account.lastName,
    email: account.email,
    username: account.username,
    locale: account.locale,
    platformRole: account.platformRole as PlatformRole | null,
    mustChangePassword: account.mustChangePassword,
    createdAt: account.createdAt,
    lastLoggedAt: account.lastLoggedAt,
    cguAcceptedAt: account.cguAcceptedAt,
    anonymizedAt: account.anonymizedAt,
    loginMethods: overview.loginMethods.map((method) => ({
      method,
      identifier: identifiers[method]!,
      lastUsedAt: method === 'GAR' ? account.garLastLoginAt : null,
    })),
    logInThrottle: overview.logInThrottle,
    organizationMemberships: overview.organizationMemberships.map((r) => withStringIds(r, ['id', 'organizationId'])),
    organizationLearners: overview.organizationLearners.map((r) => withStringIds(r, ['id', 'organizationId'])),
    certificationCenterMemberships: overview.certificationCenterMemberships.map((r) => withStringIds(r, ['id', 'certificationCenterId'])),
    campaignParticipations: overview.campaignParticipations.map((r) => withStringIds(r, ['id', 'campaignId', 'organizationId'])),
    certificationCourses: overview.certificationCourses.map((r) => withStringIds(r, ['id', 'sessionId'])),
  }) as AdminUserView;
}
