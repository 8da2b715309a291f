import { useMutation, useQuery } from '@apollo/client/react';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { PageLoader, useDocumentTitle } from '@pix-libre/ui-shared';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate } from 'react-router';
import { urls } from '../../urls';
import { emptyOrganization, OrganizationForm, organizationInput } from './OrganizationForm';
import { CreateOrganizationMutation, TagsQuery } from './organizations.graphql';

/** "Créer une organisation" (SUPER_ADMIN, SUPPORT): then its page, to add its administrator. */
export function CreateOrganizationRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('console.organizationForm.createTitle'));
  const navigate = useNavigate();
  const tags = useQuery(TagsQuery);
  const [create, created] = useMutation(CreateOrganizationMutation);
  if (tags.loading && !tags.data) return <PageLoader />;
  return (
    <Box component="section" aria-labelledby="new-organization-title">
      <Link component={RouterLink} to={urls.organizations()} sx={{ display: 'inline-block', mb: 2 }}>
        {t('console.organizations.back')}
      </Link>
      <Typography variant="h1" id="new-organization-title" gutterBottom>
        {t('console.organizationForm.createTitle')}
      </Typography>
      <OrganizationForm
        labelledBy="new-organization-title"
        initial={emptyOrganization}
        tags={tags.data?.tags ?? []}
        submitLabel={t('console.organizationForm.create')}
        busy={created.loading}
        error={created.error}
        onSubmit={(values) =>
          void create({ variables: { input: organizationInput(values) } })
            .then(({ data }) => data && navigate(urls.organization(data.createOrganization.id)))
            .catch(() => undefined)
        }
      />
    </Box>
  );
}
