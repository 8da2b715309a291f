import { useMutation, useQuery } from '@apollo/client/react';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { ErrorAlert, InvitationsTable, PageLoader, useAction, useDocumentTitle, type TeamMember, type TeamRole } from '@pix-libre/ui-shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import { ArchiveSection } from '../../components/ArchiveSection';
import { TeamSection } from '../../components/TeamSection';
import { urls } from '../../urls';
import { OrganizationForm, organizationInput, type OrganizationFormValues } from './OrganizationForm';
import {
  AddOrganizationMemberMutation,
  ArchiveOrganizationMutation,
  ChangeOrganizationMemberRoleMutation,
  OrganizationQuery,
  RemoveOrganizationMemberMutation,
  TagsQuery,
  UpdateOrganizationMutation,
} from './organizations.graphql';

/**
 * An organisation for the platform team: its details (edited, audited), its archival (after a
 * confirmation), its members (added by e-mail, role changed, removed), the invitations sent, its
 * tags and the target profiles it may use (read only).
 */
export function OrganizationRoute() {
  const { t } = useTranslation();
  const { organizationId = '' } = useParams();
  const variables = { id: organizationId };
  const refetchQueries = [{ query: OrganizationQuery, variables }];
  const query = useQuery(OrganizationQuery, { variables, fetchPolicy: 'cache-and-network' });
  const tags = useQuery(TagsQuery);
  const [update, updated] = useMutation(UpdateOrganizationMutation);
  const [archive, archived] = useMutation(ArchiveOrganizationMutation, { refetchQueries });
  const [addMember, added] = useMutation(AddOrganizationMemberMutation, { refetchQueries, awaitRefetchQueries: true });
  const [changeRole, changed] = useMutation(ChangeOrganizationMemberRoleMutation, { refetchQueries, awaitRefetchQueries: true });
  const [removeMember, removed] = useMutation(RemoveOrganizationMemberMutation, { refetchQueries, awaitRefetchQueries: true });
  const [saved, setSaved] = useState(false);
  // The team's writing buttons share one pending/error state: the member list shows the refusal.
  const { error: teamError, run } = useAction();
  const organization = query.data?.organization;
  useDocumentTitle(organization ? organization.name : t('console.organizations.title'));

  if (query.loading && !organization) return <PageLoader />;
  if (!organization) return <ErrorAlert error={query.error} />;

  const readOnly = Boolean(organization.archivedAt);
  const initial: OrganizationFormValues = {
    name: organization.name,
    type: organization.type,
    uai: organization.uai ?? '',
    email: organization.email ?? '',
    isManagingStudents: organization.isManagingStudents,
    provinceCode: organization.provinceCode ?? '',
    externalId: organization.externalId ?? '',
    tagIds: organization.tags.map((tag) => tag.id),
    comment: '',
  };
  const members: TeamMember[] = organization.memberships.map((m) => ({ id: m.id, role: m.role as TeamRole, user: m.user }));

  return (
    <Box component="article" aria-labelledby="organization-title">
      <Link component={RouterLink} to={urls.organizations()} sx={{ display: 'inline-block', mb: 2 }}>
        {t('console.organizations.back')}
      </Link>
      <Typography variant="h1" id="organization-title" gutterBottom>
        {organization.name}
      </Typography>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, mb: 2 }}>
        <Chip label={t(`console.organizationTypes.${organization.type}`)} />
        {organization.tags.map((tag) => (
          <Chip key={tag.id} variant="outlined" label={tag.name} />
        ))}
      </Box>
      <ArchiveSection
        kind="organization"
        name={organization.name}
        archivedAt={organization.archivedAt ?? null}
        busy={archived.loading}
        error={archived.error}
        onArchive={() => void archive({ variables: { id: organization.id } }).catch(() => undefined)}
      />

      <Box component="section" aria-labelledby="organization-details" sx={{ mb: 4 }}>
        <Typography variant="h2" id="organization-details" sx={{ fontSize: '1.5rem', mb: 2 }}>
          {t('console.organization.details')}
        </Typography>
        <Box role="status" sx={{ mb: 1 }}>
          {saved ? t('console.organization.saved') : ''}
        </Box>
        {readOnly ? (
          <Typography>{t('console.organization.readOnly')}</Typography>
        ) : (
          <OrganizationForm
            key={organization.id}
            labelledBy="organization-details"
            initial={initial}
            tags={tags.data?.tags ?? []}
            submitLabel={t('console.organizationForm.save')}
            busy={updated.loading}
            error={updated.error}
            onSubmit={(values) => {
              setSaved(false);
              void update({ variables: { input: { id: organization.id, ...organizationInput(values) } } })
                .then(() => setSaved(true))
                .catch(() => undefined);
            }}
          />
        )}
      </Box>

      <TeamSection
        members={members}
        readOnly={readOnly}
        busy={added.loading || changed.loading || removed.loading}
        error={teamError}
        onAdd={(email, role) => run(() => addMember({ variables: { input: { organizationId: organization.id, email, role } } }))}
        onChangeRole={(member, role) => run(() => changeRole({ variables: { input: { membershipId: member.id, role } } }))}
        onRemove={(member) => run(() => removeMember({ variables: { input: { membershipId: member.id } } }))}
      />

      <Box component="section" aria-labelledby="organization-invitations" sx={{ mb: 4 }}>
        <Typography variant="h2" id="organization-invitations" sx={{ fontSize: '1.5rem', mb: 1 }}>
          {t('console.team.invitations.titleCount', { count: organization.invitations.length })}
        </Typography>
        <InvitationsTable
          labelledBy="organization-invitations"
          invitations={organization.invitations.map((i) => ({ ...i, role: i.role as TeamRole }))}
          canManage={false}
          busy={false}
          onResend={() => undefined}
          onCancel={() => undefined}
        />
      </Box>

      <Box component="section" aria-labelledby="organization-target-profiles">
        <Typography variant="h2" id="organization-target-profiles" sx={{ fontSize: '1.5rem', mb: 1 }}>
          {t('console.organization.targetProfiles')}
        </Typography>
        {organization.targetProfiles.length === 0 ? (
          <Typography>{t('console.organization.noTargetProfiles')}</Typography>
        ) : (
          <Box component="ul" sx={{ pl: 3 }}>
            {organization.targetProfiles.map((profile) => (
              <li key={profile.id}>
                <Link component={RouterLink} to={urls.targetProfile(profile.id)}>
                  {profile.name}
                </Link>
              </li>
            ))}
          </Box>
        )}
      </Box>
    </Box>
  );
}
