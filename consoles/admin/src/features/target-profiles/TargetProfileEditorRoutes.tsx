import { useMutation, useQuery } from '@apollo/client/react';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { ErrorAlert, PageLoader, useDocumentTitle } from '@pix-libre/ui-shared';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate, useParams } from 'react-router';
import { urls } from '../../urls';
import { BuilderFrameworkQuery, AdminTargetProfileQuery, CreateTargetProfileMutation, UpdateTargetProfileMutation } from './target-profiles.graphql';
import { emptyTargetProfile, TargetProfileForm, targetProfileInput } from './TargetProfileForm';

/** "Créer un profil cible" (METIER, SUPER_ADMIN): details, then tubes with their level caps; then its page. */
export function CreateTargetProfileRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('console.targetProfileForm.createTitle'));
  const navigate = useNavigate();
  const framework = useQuery(BuilderFrameworkQuery);
  const [create, created] = useMutation(CreateTargetProfileMutation);
  if (framework.loading && !framework.data) return <PageLoader />;
  return (
    <Box component="section" aria-labelledby="new-target-profile-title">
      <Link component={RouterLink} to={urls.targetProfiles()} sx={{ display: 'inline-block', mb: 2 }}>
        {t('console.targetProfiles.back')}
      </Link>
      <Typography variant="h1" id="new-target-profile-title" gutterBottom>
        {t('console.targetProfileForm.createTitle')}
      </Typography>
      <ErrorAlert error={framework.error} />
      <TargetProfileForm
        labelledBy="new-target-profile-title"
        initial={emptyTargetProfile}
        framework={framework.data?.targetProfileBuilderFramework ?? []}
        showVisibility
        submitLabel={t('console.targetProfileForm.create')}
        busy={created.loading}
        error={created.error}
        onSubmit={(values) =>
          void create({ variables: { input: { ...targetProfileInput(values), isPublic: values.isPublic } } })
            .then(({ data }) => data && navigate(urls.targetProfile(data.createTargetProfile.id)))
            .catch(() => undefined)
        }
      />
    </Box>
  );
}

/** "Modifier le profil cible": details and tubes; a profile used by a campaign may only gain skills (the API says which tubes otherwise). */
export function EditTargetProfileRoute() {
  const { t } = useTranslation();
  const { targetProfileId = '' } = useParams();
  useDocumentTitle(t('console.targetProfileForm.editTitle'));
  const navigate = useNavigate();
  const framework = useQuery(BuilderFrameworkQuery);
  const profile = useQuery(AdminTargetProfileQuery, { variables: { id: targetProfileId } });
  const [update, updated] = useMutation(UpdateTargetProfileMutation);
  if ((framework.loading && !framework.data) || (profile.loading && !profile.data)) return <PageLoader />;
  const current = profile.data?.adminTargetProfile;
  return (
    <Box component="section" aria-labelledby="edit-target-profile-title">
      <Link component={RouterLink} to={urls.targetProfile(targetProfileId)} sx={{ display: 'inline-block', mb: 2 }}>
        {t('console.targetProfile.back')}
      </Link>
      <Typography variant="h1" id="edit-target-profile-title" gutterBottom>
        {t('console.targetProfileForm.editTitle')}
      </Typography>
      <ErrorAlert error={framework.error ?? profile.error} />
      {current && (
        <>
          {current.isUsedByCampaigns && <Typography sx={{ mb: 2 }}>{t('console.targetProfileForm.usedHint')}</Typography>}
          <TargetProfileForm
            labelledBy="edit-target-profile-title"
            initial={{
              name: current.name,
              category: current.category,
              description: current.description ?? '',
              comment: current.comment ?? '',
              imageUrl: current.imageUrl ?? '',
              isPublic: current.isPublic,
              caps: Object.fromEntries(current.tubes.map((tube) => [tube.tubeId, tube.levelCap])),
            }}
            framework={framework.data?.targetProfileBuilderFramework ?? []}
            showVisibility={false}
            submitLabel={t('console.targetProfileForm.save')}
            busy={updated.loading}
            error={updated.error}
            onSubmit={(values) =>
              void update({ variables: { input: { id: targetProfileId, ...targetProfileInput(values) } } })
                .then(({ data }) => data && navigate(urls.targetProfile(targetProfileId)))
                .catch(() => undefined)
            }
          />
        </>
      )}
    </Box>
  );
}
