import { useApolloClient } from '@apollo/client/react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { ErrorAlert, useDocumentTitle } from '@pix-libre/ui-shared';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageHeading } from '../../components/PageHeading';
import { VerifyCertificateQuery } from './certificates.graphql';
import { VerifiedCertificateCard, type VerifiedCertificate } from './components/VerifiedCertificateCard';

type Outcome = { kind: 'found'; certificate: VerifiedCertificate } | { kind: 'none' } | { kind: 'error'; error: unknown } | null;

/**
 * "Vérifier un certificat" (`/verifier-un-certificat`, anyone, linked from the log-in page and the
 * attestation's QR code with `?code=`): a code gives the holder and the results of a published,
 * validated certificate; anything else, the same sentence.
 */
export function VerifyCertificateView() {
  const { t } = useTranslation();
  const client = useApolloClient();
  const [params] = useSearchParams();
  const [code, setCode] = useState(params.get('code') ?? '');
  const [missing, setMissing] = useState(false);
  const [checking, setChecking] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  useDocumentTitle(t('learner.verifyCertificate.documentTitle'));

  const verify = async (typed: string) => {
    if (typed.trim() === '') {
      setMissing(true);
      inputRef.current?.focus();
      return;
    }
    setChecking(true);
    setOutcome(null);
    try {
      const { data } = await client.query({ query: VerifyCertificateQuery, variables: { code: typed }, fetchPolicy: 'network-only' });
      setOutcome(data?.verifyCertificate ? { kind: 'found', certificate: data.verifyCertificate } : { kind: 'none' });
    } catch (error) {
      setOutcome({ kind: 'error', error });
    } finally {
      setChecking(false);
    }
  };

  // The QR code's link: the code is in the address, verified at once.
  const initial = useRef(params.get('code'));
  useEffect(() => {
    if (initial.current) void verify(initial.current);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  useEffect(() => {
    if (outcome) resultRef.current?.focus();
  }, [outcome]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void verify(code);
  };

  return (
    <Box sx={{ maxWidth: 880, mx: 'auto' }}>
      <Paper variant="outlined" component="section" aria-labelledby="verify-title" sx={{ p: { xs: 2, sm: 4 } }}>
        <PageHeading id="verify-title" gutterBottom>
          {t('learner.verifyCertificate.title')}
        </PageHeading>
        <Typography sx={{ mb: 2 }}>{t('learner.verifyCertificate.intro')}</Typography>
        <Box component="form" noValidate onSubmit={submit} sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', alignItems: 'flex-start' }}>
          <TextField
            label={t('learner.verifyCertificate.label')}
            name="code"
            required
            value={code}
            onChange={(event) => {
              setCode(event.target.value);
              setMissing(false);
            }}
            error={missing}
            helperText={missing ? t('learner.verifyCertificate.required') : t('learner.verifyCertificate.hint')}
            inputRef={inputRef}
            autoComplete="off"
            slotProps={{ htmlInput: { autoCapitalize: 'characters', spellCheck: false, maxLength: 32 } }}
          />
          <Button type="submit" variant="contained" size="large" disabled={checking} sx={{ mt: 0.5 }}>
            {checking ? t('learner.verifyCertificate.checking') : t('learner.verifyCertificate.submit')}
          </Button>
        </Box>
      </Paper>
      <div ref={resultRef} tabIndex={-1} style={{ outline: 'none' }}>
        {outcome?.kind === 'none' && (
          <Alert severity="warning" role="alert" sx={{ mt: 3 }}>
            {t('learner.verifyCertificate.notFound')}
          </Alert>
        )}
        {outcome?.kind === 'error' && <ErrorAlert error={outcome.error} sx={{ mt: 3 }} />}
        {outcome?.kind === 'found' && <VerifiedCertificateCard certificate={outcome.certificate} />}
      </div>
    </Box>
  );
}
