import PersonAddAlt1 from '@mui/icons-material/PersonAddAlt1';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Snackbar from '@mui/material/Snackbar';
import Typography from '@mui/material/Typography';
import { PageLoader } from '../components/PageLoader';
import { ErrorAlert } from '../errors/ErrorAlert';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TeamRole } from './team-types';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { visuallyHidden } from '../components/visually-hidden';
import { fullName, type TeamInvitation, type TeamMember } from './team-types';
import { InvitationsTable } from './InvitationsTable';
import { InviteMembersDialog } from './InviteMembersDialog';
import { MembersTable } from './MembersTable';

export interface TeamPageProps {
  teamName: string;
  members: TeamMember[];
  viewerUserId: string | null;
  /** Administrators of the organisation: roles, removal, invitations. */
  canManage: boolean;
  /** Administrators, and the support team (read-only): the pending invitations. */
  canSeeInvitations: boolean;
  /** Pending invitations; null while they load. */
  invitations: TeamInvitation[] | null;
  invitationsError: unknown;
  busy: boolean;
  /** The last failed action (e.g. LAST_ADMIN), shown in an alert. */
  actionError: unknown;
  inviting: boolean;
  inviteError: unknown;
  /** Each action resolves true when done (false when it failed: see actionError). */
  onChangeRole: (member: TeamMember, role: TeamRole) => Promise<boolean>;
  onRemove: (member: TeamMember) => Promise<boolean>;
  onLeave: (member: TeamMember) => Promise<boolean>;
  /** Resolves the number of invitations sent, or null when the server refused them. */
  onInvite: (emails: string[], role: TeamRole) => Promise<number | null>;
  onResend: (invitation: TeamInvitation) => Promise<boolean>;
  onCancel: (invitation: TeamInvitation) => Promise<boolean>;
}

type Confirmation = { kind: 'remove'; member: TeamMember } | { kind: 'leave'; member: TeamMember };

/**
 * "Équipe" (props only): the members and, for administrators, role changes, removals,
 * invitations; every member may leave the organisation.
 */
