import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { useDocumentTitle } from '../app/app-info';

/** "Page introuvable" with a link back home, for unknown routes. */
export function NotFoundPage({ homePath = '/' }: { homePath?: string }) {
  const { t } = useTranslation();
  useDocumentTitle(t('shared.notFound.documentTitle'));
  return (
    <section aria-labelledby="not-found-title">
      <Typography variant="h1" id="not-found-title" gutterBottom>
        {t('shared.notFound.title')}
      </Typography>
      <Typography sx={{ mb: 3 }}>{t('shared.notFound.text')}</Typography>
      <Button component={RouterLink} to={homePath} variant="contained">
        {t('shared.notFound.home')}
      </Button>
    </section>
  );
}
