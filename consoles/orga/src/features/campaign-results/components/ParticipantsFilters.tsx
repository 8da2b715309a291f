import Box from '@mui/material/Box';
import Checkbox from '@mui/material/Checkbox';
import ListItemText from '@mui/material/ListItemText';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';
import { SearchField } from '../../../components/SearchField';
import type { CampaignType } from '../../../__generated__/graphql';
import { STATUS_FILTERS, type ParticipantsQueryState } from '../campaign-results-types';

export interface ParticipantsFiltersProps {
  type: CampaignType;
  /** The school's classes; no class filter without any. */
  divisions: string[];
  query: ParticipantsQueryState;
  onDivisionsChange: (divisions: string[]) => void;
  onStatusChange: (status: string) => void;
  /** Called ~300 ms after the last change of the search field, with the trimmed text. */
  onSearchChange: (search: string) => void;
}

/** The filters of "Participants" (props only): classes (several at once), status, and a search by name or external id. */
export function ParticipantsFilters({ type, divisions, query, onDivisionsChange, onStatusChange, onSearchChange }: ParticipantsFiltersProps) {
  const { t } = useTranslation();

  return (
    <Box role="search" aria-label={t('console.campaignResults.participants.filters.label')} sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, alignItems: 'flex-start' }}>
      {divisions.length > 0 && (
        <TextField
          select
          label={t('console.campaignResults.participants.filters.divisions')}
          value={query.divisions}
          onChange={(event) => {
            const value = event.target.value as unknown as string[] | string;
            onDivisionsChange(typeof value === 'string' ? value.split(',').filter(Boolean) : value);
          }}
          slotProps={{
            select: {
              multiple: true,
              displayEmpty: true,
              renderValue: (selected) => {
                const values = selected as string[];
                return values.length > 0 ? values.join(', ') : t('console.campaignResults.participants.filters.allDivisions');
              },
            },
            inputLabel: { shrink: true },
          }}
          sx={{ width: { xs: '100%', sm: 220 } }}
          margin="none"
        >
          {divisions.map((division) => (
            <MenuItem key={division} value={division}>
              <Checkbox checked={query.divisions.includes(division)} size="small" tabIndex={-1} disableRipple slotProps={{ input: { 'aria-hidden': true } }} sx={{ p: 0, mr: 1 }} />
              <ListItemText primary={division} />
            </MenuItem>
          ))}
        </TextField>
      )}
      <TextField
        select
        label={t('console.campaignResults.participants.filters.status')}
        value={query.status}
        onChange={(event) => onStatusChange(event.target.value)}
        slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
        sx={{ width: { xs: '100%', sm: 240 } }}
        margin="none"
      >
        <MenuItem value="">{t('console.campaignResults.participants.filters.allStatuses')}</MenuItem>
        {STATUS_FILTERS[type].map((status) => (
          <MenuItem key={status} value={status}>
            {t(`console.campaignResults.status.${status}`)}
          </MenuItem>
        ))}
      </TextField>
      <SearchField
        label={t('console.campaignResults.participants.filters.search')}
        helperText={t('console.campaignResults.participants.filters.searchHint')}
        value={query.search}
        onSearch={onSearchChange}
        width={320}
      />
    </Box>
  );
}
