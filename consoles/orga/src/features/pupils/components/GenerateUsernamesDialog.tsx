import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { ErrorAlert } from '@pix-libre/ui-shared';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

export interface GenerateUsernamesDialogProps {
  open: boolean;
  /** The pupils selected. */
  count: number;
  busy: boolean;
  error: unknown;
  onCancel: () => void;
  onConfirm: () => void;
}

/** Asks before giving the selected pupils a username and a temporary password (props only). */
export function GenerateUsernamesDialog({ open, count, busy, error, onCancel, onConfirm }: GenerateUsernamesDialogProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const textId = useId();
  return (
    <Dialog open={open} onClose={busy ? undefined : onCancel} aria-labelledby={titleId} aria-describedby={textId} maxWidth="sm" fullWidth>
      <DialogTitle id={titleId}>{t('console.pupils.generate.confirmTitle', { count })}</DialogTitle>
      <DialogContent>
        <ErrorAlert error={error} sx={{ mb: 2 }} />
        <div id={textId}>
          <DialogContentText sx={{ color: 'text.primary', mb: 1 }}>{t('console.pupils.generate.explanation')}</DialogContentText>
          <DialogContentText sx={{ color: 'text.primary' }}>{t('console.pupils.generate.unchanged')}</DialogContentText>
        </div>
      </DialogContent>
      <DialogActions sx={{ flexWrap: 'wrap', gap: 1, px: 3, pb: 2 }}>
        <Button onClick={onCancel} variant="outlined" disabled={busy} autoFocus>
          {t('console.confirm.cancel')}
        </Button>
        <Button onClick={onConfirm} variant="contained" disabled={busy}>
          {busy ? t('console.pupils.generate.submitting') : t('console.pupils.generate.submit')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
