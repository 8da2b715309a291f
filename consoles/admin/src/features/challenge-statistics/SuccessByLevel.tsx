import Box from '@mui/material/Box';
import { colors } from '@pix-libre/ui-shared';
import { useTranslation } from 'react-i18next';

export interface LevelSuccess {
  level: number;
  answers: number;
  successRate: number;
  significant: boolean;
}

const percent = (rate: number) => `${Math.round(rate * 100)} %`;

/**
 * A challenge's success rate by the learners' estimated level: a small table (a level per column, the
 * rate and the number of answers written out), each rate over a bar for the eye. Levels with too few
 * answers to be compared are marked with an asterisk and said so, not by colour only.
 */
export function SuccessByLevel({ levels, reference }: { levels: readonly LevelSuccess[]; reference: string }) {
  const { t } = useTranslation();
  if (levels.length === 0) return <span>{t('console.challengeStatistics.noAnswers')}</span>;
  const cell = { px: 0.75, py: 0.25, textAlign: 'center', fontSize: '0.8125rem', whiteSpace: 'nowrap' } as const;
  return (
    <Box component="table" sx={{ borderCollapse: 'collapse' }}>
      <Box component="caption" sx={{ position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)' }}>
        {t('console.challengeStatistics.successCaption', { reference })}
      </Box>
      <thead>
        <tr>
          <Box component="th" scope="row" sx={{ ...cell, textAlign: 'left', fontWeight: 700 }}>
            {t('console.challengeStatistics.levelHeader')}
          </Box>
          {levels.map((l) => (
            <Box component="th" scope="col" key={l.level} sx={{ ...cell, fontWeight: 700 }}>
              {l.level}
            </Box>
          ))}
        </tr>
      </thead>
      <tbody>
        <tr>
          <Box component="th" scope="row" sx={{ ...cell, textAlign: 'left', fontWeight: 400 }}>
            {t('console.challengeStatistics.successHeader')}
          </Box>
          {levels.map((l) => (
            <Box component="td" key={l.level} sx={cell}>
              <Box sx={{ fontStyle: l.significant ? 'normal' : 'italic' }}>
                {percent(l.successRate)}
                {!l.significant && <span aria-label={t('console.challengeStatistics.fewAnswers')}>*</span>}
              </Box>
              <Box aria-hidden sx={{ height: 4, width: 40, bgcolor: colors.background, border: `1px solid ${colors.border}`, mx: 'auto' }}>
                <Box sx={{ height: '100%', width: `${Math.round(l.successRate * 100)}%`, bgcolor: colors.blueFrance }} />
              </Box>
              <Box sx={{ color: colors.textMuted, fontSize: '0.75rem' }}>{t('console.challengeStatistics.answersCount', { count: l.answers })}</Box>
            </Box>
          ))}
        </tr>
      </tbody>
    </Box>
  );
}
