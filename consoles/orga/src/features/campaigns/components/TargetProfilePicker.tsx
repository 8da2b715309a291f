import Autocomplete from '@mui/material/Autocomplete';
import Box from '@mui/material/Box';
import Checkbox from '@mui/material/Checkbox';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import FormLabel from '@mui/material/FormLabel';
import ListSubheader from '@mui/material/ListSubheader';
import Paper from '@mui/material/Paper';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { frenchIncludes, visuallyHidden } from '@pix-libre/ui-shared';
import { useId, useMemo, useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { TargetProfileOption } from '../campaign-types';

/** The order of Pix Orga's "Filtrer la recherche" (unknown categories come last). */
const CATEGORY_ORDER = ['DISCIPLINE', 'COMPETENCES', 'CUSTOM', 'THEMATIC', 'PREDEFINED', 'OTHER'];
const categoryRank = (category: string) => {
  const rank = CATEGORY_ORDER.indexOf(category);
  return rank === -1 ? CATEGORY_ORDER.length : rank;
};

/** By category, then by name (French order, accents ignored). */
export function sortTargetProfiles(profiles: readonly TargetProfileOption[]): TargetProfileOption[] {
  return [...profiles].sort(
    (a, b) => categoryRank(a.category) - categoryRank(b.category) || a.categoryLabel.localeCompare(b.categoryLabel, 'fr') || a.name.localeCompare(b.name, 'fr', { sensitivity: 'base' }),
  );
}

// The French search rule: "educ" finds "Éducation musicale", "coeur" finds "Cœur".
const filterByName = (options: TargetProfileOption[], { inputValue }: { inputValue: string }) =>
  options.filter((option) => frenchIncludes(option.name, inputValue));

export interface TargetProfilePickerProps {
  targetProfiles: readonly TargetProfileOption[];
  value: string | null;
  onChange: (targetProfileId: string | null) => void;
  error?: string;
  inputRef?: Ref<HTMLInputElement>;
}

/**
 * "Que souhaitez-vous tester ?" (props only): the parcours offered to the organisation, filtered by
 * category, searched by name, grouped by category; the chosen one is described below.
 */
export function TargetProfilePicker({ targetProfiles, value, onChange, error, inputRef }: TargetProfilePickerProps) {
  const { t, i18n } = useTranslation();
  const legendId = useId();
  const detailsId = useId();
  const listboxGroupId = useId();
  const [categories, setCategories] = useState<string[]>([]);
  const sorted = useMemo(() => sortTargetProfiles(targetProfiles), [targetProfiles]);
  const available = useMemo(() => {
    const seen = new Map<string, string>();
    for (const profile of sorted) if (!seen.has(profile.category)) seen.set(profile.category, profile.categoryLabel);
    return [...seen].map(([category, label]) => ({ category, label }));
  }, [sorted]);
  // The chosen parcours stays among the options whatever the filter (it stays chosen).
  const options = categories.length > 0 ? sorted.filter((profile) => categories.includes(profile.category) || profile.id === value) : sorted;
  const selected = targetProfiles.find((profile) => profile.id === value) ?? null;
  const number = new Intl.NumberFormat(i18n.language);

  const toggle = (category: string, checked: boolean) =>
    setCategories((current) => (checked ? [...current, category] : current.filter((item) => item !== category)));

  return (
    <Box component="fieldset" aria-labelledby={legendId} sx={{ border: 0, p: 0, m: 0, mt: 2, minWidth: 0 }}>
      <Typography component="legend" id={legendId} sx={{ fontWeight: 700, mb: 1, p: 0 }}>
        {t('console.campaigns.form.targetProfile.legend')}
      </Typography>

      {targetProfiles.length === 0 ? (
        <Typography color={error ? 'error' : 'text.secondary'} role={error ? 'alert' : undefined}>
          {t('console.campaigns.form.targetProfile.none')}
        </Typography>
      ) : (
        <>
          {available.length > 1 && (
            <FormControl component="fieldset" sx={{ mb: 1 }}>
              <FormLabel component="legend" sx={{ color: 'text.primary', '&.Mui-focused': { color: 'text.primary' } }}>
                {t('console.campaigns.form.targetProfile.filter')}
              </FormLabel>
              <FormGroup row>
                {available.map(({ category, label }) => (
                  <FormControlLabel
                    key={category}
                    control={<Checkbox checked={categories.includes(category)} onChange={(event) => toggle(category, event.target.checked)} />}
                    label={label}
                  />
                ))}
              </FormGroup>
            </FormControl>
          )}

          <Autocomplete
            options={options}
            value={selected}
            onChange={(_event, option) => onChange(option?.id ?? null)}
            groupBy={(option) => option.categoryLabel}
            // Each category is a group of the listbox, named by its header (ARIA: listbox > group >
            // option); MUI's default nests a plain list in a list item, which screen readers cannot follow.
            renderGroup={(params) => (
              <li key={params.key} role="group" aria-labelledby={`${listboxGroupId}-${params.key}`}>
                <ListSubheader component="div" role="presentation" id={`${listboxGroupId}-${params.key}`} sx={{ top: -8 }}>
                  {params.group}
                </ListSubheader>
                <Box component="ul" role="presentation" sx={{ p: 0 }}>
                  {params.children}
                </Box>
              </li>
            )}
            getOptionLabel={(option) => option.name}
            isOptionEqualToValue={(option, current) => option.id === current.id}
            filterOptions={filterByName}
            noOptionsText={t('console.campaigns.form.targetProfile.noMatch')}
            renderOption={(props, option) => {
              const { key, ...optionProps } = props;
              return (
                <Box component="li" key={key} {...optionProps} sx={{ display: 'flex', flexDirection: 'column', alignItems: 'flex-start !important' }}>
                  <span>{option.name}</span>
                  {/* Read as "<name>, 30 acquis". */}
                  <Box component="span" sx={visuallyHidden}>
                    ,{' '}
                  </Box>
                  <Typography component="span" variant="body2" color="text.secondary">
                    {t('console.campaigns.form.targetProfile.skills', { count: option.skillCount, formatted: number.format(option.skillCount) })}
                  </Typography>
                </Box>
              );
            }}
            renderInput={(params) => (
              <TextField
                {...params}
                label={t('console.campaigns.form.targetProfile.search')}
                error={Boolean(error)}
                helperText={error ?? t('console.campaigns.form.targetProfile.searchHint')}
                inputRef={inputRef}
                slotProps={{
                  ...params.slotProps,
                  // The hint (or the error), then the description of the chosen parcours.
                  htmlInput: { ...params.slotProps.htmlInput, 'aria-describedby': [`${params.id}-helper-text`, selected ? detailsId : ''].join(' ').trim() },
                }}
              />
            )}
            sx={{ maxWidth: 640 }}
          />

          {selected && (
            <Paper variant="outlined" id={detailsId} sx={{ p: 2, mt: 2, maxWidth: 640, bgcolor: 'grey.50' }}>
              <Typography variant="h3" component="p" sx={{ overflowWrap: 'anywhere' }}>
                {selected.name}
              </Typography>
              <Typography variant="body2" color="text.secondary" gutterBottom>
                {selected.categoryLabel}
                {' · '}
                {t('console.campaigns.form.targetProfile.tubes', { count: selected.tubeCount, formatted: number.format(selected.tubeCount) })}
                {' · '}
                {t('console.campaigns.form.targetProfile.skills', { count: selected.skillCount, formatted: number.format(selected.skillCount) })}
              </Typography>
              {selected.description && <Typography sx={{ whiteSpace: 'pre-line' }}>{selected.description}</Typography>}
            </Paper>
          )}
        </>
      )}
    </Box>
  );
}
