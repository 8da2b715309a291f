import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { OrganizationHomeQuery } from '../../../__generated__/graphql';
import { urls } from '../../../urls';

export interface OrganizationHomePageProps {
  organization: OrganizationHomeQuery['organization'];
}

/** An organisation's home (props only): its name, UAI, type, the viewer's role and its sections. */
export function OrganizationHomePage({ organization }: OrganizationHomePageProps) {
  const { t } = useTranslation();
  const details: { label: string; value: string }[] = [
    { label: t('console.organization.type'), value: t(`console.types.${organization.type}`) },
  ];
  if (organization.uai) details.push({ label: t('console.organization.uai'), value: organization.uai });
  if (organization.viewerRole) details.push({ label: t('console.organization.viewerRole'), value: t(`console.roleNames.${organization.viewerRole}`) });

  return (
    <section aria-labelledby="organization-title">
      <Typography variant="h1" id="organization-title" gutterBottom sx={{ overflowWrap: 'anywhere' }}>
        {organization.name}
      </Typography>
      <Box
        component="dl"
        sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: 'max-content 1fr' }, columnGap: 3, rowGap: { xs: 0, sm: 1 }, m: 0, mb: 4 }}
      >
        {details.map((detail) => (
          <Box key={detail.label} sx={{ display: 'contents' }}>
            <Box component="dt" sx={{ fontWeight: 700, mt: { xs: 1, sm: 0 } }}>
              {detail.label}
            </Box>
            <Box component="dd" sx={{ m: 0 }}>
              {detail.value}
            </Box>
          </Box>
        ))}
      </Box>
      <Typography variant="h2" gutterBottom>
        {t('console.organization.sections')}
      </Typography>
      <Box component="ul" sx={{ listStyle: 'none', p: 0, m: 0, display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', sm: 'repeat(2, minmax(0, 1fr))' } }}>
        <li>
          <Paper variant="outlined" sx={{ p: 3, height: '100%' }}>
            <Typography variant="h3" component="h3" gutterBottom>
              <Link component={RouterLink} to={urls.campaigns(organization.id)}>
                {t('console.nav.campaigns')}
              </Link>
            </Typography>
            <Typography color="text.secondary">{t('console.organization.campaignsDescription')}</Typography>
          </Paper>
        </li>
        {organization.isManagingStudents && (
          <li>
            <Paper variant="outlined" sx={{ p: 3, height: '100%' }}>
              <Typography variant="h3" component="h3" gutterBottom>
                <Link component={RouterLink} to={urls.pupils(organization.id)}>
                  {t('console.nav.pupils')}
                </Link>
              </Typography>
              <Typography color="text.secondary">{t('console.organization.pupilsDescription')}</Typography>
            </Paper>
          </li>
        )}
        <li>
          <Paper variant="outlined" sx={{ p: 3, height: '100%' }}>
            <Typography variant="h3" component="h3" gutterBottom>
              <Link component={RouterLink} to={urls.team(organization.id)}>
                {t('console.nav.team')}
              </Link>
            </Typography>
            <Typography color="text.secondary">{t('console.organization.teamDescription')}</Typography>
          </Paper>
        </li>
      </Box>
    </section>
  );
}
