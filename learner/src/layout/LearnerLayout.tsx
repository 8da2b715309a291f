import { useQuery } from '@apollo/client/react';
import Link from '@mui/material/Link';
import { Layout, NavLinks, useAuth } from '@pix-libre/ui-shared';
import { useTranslation } from 'react-i18next';
import { Outlet, Link as RouterLink } from 'react-router';
import { GarSessionQuery } from '../features/gar/gar.graphql';
import { paths, urls } from '../urls';
import { FlashNotice } from './FlashNotice';

/** The learner app's main navigation (logged-in learners): dashboard, "Mes tutos", "Certification", "Mes certifications", "J'ai un code". */
function LearnerNav() {
  const { t } = useTranslation();
  const items = [
    { to: urls.home(), label: t('learner.nav.dashboard'), end: true },
    { to: urls.savedTutorials(), label: t('learner.nav.savedTutorials'), end: false },
    { to: urls.certification(), label: t('learner.nav.certification'), end: false },
    { to: urls.myCertifications(), label: t('learner.nav.myCertifications'), end: false },
    { to: urls.campaigns(), label: t('learner.nav.campaignCode'), end: false },
  ];
  return <NavLinks entries={items} />;
}

/**
 * The shared layout with the learner app's navigation and footer. A pupil whose session came from the
 * GAR (garSession) is led by "Se déconnecter" to `/deconnexion/gar`, which offers the ENT's log-out too.
 */
export function LearnerLayout() {
  const { t } = useTranslation();
  const { user } = useAuth();
  const gar = useQuery(GarSessionQuery, { skip: !user, context: { skipAuth: true } });
  return (
    <Layout
      nav={user ? <LearnerNav /> : undefined}
      loginPath={gar.data?.garSession ? paths.garSignOut : urls.logIn()}
      footer={
        <nav aria-label={t('learner.footer.label')}>
          <Link component={RouterLink} to={urls.termsOfUse()}>
            {t('learner.footer.terms')}
          </Link>{' '}
          ·{' '}
          <Link component={RouterLink} to={urls.verifyCertificate()}>
            {t('learner.footer.verifyCertificate')}
          </Link>
        </nav>
      }
    >
      <FlashNotice />
      <Outlet />
    </Layout>
  );
}
