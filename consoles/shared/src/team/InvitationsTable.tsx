import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { currentLanguage } from '../i18n/i18n';
import { useTranslation } from 'react-i18next';
import type { TeamInvitation } from './team-types';
import { TableRegion } from './TableRegion';

export interface InvitationsTableProps {
  labelledBy: string;
  invitations: TeamInvitation[];
  /** Administrators resend and cancel; the support team only reads. */
  canManage: boolean;
  busy: boolean;
  onResend: (invitation: TeamInvitation) => void;
  onCancel: (invitation: TeamInvitation) => void;
}

/** Pending invitations (props only): e-mail, role, date sent and, for administrators, "Renvoyer" and "Annuler". */
export function InvitationsTable({ labelledBy, invitations, canManage, busy, onResend, onCancel }: InvitationsTableProps) {
  const { t, i18n } = useTranslation();
  const dateFormat = new Intl.DateTimeFormat(currentLanguage(i18n) === 'fr' ? 'fr-FR' : 'en-GB', { dateStyle: 'long' });

  if (invitations.length === 0) {
    return (
      <Paper variant="outlined" sx={{ p: 3 }}>
        <Typography>{t('console.team.invitations.empty')}</Typography>
      </Paper>
    );
  }

  return (
    <TableRegion labelledBy={labelledBy}>
      <Table size="small" aria-labelledby={labelledBy} sx={{ minWidth: 560 }}>
        <TableHead>
          <TableRow>
            <TableCell scope="col">{t('console.team.invitations.email')}</TableCell>
            <TableCell scope="col">{t('console.team.invitations.role')}</TableCell>
            <TableCell scope="col">{t('console.team.invitations.sentAt')}</TableCell>
            {canManage && <TableCell scope="col">{t('console.team.invitations.actions')}</TableCell>}
          </TableRow>
        </TableHead>
        <TableBody>
          {invitations.map((invitation) => (
            <TableRow key={invitation.id}>
              <TableCell component="th" scope="row" sx={{ fontWeight: 500, overflowWrap: 'anywhere' }}>
                {invitation.email}
              </TableCell>
              <TableCell>{t(`console.roles.${invitation.role}`)}</TableCell>
              <TableCell>
                <time dateTime={invitation.createdAt}>{dateFormat.format(new Date(invitation.createdAt))}</time>
              </TableCell>
              {canManage && (
                <TableCell>
                  <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1 }}>
                    <Button
                      variant="outlined"
                      size="small"
                      disabled={busy}
                      onClick={() => onResend(invitation)}
                      aria-label={t('console.team.invitations.resendLabel', { email: invitation.email })}
                    >
                      {t('console.team.invitations.resend')}
                    </Button>
                    <Button
                      variant="outlined"
                      color="secondary"
                      size="small"
                      disabled={busy}
                      onClick={() => onCancel(invitation)}
                      aria-label={t('console.team.invitations.cancelLabel', { email: invitation.email })}
                    >
                      {t('console.team.invitations.cancel')}
                    </Button>
                  </Box>
                </TableCell>
              )}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableRegion>
  );
}
