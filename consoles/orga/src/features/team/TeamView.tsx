import type { Reference } from '@apollo/client';
import { skipToken, useMutation, useQuery } from '@apollo/client/react';
import { ErrorAlert, PageLoader, TeamPage, useAuth, useDocumentTitle, useTeamActions } from '@pix-libre/ui-shared';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { MembershipRole } from '../../__generated__/graphql';
import { forgetOrganization } from '../../organizations/current-organization';
import { urls } from '../../urls';
import { OrganizationUnavailable, isUnavailable } from '../organization/components/OrganizationUnavailable';
import {
  CancelInvitationMutation,
  InviteMembersMutation,
  RemoveMembershipMutation,
  ResendInvitationMutation,
  TeamInvitationsQuery,
  TeamMembersQuery,
  UpdateMembershipRoleMutation,
} from './team.graphql';
import { sortMembers, type TeamInvitation, type TeamMember } from './team-types';

/** The support team reads every organisation's team and invitations, without acting on them (viewerRole is null for them). */
const SUPPORT_ROLES: readonly string[] = ['SUPER_ADMIN', 'SUPPORT'];

/**
 * Loads an organisation's team ("Équipe") and carries out its actions: roles, removals and
 * invitations for administrators, leaving for every member.
 */
export function TeamView({ organizationId }: { organizationId: string }) {
  const { t } = useTranslation();
  const { user } = useAuth();
  const navigate = useNavigate();
  useDocumentTitle(t('console.team.documentTitle'));
  // Asked again on each visit: colleagues may have joined since.
  const members = useQuery(TeamMembersQuery, { variables: { organizationId }, fetchPolicy: 'cache-and-network' });
  const organization = members.data?.organization;
  // Only the organisation's administrators act on its team; the API refuses the support team's writes.
  const canManage = organization?.viewerRole === 'ADMIN';
  // Members may not read the invitations (FORBIDDEN): they are asked for administrators and the support team only.
  const canSeeInvitations = canManage || (Boolean(organization) && SUPPORT_ROLES.includes(user?.platformRole ?? ''));
  const invitations = useQuery(
    TeamInvitationsQuery,
    canSeeInvitations ? { variables: { organizationId }, fetchPolicy: 'cache-and-network' } : skipToken,
  );

  const [updateMembershipRole] = useMutation(UpdateMembershipRoleMutation);
  const [removeMembership] = useMutation(RemoveMembershipMutation);
  const [inviteMembers, inviteState] = useMutation(InviteMembersMutation);
  const [resendInvitation] = useMutation(ResendInvitationMutation);
  const [cancelInvitation] = useMutation(CancelInvitationMutation);
  const { busy, actionError, inviteError, run, invite } = useTeamActions();

  const remove = (membershipId: string) =>
    removeMembership({
      variables: { membershipId },
      update(cache, { data }) {
        if (!data?.removeMembership) return;
        cache.evict({ id: cache.identify({ __typename: 'Membership', id: membershipId }) });
        cache.gc();
      },
    });

  const onChangeRole = (member: TeamMember, role: MembershipRole) =>
    run(() => updateMembershipRole({ variables: { membershipId: member.id, role } }));

  const onRemove = (member: TeamMember) => run(() => remove(member.id));

  const onLeave = async (member: TeamMember) => {
    const left = await run(() => remove(member.id));
    if (left) {
      forgetOrganization();
      navigate(urls.home(), { replace: true });
    }
    return left;
  };

  const onInvite = (emails: string[], role: MembershipRole): Promise<number | null> =>
    invite(async () => {
      const { data } = await inviteMembers({
        variables: { organizationId, emails, role },
        update(cache, { data: result }) {
          const sent = result?.inviteMembers ?? [];
          const sentIds = new Set(sent.map((invitation) => invitation.id));
          cache.modify({
            id: cache.identify({ __typename: 'Organization', id: organizationId }),
            fields: {
              // The new invitations first; an address invited again keeps one row.
              invitations(existing: readonly Reference[] = [], { readField, toReference }) {
                const added = sent.map((invitation) => toReference({ __typename: 'OrganizationInvitation', id: invitation.id }));
                const kept = existing.filter((ref) => !sentIds.has(readField<string>('id', ref) ?? ''));
                return [...added.filter((ref): ref is Reference => Boolean(ref)), ...kept];
              },
            },
          });
        },
      });
      return data?.inviteMembers.length ?? 0;
    });

  const onResend = (invitation: TeamInvitation) => run(() => resendInvitation({ variables: { invitationId: invitation.id } }));

  const onCancel = (invitation: TeamInvitation) =>
    run(() =>
      cancelInvitation({
        variables: { invitationId: invitation.id },
        update(cache, { data }) {
          if (!data?.cancelInvitation) return;
          cache.evict({ id: cache.identify({ __typename: 'OrganizationInvitation', id: invitation.id }) });
          cache.gc();
        },
      }),
    );

  if (members.loading && !organization) return <PageLoader />;
  if (!organization) return isUnavailable(members.error) ? <OrganizationUnavailable /> : <ErrorAlert error={members.error} />;
  return (
    <TeamPage
      teamName={organization.name}
      members={sortMembers(organization.memberships)}
      viewerUserId={user?.id ?? null}
      canManage={canManage}
      canSeeInvitations={canSeeInvitations}
      invitations={invitations.data?.organization.invitations ?? null}
      invitationsError={invitations.error}
      busy={busy}
      actionError={actionError}
      inviting={inviteState.loading}
      inviteError={inviteError}
      onChangeRole={onChangeRole}
      onRemove={onRemove}
      onLeave={onLeave}
      onInvite={onInvite}
      onResend={onResend}
      onCancel={onCancel}
    />
  );
}
