import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { SiecleImportState } from '../use-siecle-import';
import { ImportReportNames } from './ImportReportNames';

/**
 * Where an import stands (props only): a determinate progress bar while the file is sent then
 * read, the report when it is done, what to fix when it failed. The text sits in a polite live
 * region so that screen readers follow it.
 */
export function ImportStatus({ state }: { state: SiecleImportState }) {
  const { t } = useTranslation();
  const { phase } = state;
  const running = phase === 'uploading' || phase === 'processing';
  const percent = phase === 'uploading' ? state.uploadProgress : state.jobProgress;

  return (
    <Box>
      {running && (
        <LinearProgress
          variant="determinate"
          value={percent}
          aria-label={t('console.pupils.import.progressLabel')}
          sx={{ height: 10, borderRadius: 5, mb: 1 }}
        />
      )}
      <Box role="status" aria-live="polite">
        {running && (
          <Typography>
            {phase === 'uploading' ? t('console.pupils.import.uploading', { percent }) : t('console.pupils.import.processing', { percent })}
          </Typography>
        )}
        {phase === 'done' && state.report && (
          <Alert severity="success" role="none">
            <AlertTitle>{t('console.pupils.import.doneTitle')}</AlertTitle>
            <Typography variant="body2">
              {t('console.pupils.import.report', {
                added: t('console.pupils.import.added', { count: state.report.added }),
                updated: t('console.pupils.import.updated', { count: state.report.updated }),
                left: t('console.pupils.import.left', { count: state.report.left }),
              })}
            </Typography>
          </Alert>
        )}
        {phase === 'failed' && (
          <Alert severity="error" role="none">
            <AlertTitle>{t('console.pupils.import.failedTitle')}</AlertTitle>
            <Typography variant="body2" sx={{ mb: 1 }}>
              {t('console.pupils.import.nothingChanged')}
            </Typography>
            {state.networkError ? (
              <Typography variant="body2">{t('shared.errors.network')}</Typography>
            ) : (
              <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
                {state.problems.map((problem, index) => {
                  const message = problem.message || t('shared.errors.unknown');
                  return (
                    <li key={index}>
                      {problem.line !== null ? t('console.pupils.import.problemAtLine', { line: problem.line, message }) : message}
                    </li>
                  );
                })}
              </Box>
            )}
          </Alert>
        )}
      </Box>
      {/* The names outside the live region: only the summary above is read out when the import ends. */}
      {phase === 'done' && state.report && <ImportReportNames report={state.report} />}
    </Box>
  );
}