export function TeamPage(props: TeamPageProps) {
  const { teamName, members, viewerUserId, canManage, canSeeInvitations, invitations, invitationsError, busy, actionError, inviting, inviteError } = props;
  const { t } = useTranslation();
  // The last confirmation asked stays set while its dialog closes, so that its text does not vanish.
  const [confirmation, setConfirmation] = useState<Confirmation | null>(null);
  const [confirmOpen, setConfirmOpen] = useState(false);
  const [inviteOpen, setInviteOpen] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const [noticeOpen, setNoticeOpen] = useState(false);
  const membersHeadingRef = useRef<HTMLHeadingElement>(null);
  const invitationsHeadingRef = useRef<HTMLHeadingElement>(null);
  const viewerMembership = members.find((member) => member.user.id === viewerUserId) ?? null;

  const announce = (message: string) => {
    setAnnouncement(message);
    setNoticeOpen(true);
  };

  const changeRole = async (member: TeamMember, role: TeamRole) => {
    if (await props.onChangeRole(member, role)) {
      announce(t('console.team.notices.roleChanged', { name: fullName(member), role: t(`console.roleNames.${role}`) }));
    }
  };

  const ask = (next: Confirmation) => {
    setConfirmation(next);
    setConfirmOpen(true);
  };

  const confirm = async () => {
    if (!confirmation) return;
    const { kind, member } = confirmation;
    setConfirmOpen(false);
    if (kind === 'leave') {
      await props.onLeave(member);
      return;
    }
    if (await props.onRemove(member)) {
      announce(t('console.team.notices.removed', { name: fullName(member) }));
      // The row and its button are gone: the focus goes back to the list's heading.
      membersHeadingRef.current?.focus();
    }
  };

  const invite = async (emails: string[], role: TeamRole) => {
    const count = await props.onInvite(emails, role);
    if (count === null) return;
    setInviteOpen(false);
    announce(t('console.team.notices.invited', { count }));
  };

  const resend = async (invitation: TeamInvitation) => {
    if (await props.onResend(invitation)) announce(t('console.team.notices.resent', { email: invitation.email }));
  };

  const cancel = async (invitation: TeamInvitation) => {
    if (await props.onCancel(invitation)) {
      announce(t('console.team.notices.cancelled', { email: invitation.email }));
      invitationsHeadingRef.current?.focus();
    }
  };

  const headingSx = { '&:focus': { outline: 'none' } } as const;

  return (
    <Box component="section" aria-labelledby="team-title">
      <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', justifyContent: 'space-between', gap: 2, mb: 3 }}>
        <Box sx={{ minWidth: 0 }}>
          <Typography variant="h1" id="team-title">
            {t('console.team.title')}
          </Typography>
          <Typography color="text.secondary" sx={{ overflowWrap: 'anywhere' }}>
            {teamName}
          </Typography>
        </Box>
        {canManage && (
          <Button variant="contained" startIcon={<PersonAddAlt1 />} onClick={() => setInviteOpen(true)}>
            {t('console.team.invite.open')}
          </Button>
        )}
      </Box>

      <ErrorAlert error={actionError} sx={{ mb: 3 }} />

      <Box component="section" aria-labelledby="team-members-title" sx={{ mb: 4 }}>
        <Typography variant="h2" id="team-members-title" ref={membersHeadingRef} tabIndex={-1} gutterBottom sx={headingSx}>
          {t('console.team.members.title', { count: members.length })}
        </Typography>
        <MembersTable
          labelledBy="team-members-title"
          members={members}
          viewerUserId={viewerUserId}
          canManage={canManage}
          busy={busy}
          onChangeRole={(member, role) => void changeRole(member, role)}
          onRemove={(member) => ask({ kind: 'remove', member })}
        />
        {viewerMembership && (
          <Button variant="outlined" color="secondary" disabled={busy} onClick={() => ask({ kind: 'leave', member: viewerMembership })} sx={{ mt: 2 }}>
            {t('console.team.leave.button')}
          </Button>
        )}
      </Box>

      {canSeeInvitations && (
        <Box component="section" aria-labelledby="team-invitations-title">
          <Typography variant="h2" id="team-invitations-title" ref={invitationsHeadingRef} tabIndex={-1} gutterBottom sx={headingSx}>
            {invitations ? t('console.team.invitations.titleCount', { count: invitations.length }) : t('console.team.invitations.title')}
          </Typography>
          {invitations ? (
            <InvitationsTable
              labelledBy="team-invitations-title"
              invitations={invitations}
              canManage={canManage}
              busy={busy}
              onResend={(invitation) => void resend(invitation)}
              onCancel={(invitation) => void cancel(invitation)}
            />
          ) : invitationsError ? (
            <ErrorAlert error={invitationsError} />
          ) : (
            <PageLoader />
          )}
        </Box>
      )}

      <ConfirmDialog
        open={confirmOpen && confirmation?.kind === 'remove'}
        title={confirmation ? t('console.team.remove.title', { name: fullName(confirmation.member) }) : ''}
        text={t('console.team.remove.text', { organizationName: teamName })}
        confirmLabel={t('console.team.remove.confirm')}
        busy={busy}
        onCancel={() => setConfirmOpen(false)}
        onConfirm={() => void confirm()}
      />
      <ConfirmDialog
        open={confirmOpen && confirmation?.kind === 'leave'}
        title={t('console.team.leave.title', { organizationName: teamName })}
        text={t('console.team.leave.text')}
        confirmLabel={t('console.team.leave.confirm')}
        busy={busy}
        onCancel={() => setConfirmOpen(false)}
        onConfirm={() => void confirm()}
      />
      <InviteMembersDialog
        open={inviteOpen}
        teamName={teamName}
        submitting={inviting}
        serverError={inviteError}
        onClose={() => setInviteOpen(false)}
        onSubmit={(emails, role) => void invite(emails, role)}
      />

      {/* Screen readers hear each result here; the snackbar shows it on screen. */}
      <Box role="status" sx={visuallyHidden}>
        {announcement}
      </Box>
      <Snackbar
        open={noticeOpen}
        autoHideDuration={6000}
        onClose={(_event, reason) => {
          if (reason !== 'clickaway') setNoticeOpen(false);
        }}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}
      >
        <Alert severity="success" variant="filled" role="presentation" aria-hidden="true" sx={{ width: '100%' }}>
          {announcement}
        </Alert>
      </Snackbar>
    </Box>
  );
}
