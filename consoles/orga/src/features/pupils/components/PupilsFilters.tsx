import Box from '@mui/material/Box';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';
import { SearchField } from '../../../components/SearchField';

export interface PupilsFiltersProps {
  divisions: string[];
  division: string;
  onDivisionChange: (division: string) => void;
  /** Called ~300 ms after the last change of the search field, with the trimmed text. */
  onSearchChange: (search: string) => void;
}

/** The class filter ("Toutes les classes" or one class) and the search by name (props only). */
export function PupilsFilters({ divisions, division, onDivisionChange, onSearchChange }: PupilsFiltersProps) {
  const { t } = useTranslation();

  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, alignItems: 'flex-start' }}>
      <TextField
        select
        label={t('console.pupils.filters.division')}
        value={division}
        onChange={(event) => onDivisionChange(event.target.value)}
        slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
        sx={{ width: { xs: '100%', sm: 220 } }}
        margin="none"
      >
        <MenuItem value="">{t('console.pupils.filters.allDivisions')}</MenuItem>
        {divisions.map((value) => (
          <MenuItem key={value} value={value}>
            {value}
          </MenuItem>
        ))}
      </TextField>
      <SearchField
        label={t('console.pupils.filters.search')}
        helperText={t('console.pupils.filters.searchHint')}
        // The list starts unfiltered; the field keeps what is typed.
        value=""
        onSearch={onSearchChange}
        width={320}
      />
    </Box>
  );
}
