import { useApolloClient, useQuery } from '@apollo/client/react';
import PictureAsPdf from '@mui/icons-material/PictureAsPdf';
import TableChart from '@mui/icons-material/TableChart';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { ErrorAlert, PageLoader, useDocumentTitle } from '@pix-libre/ui-shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OrganizationUnavailable, isUnavailable } from '../organization/components/OrganizationUnavailable';
import { CertificationResultsLinksQuery, CertificationResultsQuery } from './certification-results.graphql';
import { CertificationResultsTable } from './components/CertificationResultsTable';

/** Opens a download link in the current tab (the server answers `Content-Disposition: attachment`). */
const assignLocation = (url: string) => window.location.assign(url);

/**
 * "Certifications" (a school's members): choose a class, see its pupils' published results, download
 * the results file (CSV) and the class's attestations (one PDF) through short-lived links.
 */
export function CertificationResultsView({ organizationId, openDownload = assignLocation }: { organizationId: string; openDownload?: (url: string) => void }) {
  const { t } = useTranslation();
  const client = useApolloClient();
  useDocumentTitle(t('console.certificationResults.documentTitle'));
  const [chosen, setChosen] = useState<string | null>(null);
  const [downloadError, setDownloadError] = useState<unknown>(null);
  const divisionsQuery = useQuery(CertificationResultsQuery, { variables: { organizationId, withResults: false }, fetchPolicy: 'cache-and-network' });
  const organization = divisionsQuery.data?.organization;
  const division = chosen ?? organization?.certificationResultDivisions[0] ?? null;
  const resultsQuery = useQuery(CertificationResultsQuery, {
    variables: { organizationId, division, withResults: true },
    skip: !division,
    fetchPolicy: 'cache-and-network',
  });
  const results = resultsQuery.data?.organization.certificationResults ?? null;

  const download = async (kind: 'csv' | 'pdf') => {
    if (!division) return;
    setDownloadError(null);
    try {
      const { data } = await client.query({ query: CertificationResultsLinksQuery, variables: { organizationId, division }, fetchPolicy: 'network-only' });
      if (!data) throw new Error('no download link');
      openDownload(kind === 'csv' ? data.organization.certificationResultsCsvUrl : data.organization.certificationAttestationsUrl);
    } catch (error) {
      setDownloadError(error);
    }
  };

  if (divisionsQuery.loading && !organization) return <PageLoader />;
  if (!organization) return isUnavailable(divisionsQuery.error) ? <OrganizationUnavailable /> : <ErrorAlert error={divisionsQuery.error} />;
  const validatedCount = results?.filter((result) => result.status === 'VALIDATED').length ?? 0;
  return (
    <Paper component="section" variant="outlined" aria-labelledby="certification-results-title" sx={{ p: { xs: 2, sm: 4 } }}>
      <Typography variant="h1" id="certification-results-title" gutterBottom>
        {t('console.certificationResults.title')}
      </Typography>
      {organization.type !== 'SCO' ? (
        <Typography>{t('console.certificationResults.notSchool', { organizationName: organization.name })}</Typography>
      ) : organization.certificationResultDivisions.length === 0 ? (
        <Alert severity="info">{t('console.certificationResults.none')}</Alert>
      ) : (
        <>
          <Typography sx={{ mb: 2 }}>{t('console.certificationResults.intro')}</Typography>
          <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', alignItems: 'center', mb: 2 }}>
            <TextField select size="small" label={t('console.certificationResults.division')} value={division ?? ''} onChange={(event) => setChosen(event.target.value)} sx={{ minWidth: 200 }}>
              {organization.certificationResultDivisions.map((name) => (
                <MenuItem key={name} value={name}>
                  {name}
                </MenuItem>
              ))}
            </TextField>
            <Button variant="outlined" startIcon={<TableChart />} onClick={() => void download('csv')}>
              {t('console.certificationResults.downloadCsv')}
            </Button>
            <Button variant="outlined" startIcon={<PictureAsPdf />} onClick={() => void download('pdf')} disabled={results !== null && validatedCount === 0}>
              {t('console.certificationResults.downloadAttestations')}
            </Button>
          </Box>
          <ErrorAlert error={downloadError} sx={{ mb: 2 }} />
          {results === null ? (
            resultsQuery.error ? <ErrorAlert error={resultsQuery.error} /> : <PageLoader />
          ) : (
            <CertificationResultsTable results={results} caption={t('console.certificationResults.caption', { division, count: results.length })} />
          )}
        </>
      )}
    </Paper>
  );
}
