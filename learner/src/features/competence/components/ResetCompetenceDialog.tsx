import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

export interface ResetCompetenceDialogProps {
  open: boolean;
  competenceName: string;
  pixScore: number;
  onCancel: () => void;
  onConfirm: () => void;
}

/** Asks before "Remettre à zéro" (an alert dialog: the focus starts on "Annuler"). */
export function ResetCompetenceDialog({ open, competenceName, pixScore, onCancel, onConfirm }: ResetCompetenceDialogProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const textId = useId();
  return (
    <Dialog open={open} onClose={onCancel} role="alertdialog" aria-labelledby={titleId} aria-describedby={textId} maxWidth="sm" fullWidth>
      <DialogTitle id={titleId}>{t('learner.resetDialog.title', { name: competenceName })}</DialogTitle>
      <DialogContent>
        <DialogContentText id={textId} sx={{ color: 'text.primary' }}>
          {t('learner.resetDialog.text', { count: pixScore })}
        </DialogContentText>
      </DialogContent>
      <DialogActions sx={{ flexWrap: 'wrap', gap: 1, px: 3, pb: 2 }}>
        <Button onClick={onCancel} variant="outlined" autoFocus>
          {t('learner.resetDialog.cancel')}
        </Button>
        <Button onClick={onConfirm} variant="contained" color="secondary">
          {t('learner.resetDialog.confirm')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
