import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import { ErrorAlert, getFieldErrors } from '@pix-libre/ui-shared';
import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CandidateFieldsFragment } from '../../../__generated__/graphql';

export interface ExtraTimeDialogProps {
  candidate: CandidateFieldsFragment | null;
  submitting: boolean;
  serverError: unknown;
  onClose: () => void;
  onSubmit: (percentage: number) => void;
}

/** "Temps majoré" of one candidate: a whole percentage from 0 to 100. */
export function ExtraTimeDialog({ candidate, submitting, serverError, onClose, onSubmit }: ExtraTimeDialogProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (candidate) {
      setValue(String(candidate.extraTimePercentage));
      setError(null);
    }
  }, [candidate]);
  const serverField = getFieldErrors(serverError).extraTimePercentage;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const percentage = Number(value);
    if (!/^\d{1,3}$/.test(value.trim()) || percentage > 100) {
      setError(t('console.session.extraTime.invalid'));
      return;
    }
    onSubmit(percentage);
  };
  return (
    <Dialog open={candidate !== null} onClose={onClose} aria-labelledby={titleId} maxWidth="xs" fullWidth>
      <form noValidate onSubmit={submit}>
        <DialogTitle id={titleId}>{candidate ? t('console.session.extraTime.title', { name: `${candidate.firstName} ${candidate.lastName}` }) : ''}</DialogTitle>
        <DialogContent>
          <ErrorAlert error={serverField ? null : serverError} sx={{ mb: 2 }} />
          <TextField
            autoFocus
            fullWidth
            margin="dense"
            id="extra-time"
            label={t('console.session.extraTime.label')}
            value={value}
            onChange={(event) => setValue(event.target.value)}
            error={Boolean(error ?? serverField)}
            helperText={error ?? serverField ?? t('console.session.extraTime.help')}
            slotProps={{ htmlInput: { inputMode: 'numeric' } }}
          />
        </DialogContent>
        <DialogActions sx={{ px: 3, pb: 2, flexWrap: 'wrap', gap: 1 }}>
          <Button onClick={onClose} variant="outlined">
            {t('shared.confirm.cancel')}
          </Button>
          <Button type="submit" variant="contained" disabled={submitting}>
            {t('console.session.extraTime.save')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
