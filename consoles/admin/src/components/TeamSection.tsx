import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { ConfirmDialog, ErrorAlert, MembersTable, fullName, sortMembers, type TeamMember, type TeamRole } from '@pix-libre/ui-shared';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

export interface TeamSectionProps {
  members: TeamMember[];
  /** An archived organisation or centre is read only. */
  readOnly: boolean;
  busy: boolean;
  error: unknown;
  /** Each resolves true when done. */
  onAdd: (email: string, role: TeamRole) => Promise<boolean>;
  onChangeRole: (member: TeamMember, role: TeamRole) => Promise<boolean>;
  onRemove: (member: TeamMember) => Promise<boolean>;
}

/**
 * The members of an organisation or a centre, as the platform team manages them (each action is a
 * named staff operation, recorded in the audit log): add an existing account by e-mail with a
 * role, change a role, remove someone (after a confirmation). The server keeps the last administrator.
 */
export function TeamSection({ members, readOnly, busy, error, onAdd, onChangeRole, onRemove }: TeamSectionProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const addId = useId();
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<TeamRole>('MEMBER');
  const [toRemove, setToRemove] = useState<TeamMember | null>(null);
  const [status, setStatus] = useState('');

  const add = async (event: FormEvent) => {
    event.preventDefault();
    if (await onAdd(email.trim(), role)) {
      setStatus(t('console.adminTeam.added', { email: email.trim() }));
      setEmail('');
    }
  };

  return (
    <Box component="section" aria-labelledby={headingId} sx={{ mb: 4 }}>
      <Typography variant="h2" id={headingId} sx={{ fontSize: '1.5rem', mb: 1 }}>
        {t('console.team.members.title', { count: members.length })}
      </Typography>
      <Box role="status" sx={{ mb: 1 }}>
        {status}
      </Box>
      {Boolean(error) && <ErrorAlert error={error} />}
      {members.length === 0 ? (
        <Typography sx={{ mb: 2 }}>{t('console.adminTeam.empty')}</Typography>
      ) : (
        <MembersTable
          labelledBy={headingId}
          members={sortMembers(members)}
          viewerUserId={null}
          canManage={!readOnly}
          busy={busy}
          onChangeRole={(member, newRole) => void onChangeRole(member, newRole).then((done) => done && setStatus(t('console.adminTeam.roleChanged', { name: fullName(member) })))}
          onRemove={setToRemove}
        />
      )}
      {!readOnly && (
        <Box component="form" onSubmit={(event) => void add(event)} aria-labelledby={addId} sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, alignItems: 'flex-start', mt: 2 }}>
          <Typography variant="h3" id={addId} sx={{ fontSize: '1.2rem', width: '100%' }}>
            {t('console.adminTeam.addTitle')}
          </Typography>
          <TextField label={t('console.adminTeam.email')} type="email" value={email} onChange={(event) => setEmail(event.target.value)} required sx={{ minWidth: 280 }} />
          <TextField
            select
            label={t('console.adminTeam.role')}
            value={role}
            onChange={(event) => setRole(event.target.value as TeamRole)}
            slotProps={{ select: { native: true } }}
            sx={{ minWidth: 180 }}
          >
            {(['MEMBER', 'ADMIN'] as const).map((value) => (
              <option key={value} value={value}>
                {t(`console.roles.${value}`)}
              </option>
            ))}
          </TextField>
          <Button type="submit" variant="contained" disabled={busy} sx={{ mt: 1 }}>
            {t('console.adminTeam.add')}
          </Button>
        </Box>
      )}
      <ConfirmDialog
        open={toRemove !== null}
        title={t('console.adminTeam.removeTitle', { name: toRemove ? fullName(toRemove) : '' })}
        text={t('console.adminTeam.removeText')}
        confirmLabel={t('console.team.members.remove')}
        busy={busy}
        onCancel={() => setToRemove(null)}
        onConfirm={() => {
          const member = toRemove!;
          setToRemove(null);
          void onRemove(member).then((done) => done && setStatus(t('console.adminTeam.removed', { name: fullName(member) })));
        }}
      />
    </Box>
  );
}
