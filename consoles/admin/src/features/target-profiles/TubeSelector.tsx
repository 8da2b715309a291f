import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { TargetProfileBuilderFrameworkQuery } from '../../__generated__/graphql';

export type BuilderCompetence = TargetProfileBuilderFrameworkQuery['targetProfileBuilderFramework'][number];
/** Tube id → its level cap (a tube left out is not in the profile). */
export type TubeCaps = Record<string, number>;

const LEVELS = [1, 2, 3, 4, 5, 6, 7, 8];

/** Tubes, skills and estimated questions of a selection (the estimate per tube and cap comes from the API: docs/domain.md, "Profils cibles"). */
export function selectionTotals(framework: readonly BuilderCompetence[], caps: TubeCaps) {
  let tubes = 0;
  let skills = 0;
  let questions = 0;
  for (const competence of framework)
    for (const tube of competence.tubes) {
      const cap = caps[tube.id];
      if (!cap) continue;
      tubes += 1;
      skills += tube.skills.filter((skill) => skill.level <= cap).length;
      questions += tube.estimatedQuestionsByLevelCap[cap - 1] ?? 0;
    }
  return { tubes, skills, questions };
}

/** The framework tree, competence → tube, with a level cap selector per tube and the skills the cap includes; live totals. */
export function TubeSelector({ framework, caps, onChange }: { framework: readonly BuilderCompetence[]; caps: TubeCaps; onChange: (caps: TubeCaps) => void }) {
  const { t } = useTranslation();
  const totals = selectionTotals(framework, caps);
  const setCap = (tubeId: string, value: string) => {
    const next = { ...caps };
    if (value) next[tubeId] = Number(value);
    else delete next[tubeId];
    onChange(next);
  };
  return (
    <Box component="fieldset" sx={{ border: 0, p: 0, m: 0 }}>
      <Typography component="legend" variant="h2" sx={{ mb: 1 }}>
        {t('console.targetProfileForm.tubes')}
      </Typography>
      <Paper variant="outlined" role="status" aria-live="polite" sx={{ p: 2, mb: 2, position: 'sticky', top: 0, zIndex: 1 }}>
        <Typography sx={{ fontWeight: 700 }}>{t('console.targetProfileForm.totals', { tubes: totals.tubes, skills: totals.skills, questions: totals.questions })}</Typography>
      </Paper>
      {framework.map((competence) => (
        <Box key={competence.id} component="section" aria-labelledby={`competence-${competence.id}`} sx={{ mb: 3 }}>
          <Typography variant="h3" id={`competence-${competence.id}`} sx={{ fontSize: '1.1rem', mb: 1 }}>
            {competence.code} {competence.name} <Typography component="span" sx={{ color: 'text.secondary', fontSize: '0.9rem' }}>({competence.areaName})</Typography>
          </Typography>
          {competence.tubes.map((tube) => {
            const cap = caps[tube.id];
            const included = cap ? tube.skills.filter((skill) => skill.level <= cap) : [];
            return (
              <Box key={tube.id} sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 2, py: 1, borderTop: 1, borderColor: 'divider' }}>
                <TextField
                  select
                  size="small"
                  label={t('console.targetProfileForm.levelCap', { tube: tube.title })}
                  value={cap ? String(cap) : ''}
                  onChange={(event) => setCap(tube.id, event.target.value)}
                  slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
                  sx={{ width: 300 }}
                >
                  <option value="">{t('console.targetProfileForm.noLevel')}</option>
                  {LEVELS.map((level) => (
                    <option key={level} value={level}>
                      {t('console.targetProfileForm.level', { level, count: tube.skills.filter((skill) => skill.level <= level).length })}
                    </option>
                  ))}
                </TextField>
                <Typography sx={{ flex: 1, minWidth: 200 }}>
                  {cap
                    ? t('console.targetProfileForm.included', { skills: included.map((skill) => skill.name).join(', ') || '—' })
                    : t('console.targetProfileForm.available', { count: tube.skills.length })}
                </Typography>
              </Box>
            );
          })}
        </Box>
      ))}
    </Box>
  );
}
