import Box from '@mui/material/Box';
import FormControlLabel from '@mui/material/FormControlLabel';
import Switch from '@mui/material/Switch';
import { useTranslation } from 'react-i18next';
import { SearchField } from '../../../components/SearchField';

export interface CampaignsFiltersProps {
  /** The search the list shows now (e.g. read from the address). */
  search: string;
  /** Called ~300 ms after the last change of the search field, with the trimmed text. */
  onSearchChange: (search: string) => void;
  includeArchived: boolean;
  onIncludeArchivedChange: (includeArchived: boolean) => void;
}

/** The search by name or code and "Afficher les campagnes archivées" (props only). */
export function CampaignsFilters({ search, onSearchChange, includeArchived, onIncludeArchivedChange }: CampaignsFiltersProps) {
  const { t } = useTranslation();
  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, alignItems: 'center', justifyContent: 'space-between' }}>
      <SearchField
        label={t('console.campaigns.filters.search')}
        helperText={t('console.campaigns.filters.searchHint')}
        value={search}
        onSearch={onSearchChange}
        width={360}
      />
      <FormControlLabel
        control={<Switch checked={includeArchived} onChange={(event) => onIncludeArchivedChange(event.target.checked)} />}
        label={t('console.campaigns.filters.includeArchived')}
      />
    </Box>
  );
}
