import Box from '@mui/material/Box';
import FormControlLabel from '@mui/material/FormControlLabel';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** How long the search waits after the last key before asking the server. */
export const SEARCH_DEBOUNCE_MS = 300;

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
  const [text, setText] = useState(search);
  const onSearchRef = useRef(onSearchChange);
  // The last search sent or received: another one comes from outside (the menu's "Campagnes").
  const knownSearch = useRef(search);
  useEffect(() => {
    onSearchRef.current = onSearchChange;
  });
  useEffect(() => {
    if (search !== knownSearch.current) {
      knownSearch.current = search;
      setText(search);
    }
  }, [search]);
  useEffect(() => {
    const timer = setTimeout(() => {
      const trimmed = text.trim();
      if (trimmed === knownSearch.current) return;
      knownSearch.current = trimmed;
      onSearchRef.current(trimmed);
    }, SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text]);

  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, alignItems: 'center', justifyContent: 'space-between' }}>
      <TextField
        type="search"
        label={t('console.campaigns.filters.search')}
        helperText={t('console.campaigns.filters.searchHint')}
        value={text}
        onChange={(event) => setText(event.target.value)}
        slotProps={{ htmlInput: { autoComplete: 'off', spellCheck: false } }}
        sx={{ width: { xs: '100%', sm: 360 } }}
        margin="none"
      />
      <FormControlLabel
        control={<Switch checked={includeArchived} onChange={(event) => onIncludeArchivedChange(event.target.checked)} />}
        label={t('console.campaigns.filters.includeArchived')}
      />
    </Box>
  );
}
