import FileDownload from '@mui/icons-material/FileDownload';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import { useApolloClient } from '@apollo/client/react';
import { getApiErrors, visuallyHidden } from '@pix-libre/ui-shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CampaignCsvExportUrlQuery } from '../campaign-results.graphql';
import { openDownload } from '../open-download';

/**
 * "Exporter les résultats (.csv)": asks the server for a fresh signed link at each click (it is valid
 * a few minutes only, so never taken from the cache), then opens it: the browser saves the file.
 */
export function ExportResultsButton({ campaignId }: { campaignId: string }) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const exportResults = async () => {
    if (busy) return;
    setBusy(true);
    setFailure(null);
    try {
      const { data, error } = await client.query({ query: CampaignCsvExportUrlQuery, variables: { campaignId }, fetchPolicy: 'network-only' });
      const url = data?.campaign.csvExportUrl;
      if (!url) throw error ?? new Error('csvExportUrl is missing');
      openDownload(url);
    } catch (caught) {
      const details = getApiErrors(caught)
        .map((apiError) => apiError.message)
        .filter(Boolean);
      setFailure([t('console.campaignResults.export.failed'), ...new Set(details)].join(' '));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Box sx={{ display: 'inline-flex', flexDirection: 'column', alignItems: 'flex-start', gap: 1 }}>
      {/* Not disabled while busy: a disabled button would drop the keyboard focus. */}
      <Button
        variant="outlined"
        startIcon={busy ? <CircularProgress size={18} color="inherit" aria-hidden="true" /> : <FileDownload />}
        aria-busy={busy}
        onClick={() => void exportResults()}
      >
        {t('console.campaignResults.export.button')}
      </Button>
      <Box role="status" sx={visuallyHidden}>
        {busy ? t('console.campaignResults.export.preparing') : ''}
      </Box>
      {failure && (
        <Alert severity="error" role="alert">
          {failure}
        </Alert>
      )}
    </Box>
  );
}
