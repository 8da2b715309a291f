import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import { DIALOG_FORM_SX, ErrorAlert } from '@pix-libre/ui-shared';
import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

export interface ReasonDialogProps {
  open: boolean;
  title: string;
  text: string;
  confirmLabel: string;
  busy: boolean;
  error?: unknown;
  /** A final action (anonymisation): the confirm button is red. */
  destructive?: boolean;
  onCancel: () => void;
  onConfirm: (reason: string) => void;
}

/**
 * Asks for the reason of a staff action before doing it (props only): the comment is required, and
 * kept in the audit log with the action. The API's refusal is shown in the dialog.
 */
export function ReasonDialog({ open, title, text, confirmLabel, busy, error, destructive = false, onCancel, onConfirm }: ReasonDialogProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const textId = useId();
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  useEffect(() => {
    if (open) {
      setReason('');
      setMissing(false);
    }
  }, [open]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!reason.trim()) {
      setMissing(true);
      return;
    }
    onConfirm(reason.trim());
  };

  return (
    <Dialog open={open} onClose={onCancel} aria-labelledby={titleId} aria-describedby={textId} maxWidth="sm" fullWidth>
      <form onSubmit={submit} noValidate style={DIALOG_FORM_SX}>
        <DialogTitle id={titleId}>{title}</DialogTitle>
        <DialogContent>
          <DialogContentText id={textId} sx={{ color: 'text.primary', mb: 2 }}>
            {text}
          </DialogContentText>
          {error ? <ErrorAlert error={error} /> : null}
          <TextField
            label={t('console.user.reason')}
            helperText={t('console.user.reasonHint')}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            required
            error={missing}
            multiline
            minRows={2}
            fullWidth
            autoFocus
            slotProps={{ htmlInput: { maxLength: 2000 } }}
          />
        </DialogContent>
        <DialogActions sx={{ flexWrap: 'wrap', gap: 1, px: 3, pb: 2 }}>
          <Button onClick={onCancel} variant="outlined">
            {t('console.user.cancel')}
          </Button>
          <Button type="submit" variant="contained" color={destructive ? 'error' : 'primary'} disabled={busy}>
            {confirmLabel}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
