import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdminContentTreeQuery } from '../../__generated__/graphql';
import { CHALLENGE_TYPES, CONTENT_STATUSES, LEVELS, type ContentListState, type FilterKey } from './content-filters';

type Tree = AdminContentTreeQuery['contentTree'];

function FilterSelect({ label, value, onChange, children, width = 180 }: { label: string; value: string; onChange: (value: string) => void; children: ReactNode; width?: number }) {
  const { t } = useTranslation();
  return (
    <TextField select label={label} value={value} onChange={(event) => onChange(event.target.value)} slotProps={{ select: { native: true }, inputLabel: { shrink: true } }} sx={{ width }}>
      <option value="">{t('console.content.filters.all')}</option>
      {children}
    </TextField>
  );
}

/**
 * The filters of "Contenu": the release's tree as three linked lists (competence by area, tube,
 * skill by level), then type, level, status, file, timer, English, and words to search.
 */
export function ContentFilters({ tree, state, onChange }: { tree: Tree | undefined; state: ContentListState; onChange: (next: Partial<ContentListState>) => void }) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState(state.search);
  const pick = (key: FilterKey) => (value: string) => onChange({ [key]: value, page: 0 });
  const tubes = tree?.tubes.filter((tube) => tube.competenceId === state.competenceId) ?? [];
  const skills = tree?.skills.filter((skill) => skill.tubeId === state.tubeId) ?? [];
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onChange({ search: typed.trim(), page: 0 });
  };
  const yesNo = (
    <>
      <option value="yes">{t('console.content.filters.yes')}</option>
      <option value="no">{t('console.content.filters.no')}</option>
    </>
  );
  return (
    <Box component="section" aria-labelledby="content-filters-title" sx={{ mb: 3 }}>
      <Box component="h2" id="content-filters-title" sx={{ typography: 'h6', mt: 0 }}>
        {t('console.content.filters.title')}
      </Box>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, mb: 2 }} role="group" aria-label={t('console.content.filters.tree')}>
        <FilterSelect label={t('console.content.filters.competence')} value={state.competenceId} onChange={(value) => onChange({ competenceId: value, tubeId: '', skillId: '', page: 0 })} width={320}>
          {tree?.areas.map((area) => (
            <optgroup key={area.id} label={`${area.code}. ${area.name}`}>
              {tree.competences
                .filter((competence) => competence.areaId === area.id)
                .map((competence) => (
                  <option key={competence.id} value={competence.id}>
                    {competence.code} {competence.name}
                  </option>
                ))}
            </optgroup>
          ))}
        </FilterSelect>
        <FilterSelect label={t('console.content.filters.tube')} value={state.tubeId} onChange={(value) => onChange({ tubeId: value, skillId: '', page: 0 })} width={260}>
          {tubes.map((tube) => (
            <option key={tube.id} value={tube.id}>
              {tube.title} ({tube.name})
            </option>
          ))}
        </FilterSelect>
        <FilterSelect label={t('console.content.filters.skill')} value={state.skillId} onChange={pick('skillId')} width={240}>
          {skills.map((skill) => (
            <option key={skill.id} value={skill.id}>
              {t('console.content.filters.skillOption', { name: skill.name, count: skill.challengeCount })}
            </option>
          ))}
        </FilterSelect>
      </Box>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, mb: 2 }}>
        <FilterSelect label={t('console.content.filters.type')} value={state.type} onChange={pick('type')} width={150}>
          {CHALLENGE_TYPES.map((type) => (
            <option key={type} value={type}>
              {t(`console.content.type.${type}`)}
            </option>
          ))}
        </FilterSelect>
        <FilterSelect label={t('console.content.filters.level')} value={state.level} onChange={pick('level')} width={110}>
          {LEVELS.map((level) => (
            <option key={level} value={String(level)}>
              {level}
            </option>
          ))}
        </FilterSelect>
        <FilterSelect label={t('console.content.filters.status')} value={state.status} onChange={pick('status')} width={150}>
          {CONTENT_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`console.content.status.${status}`)}
            </option>
          ))}
        </FilterSelect>
        <FilterSelect label={t('console.content.filters.hasFile')} value={state.hasFile} onChange={pick('hasFile')} width={150}>
          {yesNo}
        </FilterSelect>
        <FilterSelect label={t('console.content.filters.timed')} value={state.timed} onChange={pick('timed')} width={150}>
          {yesNo}
        </FilterSelect>
        <FilterSelect label={t('console.content.filters.hasEnglish')} value={state.hasEnglish} onChange={pick('hasEnglish')} width={150}>
          {yesNo}
        </FilterSelect>
      </Box>
      <Box component="form" role="search" onSubmit={submit} sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, alignItems: 'flex-start' }}>
        <TextField
          label={t('console.content.filters.search')}
          helperText={t('console.content.filters.searchHint')}
          value={typed}
          onChange={(event) => setTyped(event.target.value)}
          sx={{ minWidth: { xs: '100%', sm: 420 } }}
        />
        <Button type="submit" variant="contained" sx={{ mt: 1 }}>
          {t('console.content.filters.submit')}
        </Button>
      </Box>
    </Box>
  );
}
