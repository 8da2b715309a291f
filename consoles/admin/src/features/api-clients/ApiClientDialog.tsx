import { useMutation } from '@apollo/client/react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { DIALOG_FORM_SX, ErrorAlert } from '@pix-libre/ui-shared';
import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiClientsQuery as ApiClientsQueryResult } from '../../__generated__/graphql';
import { ApiClientsQuery, UpdateApiClientMutation } from './api-clients.graphql';

type ApiClient = ApiClientsQueryResult['apiClients'][number];

/** AAAA-MM-JJ → JJ/MM/AAAA. */
const frenchDay = (day: string) => day.split('-').reverse().join('/');
export const splitUais = (text: string) => text.split(/[\s,;]+/).filter(Boolean);

/**
 * One partner application (props: the client, shown while `open`): its name, contact, schools and
 * rate limit changed (updateApiClient, audited; new schools end its outstanding tokens), and the
 * audit of its calls, day by day over the last 30 days.
 */
export function ApiClientDialog({ client, open, onClose }: { client: ApiClient | null; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const titleId = useId();
  const [update, updated] = useMutation(UpdateApiClientMutation, { refetchQueries: [{ query: ApiClientsQuery }], awaitRefetchQueries: true });
  const [name, setName] = useState('');
  const [contact, setContact] = useState('');
  const [uais, setUais] = useState('');
  const [rateLimit, setRateLimit] = useState('');
  useEffect(() => {
    if (!client || !open) return;
    setName(client.name);
    setContact(client.contact);
    setUais(client.uais?.join(', ') ?? '');
    setRateLimit(String(client.rateLimitPerMinute));
    updated.reset();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [client?.clientId, open]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!client) return;
    const typedUais = splitUais(uais);
    const input = { clientId: client.clientId, name, contact, uais: typedUais.length ? typedUais : null, rateLimitPerMinute: Number(rateLimit) };
    const { data } = await update({ variables: { input } }).catch(() => ({ data: undefined }));
    if (data) onClose();
  };

  return (
    <Dialog open={open && client !== null} onClose={onClose} aria-labelledby={titleId} maxWidth="sm" fullWidth>
      {client && (
        <form onSubmit={(event) => void submit(event)} style={DIALOG_FORM_SX}>
          <DialogTitle id={titleId}>{t('console.apiClients.editTitle', { name: client.name })}</DialogTitle>
          <DialogContent>
            {updated.error ? <ErrorAlert error={updated.error} /> : null}
            <Box sx={{ display: 'flex', flexDirection: 'column', gap: 2, pt: 1 }}>
              <TextField label={t('console.apiClients.name')} value={name} onChange={(event) => setName(event.target.value)} required />
              <TextField label={t('console.apiClients.contact')} value={contact} onChange={(event) => setContact(event.target.value)} />
              <TextField label={t('console.apiClients.uais')} helperText={t('console.apiClients.uaisEditHint')} value={uais} onChange={(event) => setUais(event.target.value)} />
              <TextField
                label={t('console.apiClients.rateLimit')}
                helperText={t('console.apiClients.rateLimitHint')}
                type="number"
                slotProps={{ htmlInput: { min: 1, max: 100000, step: 1 } }}
                value={rateLimit}
                onChange={(event) => setRateLimit(event.target.value)}
                required
              />
            </Box>
            <Typography variant="h3" sx={{ fontSize: '1.2rem', mt: 3, mb: 1 }}>
              {t('console.apiClients.usageTitle')}
            </Typography>
            <Typography sx={{ mb: 1 }}>
              {t('console.apiClients.lastCall')} : {client.lastCallAt ? new Date(client.lastCallAt).toLocaleString('fr-FR') : t('console.apiClients.never')}
            </Typography>
            {client.usage.length === 0 ? (
              <Typography>{t('console.apiClients.noCalls')}</Typography>
            ) : (
              <Table size="small">
                <caption>{t('console.apiClients.usageCaption', { name: client.name })}</caption>
                <TableHead>
                  <TableRow>
                    <TableCell>{t('console.apiClients.day')}</TableCell>
                    <TableCell align="right">{t('console.apiClients.calls')}</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {client.usage.map((usage) => (
                    <TableRow key={usage.day}>
                      <TableCell>{frenchDay(usage.day)}</TableCell>
                      <TableCell align="right">{usage.calls.toLocaleString('fr-FR')}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            )}
          </DialogContent>
          <DialogActions>
            <Button onClick={onClose}>{t('console.apiClients.cancel')}</Button>
            <Button type="submit" variant="contained" disabled={updated.loading}>
              {t('console.apiClients.save')}
            </Button>
          </DialogActions>
        </form>
      )}
    </Dialog>
  );
}
