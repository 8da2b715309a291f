import { skipToken, useMutation, useQuery } from '@apollo/client/react';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { ErrorAlert, PageLoader, useDocumentTitle } from '@pix-libre/ui-shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OrganizationUnavailable, isUnavailable } from '../organization/components/OrganizationUnavailable';
import { PupilsPage } from './components/PupilsPage';
import { INITIAL_QUERY, pupilsVariables, type Pupil, type PupilsQueryState, type SingleGeneration } from './pupil-types';
import { GenerateUsernamesMutation, PupilsOrganizationQuery, PupilsQuery, ResetLearnerPasswordMutation } from './pupils.graphql';
import { useSiecleImport } from './use-siecle-import';

/**
 * Loads a school's pupils ("Élèves"), one page at a time, and carries out the administrators'
 * actions: the SIECLE import, usernames with temporary passwords, password resets.
 */
export function PupilsView({ organizationId }: { organizationId: string }) {
  const { t } = useTranslation();
  useDocumentTitle(t('console.pupils.documentTitle'));
  const [query, setQuery] = useState<PupilsQueryState>(INITIAL_QUERY);
  const organizationQuery = useQuery(PupilsOrganizationQuery, { variables: { organizationId }, fetchPolicy: 'cache-and-network' });
  const organization = organizationQuery.data?.organization;
  const pupilsQuery = useQuery(
    PupilsQuery,
    organization?.isManagingStudents ? { variables: pupilsVariables(organizationId, query), fetchPolicy: 'cache-and-network' } : skipToken,
  );
  // While another page loads, the grid keeps the last one (and its row count).
  const learners = (pupilsQuery.data ?? pupilsQuery.previousData)?.organization.learners;

  const siecleImport = useSiecleImport(organizationId, () => {
    void organizationQuery.refetch();
    void pupilsQuery.refetch();
  });
  const [generateUsernames] = useMutation(GenerateUsernamesMutation);
  const [resetLearnerPassword] = useMutation(ResetLearnerPasswordMutation);

  const onGenerate = async (learnerIds: string[]) => {
    const { data } = await generateUsernames({ variables: { organizationId, learnerIds } });
    if (!data) throw new Error('generateUsernamesWithTemporaryPasswords returned no data');
    return data.generateUsernamesWithTemporaryPasswords;
  };

  const onGenerateUsername = async (pupil: Pupil): Promise<SingleGeneration> => {
    const result = await onGenerate([pupil.id]);
    if (result.credentials[0]) return { kind: 'generated', credentials: result.credentials[0] };
    if (result.accountsNotManaged[0]) return { kind: 'notManaged', message: result.accountsNotManaged[0].message };
    return { kind: 'alreadyWithUsername' };
  };

  const onResetPassword = async (pupil: Pupil) => {
    const { data } = await resetLearnerPassword({ variables: { organizationId, learnerId: pupil.id } });
    if (!data) throw new Error('resetLearnerPassword returned no data');
    return data.resetLearnerPassword;
  };

  if (organizationQuery.loading && !organization) return <PageLoader />;
  if (!organization) {
    return isUnavailable(organizationQuery.error) ? <OrganizationUnavailable /> : <ErrorAlert error={organizationQuery.error} />;
  }
  if (!organization.isManagingStudents) {
    return (
      <Paper component="section" variant="outlined" aria-labelledby="pupils-title" sx={{ p: { xs: 2, sm: 4 } }}>
        <Typography variant="h1" id="pupils-title" gutterBottom>
          {t('console.pupils.title')}
        </Typography>
        <Typography>{t('console.pupils.notManaging', { organizationName: organization.name })}</Typography>
      </Paper>
    );
  }
  return (
    <PupilsPage
      organizationName={organization.name}
      divisions={organization.divisions}
      canManage={organization.viewerRole === 'ADMIN'}
      rows={learners ? learners.edges.map((edge) => edge.node) : null}
      totalCount={learners?.totalCount ?? 0}
      loading={pupilsQuery.loading}
      error={pupilsQuery.error}
      query={query}
      onQueryChange={setQuery}
      importState={siecleImport.state}
      onImportStart={(file) => void siecleImport.start(file)}
      onImportReset={siecleImport.reset}
      onGenerate={onGenerate}
      onResetPassword={onResetPassword}
      onGenerateUsername={onGenerateUsername}
    />
  );
}
