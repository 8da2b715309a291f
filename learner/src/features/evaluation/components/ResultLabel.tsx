import Cancel from '@mui/icons-material/Cancel';
import CheckCircle from '@mui/icons-material/CheckCircle';
import Done from '@mui/icons-material/Done';
import DoNotDisturbOn from '@mui/icons-material/DoNotDisturbOn';
import TimerOutlined from '@mui/icons-material/TimerOutlined';
import VisibilityOff from '@mui/icons-material/VisibilityOff';
import Box from '@mui/material/Box';
import { colors } from '@pix-libre/ui-shared';
import { useTranslation } from 'react-i18next';
import type { ChallengeResult } from '../../../__generated__/graphql';

const ICONS = {
  OK: { Icon: CheckCircle, color: colors.success },
  KO: { Icon: Cancel, color: colors.error },
  SKIPPED: { Icon: DoNotDisturbOn, color: colors.textMuted },
  TIMED_OUT: { Icon: TimerOutlined, color: colors.warning },
  FOCUSED_OUT: { Icon: VisibilityOff, color: colors.warning },
  // A certification's answer: recorded, its result never shown.
  HIDDEN: { Icon: Done, color: colors.textMuted },
} as const;

/** The result of an answer as an icon and a text (never by colour alone). */
export function ResultLabel({ result }: { result: ChallengeResult }) {
  const { t } = useTranslation();
  const { Icon, color } = ICONS[result] ?? ICONS.KO;
  return (
    <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.75, fontWeight: 700, color }}>
      <Icon aria-hidden="true" fontSize="small" />
      <span>{t(`learner.checkpoint.result.${result}`)}</span>
    </Box>
  );
}
