import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { CampaignDetails } from '../campaign-types';
import { DetailsList, type Detail } from './DetailsList';

/** "Paramètres" (props only): what the campaign was created with. */
export function CampaignSettings({ campaign }: { campaign: CampaignDetails }) {
  const { t } = useTranslation();
  const details: Detail[] = [{ label: t('console.campaigns.settings.goal'), value: t(`console.campaigns.form.types.${campaign.type}`) }];
  if (campaign.targetProfile) details.push({ label: t('console.campaigns.settings.targetProfile'), value: campaign.targetProfile.name });
  if (campaign.type === 'PROFILES_COLLECTION') {
    details.push({
      label: t('console.campaigns.settings.multipleSendings'),
      value: campaign.multipleSendings ? t('console.campaigns.settings.multipleSendingsYes') : t('console.campaigns.settings.multipleSendingsNo'),
    });
  }
  details.push({
    label: t('console.campaigns.settings.externalId'),
    value: campaign.idPixLabel
      ? t('console.campaigns.settings.externalIdValue', { label: campaign.idPixLabel, type: t(`console.campaigns.idPixTypes.${campaign.idPixType ?? 'TEXT'}`) })
      : t('console.campaigns.settings.externalIdNone'),
  });
  details.push({
    label: t('console.campaigns.settings.landingText'),
    value: campaign.customLandingPageText ? (
      <Typography component="span" sx={{ display: 'block', whiteSpace: 'pre-line' }}>
        {campaign.customLandingPageText}
      </Typography>
    ) : (
      t('console.campaigns.settings.landingTextNone')
    ),
  });
  return <DetailsList details={details} />;
}
