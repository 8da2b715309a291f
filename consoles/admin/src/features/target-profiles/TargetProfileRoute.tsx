import { useMutation, useQuery } from '@apollo/client/react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { ErrorAlert, PageLoader, useDocumentTitle } from '@pix-libre/ui-shared';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate, useParams } from 'react-router';
import { frenchDate as formatDate } from '../../components/format';
import { urls } from '../../urls';
import { AttachOrganizations } from './AttachOrganizations';
import { AdminTargetProfileQuery, CopyTargetProfileMutation, DetachTargetProfileMutation } from './target-profiles.graphql';
import { useCanEditTargetProfiles } from './target-profile-roles';

/** A target profile for the platform team: details, tubes with their skills, organisations attached (attach, detach), campaigns using it; "Copier". */
export function TargetProfileRoute() {
  const { t } = useTranslation();
  const { targetProfileId = '' } = useParams();
  const navigate = useNavigate();
  const canEdit = useCanEditTargetProfiles();
  const query = useQuery(AdminTargetProfileQuery, { variables: { id: targetProfileId }, fetchPolicy: 'cache-and-network' });
  const [copy, copied] = useMutation(CopyTargetProfileMutation);
  const [detach, detached] = useMutation(DetachTargetProfileMutation);
  const profile = query.data?.adminTargetProfile;
  useDocumentTitle(profile ? profile.name : t('console.targetProfiles.title'));
  if (query.loading && !profile) return <PageLoader />;
  if (!profile) return <ErrorAlert error={query.error} />;

  const detail = (label: string, value: string | null | undefined) => (
    <>
      <Typography component="dt" sx={{ fontWeight: 700 }}>
        {label}
      </Typography>
      <Typography component="dd" sx={{ m: 0, whiteSpace: 'pre-wrap' }}>
        {value || '—'}
      </Typography>
    </>
  );
  return (
    <Box component="article" aria-labelledby="target-profile-title">
      <Link component={RouterLink} to={urls.targetProfiles()} sx={{ display: 'inline-block', mb: 2 }}>
        {t('console.targetProfiles.back')}
      </Link>
      <Typography variant="h1" id="target-profile-title" gutterBottom>
        {profile.name}
      </Typography>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, mb: 2 }}>
        <Chip label={profile.categoryLabel} />
        <Chip variant="outlined" label={t(profile.isPublic ? 'console.targetProfiles.public' : 'console.targetProfiles.private')} />
      </Box>
      {canEdit && (
        <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, mb: 2 }}>
          <Button component={RouterLink} to={urls.editTargetProfile(profile.id)} variant="outlined">
            {t('console.targetProfile.edit')}
          </Button>
          <Button
            variant="outlined"
            disabled={copied.loading}
            onClick={() =>
              void copy({ variables: { id: profile.id } })
                .then(({ data }) => data && navigate(urls.targetProfile(data.copyTargetProfile.id)))
                .catch(() => undefined)
            }
          >
            {t('console.targetProfile.copy')}
          </Button>
        </Box>
      )}
      <ErrorAlert error={copied.error ?? detached.error} sx={{ mb: 2 }} />

      <Box component="section" aria-labelledby="target-profile-details" sx={{ mb: 4 }}>
        <Typography variant="h2" id="target-profile-details" sx={{ fontSize: '1.5rem', mb: 2 }}>
          {t('console.targetProfile.details')}
        </Typography>
        <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: 2, rowGap: 1, m: 0 }}>
          {detail(t('console.targetProfile.id'), profile.id)}
          {detail(t('console.targetProfileForm.description'), profile.description)}
          {detail(t('console.targetProfileForm.comment'), profile.comment)}
          {detail(t('console.targetProfileForm.imageUrl'), profile.imageUrl)}
          {detail(t('console.targetProfile.owner'), profile.ownerOrganizationId)}
          {detail(t('console.targetProfiles.columns.createdAt'), formatDate(profile.createdAt))}
        </Box>
      </Box>

      <Box component="section" aria-labelledby="target-profile-tubes" sx={{ mb: 4 }}>
        <Typography variant="h2" id="target-profile-tubes" sx={{ fontSize: '1.5rem', mb: 1 }}>
          {t('console.targetProfileForm.tubes')}
        </Typography>
        <Typography sx={{ mb: 1 }}>{t('console.targetProfileForm.totals', { tubes: profile.tubeCount, skills: profile.skillCount, questions: profile.estimatedQuestionCount })}</Typography>
        {profile.isUsedByCampaigns && <Typography sx={{ mb: 1 }}>{t('console.targetProfileForm.usedHint')}</Typography>}
        <Table size="small" aria-labelledby="target-profile-tubes">
          <TableHead>
            <TableRow>
              <TableCell>{t('console.targetProfile.competence')}</TableCell>
              <TableCell>{t('console.targetProfile.tube')}</TableCell>
              <TableCell>{t('console.targetProfile.levelCap')}</TableCell>
              <TableCell>{t('console.targetProfile.skills')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {profile.tubes.map((tube) => (
              <TableRow key={tube.tubeId}>
                <TableCell>{tube.competenceCode}</TableCell>
                <TableCell>{tube.title}</TableCell>
                <TableCell>{tube.levelCap}</TableCell>
                <TableCell>{tube.skills.map((skill) => skill.name).join(', ')}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Box>

      <Box component="section" aria-labelledby="target-profile-organizations" sx={{ mb: 4 }}>
        <Typography variant="h2" id="target-profile-organizations" sx={{ fontSize: '1.5rem', mb: 1 }}>
          {t('console.targetProfile.organizations')}
        </Typography>
        {canEdit && <AttachOrganizations targetProfileId={profile.id} />}
        {profile.organizations.length === 0 ? (
          <Typography>{t('console.targetProfile.noOrganizations')}</Typography>
        ) : (
          <Table size="small" aria-labelledby="target-profile-organizations">
            <TableHead>
              <TableRow>
                <TableCell>{t('console.targetProfiles.columns.id')}</TableCell>
                <TableCell>{t('console.targetProfile.organizationName')}</TableCell>
                <TableCell>{t('console.targetProfile.organizationType')}</TableCell>
                {canEdit && <TableCell>{t('console.targetProfile.actions')}</TableCell>}
              </TableRow>
            </TableHead>
            <TableBody>
              {profile.organizations.map((organization) => (
                <TableRow key={organization.id}>
                  <TableCell>{organization.id}</TableCell>
                  <TableCell>
                    <Link component={RouterLink} to={urls.organization(organization.id)}>
                      {organization.name}
                    </Link>
                  </TableCell>
                  <TableCell>{organization.type}</TableCell>
                  {canEdit && (
                    <TableCell>
                      <Button
                        size="small"
                        disabled={detached.loading}
                        aria-label={t('console.targetProfile.detachNamed', { name: organization.name })}
                        onClick={() => void detach({ variables: { input: { targetProfileId: profile.id, organizationIds: [organization.id] } } }).catch(() => undefined)}
                      >
                        {t('console.targetProfile.detach')}
                      </Button>
                    </TableCell>
                  )}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </Box>

      <Box component="section" aria-labelledby="target-profile-campaigns" sx={{ mb: 4 }}>
        <Typography variant="h2" id="target-profile-campaigns" sx={{ fontSize: '1.5rem', mb: 1 }}>
          {t('console.targetProfile.campaigns')}
        </Typography>
        {profile.campaigns.length === 0 ? (
          <Typography>{t('console.targetProfile.noCampaigns')}</Typography>
        ) : (
          <Table size="small" aria-labelledby="target-profile-campaigns">
            <TableHead>
              <TableRow>
                <TableCell>{t('console.targetProfile.campaignName')}</TableCell>
                <TableCell>{t('console.targetProfile.campaignCode')}</TableCell>
                <TableCell>{t('console.targetProfile.organizationName')}</TableCell>
                <TableCell>{t('console.targetProfiles.columns.createdAt')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {profile.campaigns.map((campaign) => (
                <TableRow key={campaign.id}>
                  <TableCell>{campaign.name}</TableCell>
                  <TableCell>{campaign.code}</TableCell>
                  <TableCell>{campaign.organizationName}</TableCell>
                  <TableCell>{formatDate(campaign.createdAt)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </Box>
    </Box>
  );
}
