import { useLazyQuery, useMutation } from '@apollo/client/react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { ErrorAlert } from '@pix-libre/ui-shared';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { OrganizationsQuery } from '../organizations/organizations.graphql';
import { AttachTargetProfileMutation } from './target-profiles.graphql';

/** Attach a target profile to organisations: by ids (comma or space separated), or found by name. */
export function AttachOrganizations({ targetProfileId }: { targetProfileId: string }) {
  const { t } = useTranslation();
  const [ids, setIds] = useState('');
  const [name, setName] = useState('');
  const [done, setDone] = useState('');
  const [attach, attached] = useMutation(AttachTargetProfileMutation);
  const [searchOrganizations, found] = useLazyQuery(OrganizationsQuery);
  const run = (organizationIds: string[]) => {
    setDone('');
    void attach({ variables: { input: { targetProfileId, organizationIds } } })
      .then(() => {
        setIds('');
        setDone(t('console.targetProfile.attached', { count: organizationIds.length }));
      })
      .catch(() => undefined);
  };
  const submitIds = (event: FormEvent) => {
    event.preventDefault();
    run(ids.split(/[\s,;]+/).filter(Boolean));
  };
  const submitSearch = (event: FormEvent) => {
    event.preventDefault();
    if (name.trim()) void searchOrganizations({ variables: { first: 10, filter: { name: name.trim() } } });
  };
  return (
    <Box sx={{ mb: 2 }}>
      <ErrorAlert error={attached.error} sx={{ mb: 1 }} />
      <Typography role="status" sx={{ mb: 1 }}>
        {done}
      </Typography>
      <Box component="form" onSubmit={submitIds} aria-label={t('console.targetProfile.attachByIds')} sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, alignItems: 'center', mb: 2 }}>
        <TextField label={t('console.targetProfile.organizationIds')} value={ids} onChange={(event) => setIds(event.target.value)} helperText={t('console.targetProfile.organizationIdsHint')} sx={{ minWidth: 320 }} />
        <Button type="submit" variant="contained" disabled={attached.loading || !ids.trim()}>
          {t('console.targetProfile.attach')}
        </Button>
      </Box>
      <Box component="form" role="search" onSubmit={submitSearch} aria-label={t('console.targetProfile.searchOrganizations')} sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, alignItems: 'center' }}>
        <TextField label={t('console.targetProfile.organizationSearch')} value={name} onChange={(event) => setName(event.target.value)} />
        <Button type="submit" variant="outlined">
          {t('console.targetProfiles.search')}
        </Button>
      </Box>
      <ErrorAlert error={found.error} />
      {found.data && (
        <List aria-label={t('console.targetProfile.searchResults')}>
          {found.data.organizations.edges.length === 0 && <ListItem>{t('console.targetProfile.noOrganizationFound')}</ListItem>}
          {found.data.organizations.edges.map(({ node }) => (
            <ListItem key={node.id} sx={{ gap: 2 }}>
              <span>
                {node.name} ({node.id}
                {node.uai ? `, ${node.uai}` : ''})
              </span>
              <Button size="small" variant="outlined" disabled={attached.loading} aria-label={t('console.targetProfile.attachNamed', { name: node.name })} onClick={() => run([node.id])}>
                {t('console.targetProfile.attach')}
              </Button>
            </ListItem>
          ))}
        </List>
      )}
    </Box>
  );
}
