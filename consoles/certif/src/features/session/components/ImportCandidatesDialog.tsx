import Download from '@mui/icons-material/Download';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Link from '@mui/material/Link';
import { ErrorAlert, type ApiError } from '@pix-libre/ui-shared';
import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { urls } from '../../../urls';
import { CANDIDATES_FILE_MAX_BYTES, type CandidatesImportReport } from '../import-candidates';

export interface ImportCandidatesDialogProps {
  open: boolean;
  sending: boolean;
  report: CandidatesImportReport | null;
  errors: ApiError[] | null;
  onClose: () => void;
  onSubmit: (file: File) => void;
}

/** "Importer": the template to download, the file to send, and the report (every problem by line). */
export function ImportCandidatesDialog({ open, sending, report, errors, onClose, onSubmit }: ImportCandidatesDialogProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const inputId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [localError, setLocalError] = useState<string | null>(null);
  useEffect(() => {
    if (open) {
      setFile(null);
      setLocalError(null);
    }
  }, [open]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!file) return setLocalError(t('console.session.import.chooseFirst'));
    if (file.size > CANDIDATES_FILE_MAX_BYTES) return setLocalError(t('console.session.import.tooLarge'));
    setLocalError(null);
    onSubmit(file);
  };
  return (
    <Dialog open={open} onClose={onClose} aria-labelledby={titleId} maxWidth="sm" fullWidth scroll="paper">
      <form noValidate onSubmit={submit}>
        <DialogTitle id={titleId}>{t('console.session.import.title')}</DialogTitle>
        <DialogContent dividers sx={{ display: 'grid', gap: 2 }}>
          <DialogContentText sx={{ color: 'text.primary' }}>{t('console.session.import.explanation')}</DialogContentText>
          <Link href={urls.candidatesTemplate()} download sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5 }}>
            <Download fontSize="small" aria-hidden="true" />
            {t('console.session.import.template')}
          </Link>
          <Box>
            <label htmlFor={inputId}>{t('console.session.import.file')}</label>
            <Box component="input" id={inputId} type="file" accept=".csv,text/csv" onChange={(event: { target: HTMLInputElement }) => setFile(event.target.files?.[0] ?? null)} sx={{ display: 'block', mt: 1 }} />
          </Box>
          {localError && <Alert severity="error">{localError}</Alert>}
          <ErrorAlert error={errors?.length ? errors : null} />
          <Box role="status">
            {report && report.importedCount > 0 && <Alert severity="success">{t('console.session.import.done', { count: report.importedCount })}</Alert>}
            {report && report.problems.length > 0 && (
              <Alert severity="error">
                <strong>{report.summary}</strong>
                <Box component="ul" sx={{ m: 0, pl: 2 }}>
                  {report.problems.map((problem, i) => (
                    <li key={i}>{problem.line ? t('console.session.import.line', { line: problem.line, message: problem.message }) : problem.message}</li>
                  ))}
                </Box>
              </Alert>
            )}
          </Box>
        </DialogContent>
        <DialogActions sx={{ px: 3, py: 2, flexWrap: 'wrap', gap: 1 }}>
          <Button onClick={onClose} variant="outlined">
            {t('console.session.import.close')}
          </Button>
          <Button type="submit" variant="contained" disabled={sending}>
            {t('console.session.import.submit')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
