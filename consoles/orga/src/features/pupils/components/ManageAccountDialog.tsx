import Key from '@mui/icons-material/Key';
import PersonAdd from '@mui/icons-material/PersonAdd';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Typography from '@mui/material/Typography';
import { ErrorAlert } from '@pix-libre/ui-shared';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatBirthdate, pupilName, type Pupil, type PupilCredentials, type SingleGeneration } from '../pupil-types';
import { ConnectionChips } from './ConnectionChips';
import { SecretValue } from './SecretValue';

export interface ManageAccountDialogProps {
  open: boolean;
  /** The pupil whose account is managed (kept while the dialog closes). */
  pupil: Pupil | null;
  /** resetLearnerPassword; rejects with the server's error. */
  onResetPassword: (pupil: Pupil) => Promise<PupilCredentials>;
  /** generateUsernamesWithTemporaryPasswords for this pupil alone. */
  onGenerateUsername: (pupil: Pupil) => Promise<SingleGeneration>;
  onClose: () => void;
}

type ContentProps = Omit<ManageAccountDialogProps, 'open' | 'pupil'> & { pupil: Pupil; titleId: string };

function ManageAccountContent({ pupil, titleId, onResetPassword, onGenerateUsername, onClose }: ContentProps) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [result, setResult] = useState<{ kind: 'reset' | 'generated'; credentials: PupilCredentials } | null>(null);
  /** Why nothing was changed, when the server said so. */
  const [unchanged, setUnchanged] = useState<string | null>(null);
  const name = pupilName(pupil);
  const methods = pupil.authenticationMethods;
  const hasUsername = methods.includes('USERNAME') && Boolean(pupil.username);

  const act = async (kind: 'reset' | 'generated') => {
    setBusy(true);
    setError(null);
    try {
      if (kind === 'reset') {
        setResult({ kind, credentials: await onResetPassword(pupil) });
      } else {
        const outcome = await onGenerateUsername(pupil);
        if (outcome.kind === 'generated') setResult({ kind, credentials: outcome.credentials });
        else setUnchanged(outcome.kind === 'notManaged' ? outcome.message : t('console.pupils.account.alreadyHasUsername', { name }));
      }
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <DialogTitle id={titleId}>{t('console.pupils.account.title', { name })}</DialogTitle>
      <DialogContent>
        <Typography color="text.secondary" sx={{ mb: 2 }}>
          {[pupil.division && t('console.pupils.account.division', { division: pupil.division }), pupil.birthdate && t('console.pupils.account.birthdate', { date: formatBirthdate(pupil.birthdate) })]
            .filter(Boolean)
            .join(' · ')}
        </Typography>
        <Typography component="h3" sx={{ fontWeight: 700, mb: 1 }}>
          {t('console.pupils.account.connection')}
        </Typography>
        <Box sx={{ mb: 2 }}>
          <ConnectionChips pupil={pupil} />
        </Box>
        <ErrorAlert error={error} sx={{ mb: 2 }} />
        {methods.includes('GAR') && <Typography sx={{ mb: 2 }}>{t('console.pupils.account.gar', { name })}</Typography>}
        {methods.includes('EMAIL') && <Typography sx={{ mb: 2 }}>{t('console.pupils.account.email', { name })}</Typography>}
        {!pupil.accountManagedBySchool ? (
          // The pupil's own account (e-mail address, platform team, member of an organisation): no action here.
          <Typography>{methods.includes('EMAIL') ? t('console.pupils.account.ownEmailAccount', { name }) : t('console.pupils.account.personalAccount', { name })}</Typography>
        ) : result ? (
          <Alert severity="success" sx={{ mb: 1 }}>
            <AlertTitle>{result.kind === 'reset' ? t('console.pupils.account.resetDone', { name }) : t('console.pupils.account.generatedDone', { name })}</AlertTitle>
            <SecretValue label={t('console.pupils.credentials.username')} value={result.credentials.username} />
            <SecretValue label={t('console.pupils.credentials.temporaryPassword')} value={result.credentials.temporaryPassword} />
            <Typography variant="body2">{t('console.pupils.account.shownOnce')}</Typography>
          </Alert>
        ) : hasUsername ? (
          <Box>
            <Typography sx={{ mb: 1 }}>{t('console.pupils.account.username', { name, username: pupil.username })}</Typography>
            <Typography color="text.secondary" sx={{ mb: 2 }}>
              {t('console.pupils.account.resetHint')}
            </Typography>
            <Button variant="contained" startIcon={<Key />} disabled={busy} onClick={() => void act('reset')}>
              {busy ? t('console.pupils.account.resetting') : t('console.pupils.account.reset')}
            </Button>
          </Box>
        ) : unchanged ? (
          <Typography>{unchanged}</Typography>
        ) : (
          <Box>
            <Typography sx={{ mb: 1 }}>
              {methods.includes('NONE') || methods.length === 0 ? t('console.pupils.account.noAccount', { name }) : t('console.pupils.account.noUsername', { name })}
            </Typography>
            <Typography color="text.secondary" sx={{ mb: 2 }}>
              {t('console.pupils.account.generateHint')}
            </Typography>
            <Button variant="contained" startIcon={<PersonAdd />} disabled={busy} onClick={() => void act('generated')}>
              {busy ? t('console.pupils.generate.submitting') : t('console.pupils.account.generate')}
            </Button>
          </Box>
        )}
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2 }}>
        <Button variant="outlined" onClick={onClose}>
          {t('console.pupils.credentials.close')}
        </Button>
      </DialogActions>
    </>
  );
}

/**
 * "Gérer le compte" of one pupil (props only): how the pupil logs in, a new temporary password
 * for a username, a username for a pupil who has none, "Mot de passe oublié ?" for an e-mail. A
 * pupil's own account (e-mail, platform team, member of an organisation) is never changed here.
 */
export function ManageAccountDialog({ open, pupil, ...props }: ManageAccountDialogProps) {
  const titleId = useId();
  return (
    <Dialog open={open && pupil !== null} onClose={props.onClose} aria-labelledby={titleId} maxWidth="sm" fullWidth>
      {pupil && <ManageAccountContent key={pupil.id} pupil={pupil} titleId={titleId} {...props} />}
    </Dialog>
  );
}
