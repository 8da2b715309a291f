import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CampaignsTab } from '../campaign-types';

export interface CampaignsEmptyStateProps {
  /** "Mes campagnes": the viewer has created none (colleagues may have). */
  tab: CampaignsTab;
  /** The "Créer une campagne" call to action. */
  action: ReactNode;
}

/** No campaign yet (props only): what a campaign is for, and how to create one. */
export function CampaignsEmptyState({ tab, action }: CampaignsEmptyStateProps) {
  const { t } = useTranslation();
  return (
    <Paper variant="outlined" component="section" aria-labelledby="campaigns-empty-title" sx={{ p: { xs: 2, sm: 4 }, textAlign: 'center' }}>
      <Typography variant="h2" id="campaigns-empty-title" gutterBottom>
        {tab === 'mine' ? t('console.campaigns.empty.mineTitle') : t('console.campaigns.empty.title')}
      </Typography>
      <Typography sx={{ mb: 3, maxWidth: 640, mx: 'auto' }}>{t('console.campaigns.empty.text')}</Typography>
      {action}
    </Paper>
  );
}
