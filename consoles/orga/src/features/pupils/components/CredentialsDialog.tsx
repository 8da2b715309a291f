import Download from '@mui/icons-material/Download';
import Print from '@mui/icons-material/Print';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { TableRegion } from '@pix-libre/ui-shared';
import { downloadTextFile } from '../download-file';
import { pupilName, type GeneratedCredentials } from '../pupil-types';
import { CredentialsPrintSheet } from './CredentialsPrintSheet';

export interface CredentialsDialogProps {
  open: boolean;
  organizationName: string;
  /** The last generation (kept while the dialog closes). */
  result: GeneratedCredentials | null;
  onClose: () => void;
}

/**
 * The usernames and temporary passwords just generated (props only), shown this once: a table,
 * the CSV file to download and a sheet to print, one block per pupil; then the pupils left as they
 * were (a username already, or their own account, with the server's reason).
 */
export function CredentialsDialog({ open, organizationName, result, onClose }: CredentialsDialogProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const tableTitleId = useId();
  const credentials = result?.credentials ?? [];
  const already = result?.alreadyWithUsername ?? [];
  const notManaged = result?.accountsNotManaged ?? [];
  const cell = { fontFamily: 'monospace', fontSize: '1rem', overflowWrap: 'anywhere' } as const;

  return (
    <Dialog
      open={open}
      // The passwords are shown once: a click beside the dialog does not close it by mistake.
      onClose={(_event, reason) => {
        if (reason !== 'backdropClick') onClose();
      }}
      aria-labelledby={titleId}
      maxWidth="md"
      fullWidth
    >
      <DialogTitle id={titleId}>{t('console.pupils.credentials.title', { count: credentials.length })}</DialogTitle>
      <DialogContent>
        {credentials.length > 0 ? (
          <>
            <Alert severity="warning" sx={{ mb: 2 }}>
              {t('console.pupils.credentials.shownOnce')}
            </Alert>
            <Typography id={tableTitleId} sx={{ mb: 1 }}>
              {t('console.pupils.credentials.intro')}
            </Typography>
            <TableRegion labelledBy={tableTitleId}>
              <Table size="small" aria-labelledby={tableTitleId}>
                <TableHead>
                  <TableRow>
                    <TableCell scope="col">{t('console.pupils.columns.division')}</TableCell>
                    <TableCell scope="col">{t('console.pupils.columns.lastName')}</TableCell>
                    <TableCell scope="col">{t('console.pupils.columns.firstName')}</TableCell>
                    <TableCell scope="col">{t('console.pupils.credentials.username')}</TableCell>
                    <TableCell scope="col">{t('console.pupils.credentials.temporaryPassword')}</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {credentials.map((item) => (
                    <TableRow key={item.learner.id}>
                      <TableCell>{item.learner.division ?? ''}</TableCell>
                      <TableCell component="th" scope="row" sx={{ fontWeight: 500 }}>
                        {item.learner.lastName}
                      </TableCell>
                      <TableCell>{item.learner.firstName}</TableCell>
                      <TableCell sx={cell}>{item.username}</TableCell>
                      <TableCell sx={cell}>{item.temporaryPassword}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </TableRegion>
          </>
        ) : (
          <Typography>{t('console.pupils.credentials.noneGenerated')}</Typography>
        )}
        {already.length > 0 && (
          <Box component="section" aria-labelledby={`${titleId}-already`} sx={{ mt: 2 }}>
            <Typography id={`${titleId}-already`} sx={{ fontWeight: 700 }}>
              {t('console.pupils.credentials.alreadyTitle', { count: already.length })}
            </Typography>
            <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
              {already.map((pupil) => (
                <li key={pupil.id}>
                  {t('console.pupils.credentials.alreadyItem', { name: pupilName(pupil), username: pupil.username ?? '' })}
                </li>
              ))}
            </Box>
          </Box>
        )}
        {notManaged.length > 0 && (
          <Box component="section" aria-labelledby={`${titleId}-not-managed`} sx={{ mt: 2 }}>
            <Typography id={`${titleId}-not-managed`} sx={{ fontWeight: 700 }}>
              {t('console.pupils.credentials.notManagedTitle', { count: notManaged.length })}
            </Typography>
            <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
              {notManaged.map((item) => (
                <li key={item.learner.id}>{t('console.pupils.credentials.notManagedItem', { name: pupilName(item.learner), message: item.message })}</li>
              ))}
            </Box>
          </Box>
        )}
        {open && credentials.length > 0 && <CredentialsPrintSheet organizationName={organizationName} credentials={credentials} />}
      </DialogContent>
      <DialogActions sx={{ flexWrap: 'wrap', gap: 1, px: 3, pb: 2 }}>
        {result && credentials.length > 0 && (
          <>
            <Button variant="outlined" startIcon={<Download />} onClick={() => downloadTextFile(result.csv, result.fileName)}>
              {t('console.pupils.credentials.download')}
            </Button>
            <Button variant="outlined" startIcon={<Print />} onClick={() => window.print()}>
              {t('console.pupils.credentials.print')}
            </Button>
          </>
        )}
        <Button variant="contained" onClick={onClose}>
          {t('console.pupils.credentials.close')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
