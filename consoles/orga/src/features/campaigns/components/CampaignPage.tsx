import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Breadcrumbs from '@mui/material/Breadcrumbs';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { ErrorAlert, visuallyHidden } from '@pix-libre/ui-shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import type { CampaignDetails } from '../campaign-types';
import { CampaignHeader } from './CampaignHeader';
import { CampaignSections, type CampaignSection } from './CampaignSections';

export interface CampaignPageProps {
  campaign: CampaignDetails;
  campaignsUrl: string;
  /** The parts of the page below the header, in order ("Paramètres" today). */
  sections: CampaignSection[];
  /** Just created: says so above the header. */
  created: boolean;
  busy: boolean;
  /** The last failed archive or unarchive. */
  actionError: unknown;
  /** Each resolves true once done. */
  onArchive: () => Promise<boolean>;
  onUnarchive: () => Promise<boolean>;
}

/** A campaign's page (props only): the header, then its sections; archiving is confirmed first. */
export function CampaignPage({ campaign, campaignsUrl, sections, created, busy, actionError, onArchive, onUnarchive }: CampaignPageProps) {
  const { t } = useTranslation();
  const [confirmOpen, setConfirmOpen] = useState(false);
  // What the dialog asks, fixed when it opens: its text does not change while it closes.
  const [action, setAction] = useState<'archive' | 'unarchive'>('archive');
  const [announcement, setAnnouncement] = useState('');

  const confirm = async () => {
    setConfirmOpen(false);
    const done = action === 'unarchive' ? await onUnarchive() : await onArchive();
    if (done) setAnnouncement(action === 'unarchive' ? t('console.campaigns.archive.unarchived') : t('console.campaigns.archive.archived'));
  };
  const unarchiving = action === 'unarchive';

  return (
    <Box component="article" aria-labelledby="campaign-title">
      <Breadcrumbs aria-label={t('console.campaigns.breadcrumb')} sx={{ mb: 1 }}>
        <Link component={RouterLink} to={campaignsUrl}>
          {t('console.campaigns.title')}
        </Link>
        <Typography color="text.primary" aria-current="page" sx={{ overflowWrap: 'anywhere' }}>
          {campaign.name}
        </Typography>
      </Breadcrumbs>
      {created && (
        <Alert severity="success" role="status" sx={{ mb: 2 }}>
          {t('console.campaigns.createdNotice', { code: campaign.code })}
        </Alert>
      )}
      <ErrorAlert error={actionError} sx={{ mb: 2 }} />

      <CampaignHeader
        campaign={campaign}
        busy={busy}
        onToggleArchive={() => {
          setAction(campaign.archivedAt ? 'unarchive' : 'archive');
          setAnnouncement('');
          setConfirmOpen(true);
        }}
      />
      <CampaignSections sections={sections} />

      <ConfirmDialog
        open={confirmOpen}
        title={unarchiving ? t('console.campaigns.archive.unarchiveTitle', { name: campaign.name }) : t('console.campaigns.archive.title', { name: campaign.name })}
        text={unarchiving ? t('console.campaigns.archive.unarchiveText') : t('console.campaigns.archive.text')}
        confirmLabel={unarchiving ? t('console.campaigns.archive.unarchiveConfirm') : t('console.campaigns.archive.confirm')}
        busy={busy}
        onCancel={() => setConfirmOpen(false)}
        onConfirm={() => void confirm()}
      />
      <Box role="status" sx={visuallyHidden}>
        {announcement}
      </Box>
    </Box>
  );
}
