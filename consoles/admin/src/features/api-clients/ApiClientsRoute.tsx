import { useMutation, useQuery } from '@apollo/client/react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { ErrorAlert, PageLoader, useDocumentTitle } from '@pix-libre/ui-shared';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiScope, ApiClientsQuery as ApiClientsQueryResult } from '../../__generated__/graphql';
import { ApiClientDialog, splitUais } from './ApiClientDialog';
import { ApiClientsQuery, CreateApiClientMutation, RevokeApiClientMutation, RotateApiClientSecretMutation } from './api-clients.graphql';

const SCOPES: ApiScope[] = ['CERTIFICATION_RESULTS_READ', 'CAMPAIGN_RESULTS_READ', 'ORGANIZATION_LEARNERS_READ'];

/**
 * "Applications partenaires" (staff SUPER_ADMIN): the API clients of school-record software and ENT
 * publishers, each with its scopes, its schools and the audit of its calls; create one (its secret is
 * shown once), give it a new secret, revoke it.
 */
export function ApiClientsRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('console.apiClients.title'));
  const list = useQuery(ApiClientsQuery, { fetchPolicy: 'network-only' });
  const refetch = [{ query: ApiClientsQuery }];
  const [create, created] = useMutation(CreateApiClientMutation, { refetchQueries: refetch });
  const [rotate, rotated] = useMutation(RotateApiClientSecretMutation, { refetchQueries: refetch });
  const [revoke, revoked] = useMutation(RevokeApiClientMutation, { refetchQueries: refetch });
  const [name, setName] = useState('');
  const [contact, setContact] = useState('');
  const [uais, setUais] = useState('');
  const [scopes, setScopes] = useState<ApiScope[]>([]);
  const [secret, setSecret] = useState<{ clientId: string; clientSecret: string } | null>(null);
  const [editedId, setEditedId] = useState<string | null>(null);
  const [editing, setEditing] = useState(false);
  const edited = list.data?.apiClients.find((client: ApiClientsQueryResult['apiClients'][number]) => client.clientId === editedId) ?? null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const typedUais = splitUais(uais);
    const { data } = await create({ variables: { input: { name, contact, scopes, uais: typedUais.length ? typedUais : null } } }).catch(() => ({ data: undefined }));
    if (data) {
      setSecret(data.createApiClient);
      setName('');
      setContact('');
      setUais('');
      setScopes([]);
    }
  };
  const newSecret = async (clientId: string) => {
    const { data } = await rotate({ variables: { clientId } }).catch(() => ({ data: undefined }));
    if (data) setSecret(data.rotateApiClientSecret);
  };

  if (list.loading && !list.data) return <PageLoader />;
  const error = list.error ?? created.error ?? rotated.error ?? revoked.error;
  return (
    <Box component="section" aria-labelledby="api-clients-title">
      <Typography variant="h1" id="api-clients-title" gutterBottom>
        {t('console.apiClients.title')}
      </Typography>
      <Typography sx={{ mb: 2 }}>{t('console.apiClients.intro')}</Typography>
      {error && <ErrorAlert error={error} />}
      {secret && (
        <Alert severity="success" sx={{ mb: 2 }} role="status">
          <Typography sx={{ fontWeight: 700 }}>{t('console.apiClients.secretOnce')}</Typography>
          <Typography>
            {t('console.apiClients.clientId')} : <code>{secret.clientId}</code>
          </Typography>
          <Typography sx={{ overflowWrap: 'anywhere' }}>
            {t('console.apiClients.clientSecret')} : <code>{secret.clientSecret}</code>
          </Typography>
        </Alert>
      )}
      <Table size="small" sx={{ mb: 4 }}>
        <caption>{t('console.apiClients.tableCaption')}</caption>
        <TableHead>
          <TableRow>
            <TableCell>{t('console.apiClients.name')}</TableCell>
            <TableCell>{t('console.apiClients.clientId')}</TableCell>
            <TableCell>{t('console.apiClients.scopes')}</TableCell>
            <TableCell>{t('console.apiClients.uais')}</TableCell>
            <TableCell>{t('console.apiClients.rateLimit')}</TableCell>
            <TableCell>{t('console.apiClients.callsToday')}</TableCell>
            <TableCell>{t('console.apiClients.lastCall')}</TableCell>
            <TableCell>{t('console.apiClients.actions')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {(list.data?.apiClients ?? []).map((client) => (
            <TableRow key={client.clientId}>
              <TableCell>
                {client.name}
                {client.contact ? ` (${client.contact})` : ''}
              </TableCell>
              <TableCell>
                <code>{client.clientId}</code>
              </TableCell>
              <TableCell>{client.scopes.map((scope) => t(`console.apiClients.scope.${scope}`)).join(', ')}</TableCell>
              <TableCell>{client.uais?.join(', ') ?? t('console.apiClients.allSchools')}</TableCell>
              <TableCell>{client.rateLimitPerMinute.toLocaleString('fr-FR')}</TableCell>
              <TableCell>{client.usage[0]?.day === new Date().toISOString().slice(0, 10) ? client.usage[0].calls : 0}</TableCell>
              <TableCell>{client.lastCallAt ? new Date(client.lastCallAt).toLocaleString('fr-FR') : '—'}</TableCell>
              <TableCell>
                {client.revokedAt ? (
                  t('console.apiClients.revoked')
                ) : (
                  <Box sx={{ display: 'flex', gap: 1 }}>
                    <Button size="small" variant="outlined" onClick={() => {
                        setEditedId(client.clientId);
                        setEditing(true);
                      }} aria-label={t('console.apiClients.editFor', { name: client.name })}>
                      {t('console.apiClients.edit')}
                    </Button>
                    <Button size="small" variant="outlined" onClick={() => void newSecret(client.clientId)} aria-label={t('console.apiClients.rotateFor', { name: client.name })}>
                      {t('console.apiClients.rotate')}
                    </Button>
                    <Button
                      size="small"
                      color="error"
                      variant="outlined"
                      aria-label={t('console.apiClients.revokeFor', { name: client.name })}
                      onClick={() => {
                        if (window.confirm(t('console.apiClients.revokeConfirm', { name: client.name }))) void revoke({ variables: { clientId: client.clientId } }).catch(() => undefined);
                      }}
                    >
                      {t('console.apiClients.revoke')}
                    </Button>
                  </Box>
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <ApiClientDialog client={edited} open={editing} onClose={() => setEditing(false)} />
      <Box component="form" onSubmit={(event) => void submit(event)} aria-labelledby="api-client-new" sx={{ display: 'flex', flexDirection: 'column', gap: 2, maxWidth: 560 }}>
        <Typography variant="h2" id="api-client-new" sx={{ fontSize: '1.5rem' }}>
          {t('console.apiClients.new')}
        </Typography>
        <TextField label={t('console.apiClients.name')} value={name} onChange={(event) => setName(event.target.value)} required />
        <TextField label={t('console.apiClients.contact')} value={contact} onChange={(event) => setContact(event.target.value)} />
        <Box component="fieldset" sx={{ border: 0, p: 0, m: 0 }}>
          <Typography component="legend">{t('console.apiClients.scopes')}</Typography>
          <FormGroup>
            {SCOPES.map((scope) => (
              <FormControlLabel
                key={scope}
                control={<Checkbox checked={scopes.includes(scope)} onChange={(event) => setScopes((current) => (event.target.checked ? [...current, scope] : current.filter((s) => s !== scope)))} />}
                label={t(`console.apiClients.scope.${scope}`)}
              />
            ))}
          </FormGroup>
        </Box>
        <TextField label={t('console.apiClients.uais')} helperText={t('console.apiClients.uaisHint')} value={uais} onChange={(event) => setUais(event.target.value)} />
        <Button type="submit" variant="contained" sx={{ alignSelf: 'flex-start' }} disabled={created.loading}>
          {t('console.apiClients.create')}
        </Button>
      </Box>
    </Box>
  );
}
