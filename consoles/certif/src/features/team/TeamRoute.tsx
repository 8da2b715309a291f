import { skipToken, useMutation, useQuery } from '@apollo/client/react';
import { ErrorAlert, PageLoader, sortMembers, TeamPage, useAuth, useDocumentTitle, useTeamActions, type TeamInvitation, type TeamMember, type TeamRole } from '@pix-libre/ui-shared';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { CertifMembershipsQuery } from '../../centers/centers.graphql';
import { urls } from '../../urls';
import {
  CancelCenterInvitationMutation,
  CenterInvitationsQuery,
  CenterTeamQuery,
  InviteCenterMembersMutation,
  RemoveCenterMembershipMutation,
  ResendCenterInvitationMutation,
  UpdateCenterMembershipRoleMutation,
} from './team.graphql';

const SUPPORT_ROLES: readonly string[] = ['SUPER_ADMIN', 'SUPPORT'];

/** "Équipe" of a centre: the shared team page (consoles/shared), on the centre's members and invitations. */
export function TeamRoute() {
  const { centerId = '' } = useParams();
  const { t } = useTranslation();
  const { user } = useAuth();
  const navigate = useNavigate();
  useDocumentTitle(t('console.team.documentTitle'));
  const members = useQuery(CenterTeamQuery, { variables: { centerId }, fetchPolicy: 'cache-and-network' });
  const center = members.data?.certificationCenter;
  const canManage = center?.viewerRole === 'ADMIN';
  const canSeeInvitations = canManage || (Boolean(center) && SUPPORT_ROLES.includes(user?.platformRole ?? ''));
  const invitations = useQuery(CenterInvitationsQuery, canSeeInvitations ? { variables: { centerId }, fetchPolicy: 'cache-and-network' } : skipToken);
  const [updateRole] = useMutation(UpdateCenterMembershipRoleMutation);
  const [removeMembership] = useMutation(RemoveCenterMembershipMutation, { refetchQueries: [CenterTeamQuery, CertifMembershipsQuery] });
  const [invite, inviteState] = useMutation(InviteCenterMembersMutation, { refetchQueries: [CenterInvitationsQuery] });
  const [resend] = useMutation(ResendCenterInvitationMutation);
  const [cancel] = useMutation(CancelCenterInvitationMutation, { refetchQueries: [CenterInvitationsQuery] });
  const { busy, actionError, inviteError, run, invite: sendInvitations } = useTeamActions();

  if (members.loading && !center) return <PageLoader />;
  if (!center) return <ErrorAlert error={members.error} />;
  return (
    <TeamPage
      teamName={center.name}
      members={sortMembers(center.members as TeamMember[])}
      viewerUserId={user?.id ?? null}
      canManage={canManage}
      canSeeInvitations={canSeeInvitations}
      invitations={(invitations.data?.certificationCenter.invitations as TeamInvitation[] | undefined) ?? null}
      invitationsError={invitations.error}
      busy={busy}
      actionError={actionError}
      inviting={inviteState.loading}
      inviteError={inviteError}
      onChangeRole={(member, role: TeamRole) => run(() => updateRole({ variables: { membershipId: member.id, role } }))}
      onRemove={(member) => run(() => removeMembership({ variables: { membershipId: member.id } }))}
      onLeave={async (member) => {
        const left = await run(() => removeMembership({ variables: { membershipId: member.id } }));
        if (left) navigate(urls.home(), { replace: true });
        return left;
      }}
      onInvite={(emails, role) =>
        sendInvitations(async () => {
          const { data } = await invite({ variables: { centerId, emails, role } });
          return data?.inviteCertificationCenterMembers.length ?? 0;
        })
      }
      onResend={(invitation) => run(() => resend({ variables: { invitationId: invitation.id } }))}
      onCancel={(invitation) => run(() => cancel({ variables: { invitationId: invitation.id } }))}
    />
  );
}
