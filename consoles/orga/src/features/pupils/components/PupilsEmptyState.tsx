import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** No pupil yet (props only): the SIECLE import brings them; `action` is the import button (administrators). */
export function PupilsEmptyState({ canImport, action }: { canImport: boolean; action?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Paper variant="outlined" component="section" aria-labelledby="pupils-empty-title" sx={{ p: { xs: 2, sm: 4 }, textAlign: 'center' }}>
      <Typography variant="h2" id="pupils-empty-title" gutterBottom>
        {t('console.pupils.empty.title')}
      </Typography>
      <Typography sx={{ mb: 1, maxWidth: 640, mx: 'auto' }}>{t('console.pupils.empty.text')}</Typography>
      <Typography color="text.secondary" sx={{ mb: canImport ? 3 : 0, maxWidth: 640, mx: 'auto' }}>
        {canImport ? t('console.pupils.empty.adminHint') : t('console.pupils.empty.memberHint')}
      </Typography>
      {canImport && action}
    </Paper>
  );
}
