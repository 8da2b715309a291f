import type { EntityManager } from '@mikro-orm/postgresql';
import { recordAuditEntry, type AuditEntry } from '../../audit-log';
import { findAccountIdByEmail } from '../../identity-access-management';
import { findActiveSchoolByUai, type OrganizationRow } from '../../organizational-entities';
import type { Clock } from '../../shared/domain/clock';
import type { Email, Mailer } from '../../shared/infrastructure/mail/mailer';
import { Throttle } from '../../shared/infrastructure/throttle/throttle';
import type { TeamKind } from '../domain/team';
import { InvitationRepository } from '../infrastructure/invitation.repository';
import { MembershipRepository } from '../infrastructure/membership.repository';

/** The members of the teams of one kind, as the use cases use them. */
export type TeamMemberships = Pick<MembershipRepository, 'team' | 'find' | 'countOf' | 'upsert' | 'findById' | 'lockOfTeam' | 'setRole' | 'delete'>;

/** The invitations to the teams of one kind, as the use cases use them. */
export type TeamInvitations = Pick<InvitationRepository, 'createOrRenew' | 'consume' | 'findPending' | 'cancel' | 'previewByCode' | 'pendingOf'>;

/**
 * The repositories of the team use cases (organisations' and certification centres' teams), made
 * once per request from the request's entity manager (`teamRepositories`): a use case reads and
 * writes through them, never through the ORM, so that it can run on in-memory fakes. `transaction`
 * runs its work on repositories bound to one transaction: the memberships and invitations, the
 * audit row of a staff operation and the e-mail (the outbox: it leaves only if what it announces
 * was committed).
 */
export interface TeamRepositories {
  memberships: Record<TeamKind, TeamMemberships>;
  invitations: Record<TeamKind, TeamInvitations>;
  /** The account of an e-mail address (identity-access-management's), null: none. */
  accounts: { idByEmail(email: string): Promise<number | null> };
  /** The active school of a UAI (organizational-entities'), null: none. */
  schools: { activeByUai(uai: string): Promise<Pick<OrganizationRow, 'id' | 'name' | 'email'> | null> };
  /** Counts the attempts of throttled operations (invitation codes tried, activation requests). */
  throttle: Pick<Throttle, 'admit'>;
  /** The audit row of a staff operation, written in the caller's transaction. */
  audit: { record(entry: AuditEntry): Promise<unknown> };
  /** Enqueues an e-mail in the caller's transaction. */
  mail: { send(email: Email): Promise<void> };
  transaction<T>(work: (repositories: TeamRepositories) => Promise<T>): Promise<T>;
}

export function teamRepositories(em: EntityManager, deps: { clock: Clock; mailer: Mailer }): TeamRepositories {
  return {
    memberships: { ORGANIZATION: new MembershipRepository(em, 'ORGANIZATION'), CERTIFICATION_CENTER: new MembershipRepository(em, 'CERTIFICATION_CENTER') },
    invitations: { ORGANIZATION: new InvitationRepository(em, 'ORGANIZATION'), CERTIFICATION_CENTER: new InvitationRepository(em, 'CERTIFICATION_CENTER') },
    accounts: { idByEmail: (email) => findAccountIdByEmail(em, email) },
    schools: { activeByUai: (uai) => findActiveSchoolByUai(em, uai) },
    throttle: new Throttle(em, deps.clock),
    audit: { record: (entry) => recordAuditEntry(em, deps.clock, entry) },
    mail: { send: (email) => deps.mailer.send(email, em) },
    transaction: (work) => em.transactional((tem) => work(teamRepositories(tem, deps))),
  };
}
