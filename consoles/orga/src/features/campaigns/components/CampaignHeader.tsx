import Archive from '@mui/icons-material/Archive';
import Unarchive from '@mui/icons-material/Unarchive';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { ExportResultsButton } from '../../campaign-results';
import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { creatorName, formatDate, type CampaignDetails } from '../campaign-types';
import { CopyableValue } from './CopyableValue';
import { DetailsList, type Detail } from './DetailsList';
import { visuallyHidden } from '@pix-libre/ui-shared';

export interface CampaignHeaderProps {
  campaign: CampaignDetails;
  busy: boolean;
  /** Asks to archive the campaign, or to bring it back (the page confirms first). */
  onToggleArchive: () => void;
}

/** The top of a campaign's page (props only): name, type, parcours, code and link to hand out, creator, archive. */
export function CampaignHeader({ campaign, busy, onToggleArchive }: CampaignHeaderProps) {
  const { t } = useTranslation();
  const archived = Boolean(campaign.archivedAt);
  const details: Detail[] = [];
  if (campaign.targetProfile) details.push({ label: t('console.campaigns.header.targetProfile'), value: campaign.targetProfile.name });
  details.push(
    {
      label: t('console.campaigns.header.code'),
      value: (
        <CopyableValue value={campaign.code} copyLabel={t('console.campaigns.copy.code')}>
          <Box component="code" sx={{ fontSize: '1.25rem', fontWeight: 700, letterSpacing: '0.1em', px: 1, py: 0.25, bgcolor: 'grey.100', borderRadius: 1 }}>
            {campaign.code}
          </Box>
        </CopyableValue>
      ),
    },
    {
      label: t('console.campaigns.header.directUrl'),
      value: (
        <CopyableValue value={campaign.directUrl} copyLabel={t('console.campaigns.copy.directUrl')}>
          <Link href={campaign.directUrl} target="_blank" rel="noopener noreferrer" sx={{ overflowWrap: 'anywhere' }}>
            {campaign.directUrl}
            <Box component="span" sx={visuallyHidden}>
              {` ${t('console.campaigns.header.newTab')}`}
            </Box>
          </Link>
        </CopyableValue>
      ),
    },
    { label: t('console.campaigns.header.creator'), value: creatorName(campaign) },
    { label: t('console.campaigns.header.createdAt'), value: formatDate(campaign.createdAt) },
  );

  return (
    <Box component="header">
      <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'flex-start', justifyContent: 'space-between', gap: 2, mb: 2 }}>
        <Box sx={{ minWidth: 0 }}>
          <Typography variant="h1" id="campaign-title" sx={{ overflowWrap: 'anywhere' }}>
            {campaign.name}
          </Typography>
          <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, mt: 1 }}>
            <Chip label={t(`console.campaigns.types.${campaign.type}`)} color="primary" variant="outlined" />
            {archived && <Chip label={t('console.campaigns.archived')} />}
          </Box>
        </Box>
        <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, alignItems: 'flex-start' }}>
          <ExportResultsButton campaignId={campaign.id} />
          <Button variant="outlined" startIcon={archived ? <Unarchive /> : <Archive />} disabled={busy} onClick={onToggleArchive}>
            {archived ? t('console.campaigns.archive.unarchiveButton') : t('console.campaigns.archive.button')}
          </Button>
        </Box>
      </Box>
      {archived && (
        <Alert severity="info" sx={{ mb: 2 }}>
          {t('console.campaigns.archive.archivedNotice', { date: formatDate(campaign.archivedAt) })}
        </Alert>
      )}
      <DetailsList details={details} />
    </Box>
  );
}
