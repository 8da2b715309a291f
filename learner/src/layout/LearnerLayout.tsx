import Link from '@mui/material/Link';
import { Layout } from '@pix-libre/ui-shared';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { urls } from '../urls';

/** The shared layout with the learner app's footer. */
export function LearnerLayout() {
  const { t } = useTranslation();
  return (
    <Layout
      footer={
        <nav aria-label={t('learner.footer.label')}>
          <Link component={RouterLink} to={urls.termsOfUse()}>
            {t('learner.footer.terms')}
          </Link>
        </nav>
      }
    />
  );
}
