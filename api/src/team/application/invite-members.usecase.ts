import type { IamDependencies, Viewer } from '../../identity-access-management';
import { isEmail, normalizeEmail } from '../../shared/domain/account-rules';
import { BadUserInputError } from '../../shared/domain/errors';
import type { MembershipRoleName } from '../domain/invitation-rules';
import type { InvitationRow, TeamKind } from '../domain/team';
import { invitationExpiry, sendInvitation } from './invitation-mail';
import { assertTeamAdmin } from './team-admin';
import type { TeamRepositories } from './team-repositories';

const MAX_INVITED_AT_ONCE = 50;

/** Parses the addresses typed by an administrator (commas, semicolons, spaces, new lines). */
export function parseInvitedEmails(emails: string[]): string[] {
  const all = emails.flatMap((e) => e.split(/[,;\s]+/)).map(normalizeEmail).filter(Boolean);
  if (!all.length) throw new BadUserInputError('emails', 'errors.field.emailsEmpty');
  const wrong = all.find((e) => !isEmail(e));
  if (wrong) throw new BadUserInputError('emails', 'errors.field.emailInList', { email: wrong });
  const unique = [...new Set(all)];
  if (unique.length > MAX_INVITED_AT_ONCE) throw new BadUserInputError('emails', 'errors.field.emailsTooMany', { max: MAX_INVITED_AT_ONCE });
  return unique;
}

/** Invites several people at once to a team; the same e-mail invited again gets its invitation renewed and resent. */
export async function inviteMembers(
  repositories: TeamRepositories,
  deps: Pick<IamDependencies, 'clock' | 'publicUrl'>,
  viewer: Viewer,
  kind: TeamKind,
  input: { teamId: number; emails: string[]; role: MembershipRoleName },
): Promise<InvitationRow[]> {
  const team = await assertTeamAdmin(repositories, viewer, kind, input.teamId);
  const emails = parseInvitedEmails(input.emails);
  return repositories.transaction(async (tx) => {
    const invitations: InvitationRow[] = [];
    for (const email of emails) {
      const invitation = await tx.invitations[kind].createOrRenew({
        teamId: team.id,
        email,
        role: input.role,
        expiresAt: invitationExpiry(deps),
        now: deps.clock.now(),
        invitedByUserId: viewer.userId,
      });
      await sendInvitation(tx, deps, kind, team, invitation);
      invitations.push(invitation);
    }
    return invitations;
  });
}
