import Button from '@mui/material/Button';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { TeamRole } from './team-types';
import { fullName, type TeamMember } from './team-types';
import { TableRegion } from './TableRegion';

const ROLES: TeamRole[] = ['ADMIN', 'MEMBER'];

export interface MembersTableProps {
  /** The id of the heading that names the table. */
  labelledBy: string;
  members: TeamMember[];
  viewerUserId: string | null;
  /** Administrators of the organisation change roles and remove members. */
  canManage: boolean;
  busy: boolean;
  onChangeRole: (member: TeamMember, role: TeamRole) => void;
  onRemove: (member: TeamMember) => void;
}

/** The organisation's members (props only): Nom, Prénom, E-mail, Rôle and, for administrators, the actions. */
export function MembersTable({ labelledBy, members, viewerUserId, canManage, busy, onChangeRole, onRemove }: MembersTableProps) {
  const { t } = useTranslation();
  return (
    <TableRegion labelledBy={labelledBy}>
      <Table size="small" aria-labelledby={labelledBy} sx={{ minWidth: 560 }}>
        <TableHead>
          <TableRow>
            <TableCell scope="col">{t('console.team.members.lastName')}</TableCell>
            <TableCell scope="col">{t('console.team.members.firstName')}</TableCell>
            <TableCell scope="col">{t('console.team.members.email')}</TableCell>
            <TableCell scope="col">{t('console.team.members.role')}</TableCell>
            {canManage && <TableCell scope="col">{t('console.team.members.actions')}</TableCell>}
          </TableRow>
        </TableHead>
        <TableBody>
          {members.map((member) => {
            const name = fullName(member);
            const isViewer = member.user.id === viewerUserId;
            return (
              <TableRow key={member.id}>
                <TableCell component="th" scope="row" sx={{ fontWeight: 500 }}>
                  {member.user.lastName}
                  {isViewer && (
                    <Typography component="span" variant="body2" color="text.secondary">
                      {' '}
                      {t('console.team.members.you')}
                    </Typography>
                  )}
                </TableCell>
                <TableCell>{member.user.firstName}</TableCell>
                <TableCell sx={{ overflowWrap: 'anywhere' }}>{member.user.email ?? '—'}</TableCell>
                <TableCell>
                  {canManage ? (
                    <TextField
                      select
                      size="small"
                      margin="none"
                      fullWidth={false}
                      value={member.role}
                      disabled={busy}
                      onChange={(event) => {
                        const role = event.target.value as TeamRole;
                        if (role !== member.role) onChangeRole(member, role);
                      }}
                      slotProps={{ select: { native: true }, htmlInput: { 'aria-label': t('console.team.members.roleOf', { name }) } }}
                      sx={{ minWidth: 170 }}
                    >
                      {ROLES.map((role) => (
                        <option key={role} value={role}>
                          {t(`console.roles.${role}`)}
                        </option>
                      ))}
                    </TextField>
                  ) : (
                    t(`console.roles.${member.role}`)
                  )}
                </TableCell>
                {canManage && (
                  <TableCell>
                    {!isViewer && (
                      <Button
                        variant="outlined"
                        color="secondary"
                        size="small"
                        disabled={busy}
                        onClick={() => onRemove(member)}
                        aria-label={t('console.team.members.removeLabel', { name })}
                      >
                        {t('console.team.members.remove')}
                      </Button>
                    )}
                  </TableCell>
                )}
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </TableRegion>
  );
}
