import UploadFile from '@mui/icons-material/UploadFile';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormHelperText from '@mui/material/FormHelperText';
import Typography from '@mui/material/Typography';
import { useTheme } from '@mui/material/styles';
import useMediaQuery from '@mui/material/useMediaQuery';
import { colors, currentLanguage, DIALOG_FORM_SX, visuallyHidden } from '@pix-libre/ui-shared';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SIECLE_MAX_BYTES } from '../upload-siecle-file';
import type { SiecleImportState } from '../use-siecle-import';
import { ImportStatus } from './ImportStatus';

export interface ImportSiecleDialogProps {
  open: boolean;
  state: SiecleImportState;
  onStart: (file: File) => void;
  /** Forgets the last import, to send another file. */
  onReset: () => void;
  onClose: () => void;
}

const ACCEPTED = /\.(zip|xml)$/i;

/**
 * "Importer (SIECLE)" (props only): the zip "ElevesSansAdresses" exported from SIECLE (or its
 * XML), at most 20 Mo, then the progress and the report of the import.
 */
export function ImportSiecleDialog({ open, state, onStart, onReset, onClose }: ImportSiecleDialogProps) {
  // On a phone the report takes the whole screen; its content scrolls, the actions stay in view.
  const fullScreen = useMediaQuery(useTheme().breakpoints.down('sm'));
  const { t, i18n } = useTranslation();
  const titleId = useId();
  const inputId = useId();
  const hintId = useId();
  const errorId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<string | null>(null);
  const numbers = new Intl.NumberFormat(currentLanguage(i18n) === 'fr' ? 'fr-FR' : 'en-GB', { maximumFractionDigits: 1 });
  const size = (bytes: number) =>
    bytes < 1024 * 1024
      ? t('console.pupils.import.kilobytes', { size: numbers.format(Math.max(1, Math.round(bytes / 1024))) })
      : t('console.pupils.import.megabytes', { size: numbers.format(bytes / (1024 * 1024)) });
  const choosing = state.phase === 'idle';
  const finished = state.phase === 'done' || state.phase === 'failed';

  const choose = (chosen: File | null) => {
    setFile(null);
    setError(null);
    if (!chosen) return;
    if (!ACCEPTED.test(chosen.name)) setError(t('console.pupils.import.wrongType'));
    else if (chosen.size > SIECLE_MAX_BYTES) setError(t('console.pupils.import.tooLarge', { size: size(chosen.size) }));
    else setFile(chosen);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!file) {
      setError((current) => current ?? t('console.pupils.import.fileRequired'));
      document.getElementById(inputId)?.focus();
      return;
    }
    onStart(file);
  };

  const again = () => {
    setFile(null);
    setError(null);
    onReset();
  };

  // Once closed: an import still running goes on (its report shows at the next opening).
  const clear = () => {
    if (finished) again();
    else if (choosing) choose(null);
  };

  return (
    <Dialog
      open={open}
      onClose={state.phase === 'uploading' ? undefined : onClose}
      aria-labelledby={titleId}
      maxWidth="sm"
      fullWidth
      fullScreen={fullScreen}
      slotProps={{ transition: { onExited: clear } }}
    >
      <Box component="form" noValidate onSubmit={submit} sx={DIALOG_FORM_SX}>
        <DialogTitle id={titleId}>{t('console.pupils.import.title')}</DialogTitle>
        <DialogContent>
          <Typography id={hintId} sx={{ mb: 1 }}>
            {t('console.pupils.import.intro')}
          </Typography>
          <Typography color="text.secondary" sx={{ mb: 2 }}>
            {t('console.pupils.import.update')}
          </Typography>
          {choosing && (
            <Box>
              {/* A label styled as a button, not a button holding a label: the file input inside it is the
                  only control (a role="button" around an input nests interactive controls). */}
              <Box
                component="label"
                htmlFor={inputId}
                sx={{
                  display: 'inline-flex',
                  alignItems: 'center',
                  gap: 1,
                  px: 2,
                  py: 0.75,
                  border: 1,
                  borderColor: 'primary.main',
                  borderRadius: 1,
                  color: 'primary.main',
                  fontWeight: 500,
                  cursor: 'pointer',
                  '&:hover': { bgcolor: 'action.hover' },
                  '&:focus-within': { outline: `2px solid ${colors.focus}`, outlineOffset: 2 },
                }}
              >
                <UploadFile aria-hidden="true" fontSize="small" />
                {t('console.pupils.import.choose')}
                <input
                  id={inputId}
                  type="file"
                  accept=".zip,.xml"
                  aria-describedby={error ? `${errorId} ${hintId}` : hintId}
                  aria-invalid={error ? true : undefined}
                  onChange={(event) => choose(event.target.files?.[0] ?? null)}
                  style={visuallyHidden}
                />
              </Box>
              {error && (
                <FormHelperText id={errorId} error sx={{ mx: 0, mt: 1, fontSize: '1rem' }}>
                  {error}
                </FormHelperText>
              )}
            </Box>
          )}
          {file && (
            <Typography sx={{ my: 1, overflowWrap: 'anywhere' }}>{t('console.pupils.import.chosen', { name: file.name, size: size(file.size) })}</Typography>
          )}
          <ImportStatus state={state} />
        </DialogContent>
        <DialogActions sx={{ flexWrap: 'wrap', gap: 1, px: 3, pb: 2 }}>
          {choosing && (
            <>
              <Button onClick={onClose} variant="outlined">
                {t('console.confirm.cancel')}
              </Button>
              <Button type="submit" variant="contained">
                {t('console.pupils.import.submit')}
              </Button>
            </>
          )}
          {state.phase === 'uploading' && (
            <Button onClick={again} variant="outlined">
              {t('console.pupils.import.cancelUpload')}
            </Button>
          )}
          {state.phase === 'processing' && (
            <Button onClick={onClose} variant="outlined">
              {t('console.pupils.import.closeWhileRunning')}
            </Button>
          )}
          {finished && (
            <>
              <Button onClick={again} variant="outlined">
                {t('console.pupils.import.another')}
              </Button>
              <Button onClick={onClose} variant="contained" autoFocus>
                {t('console.pupils.import.close')}
              </Button>
            </>
          )}
        </DialogActions>
      </Box>
    </Dialog>
  );
}
