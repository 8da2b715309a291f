import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { AnswerCheckFieldsFragment } from '../../__generated__/graphql';
import { AnswerCheckResult } from './AnswerCheckResult';

export interface TriedAnswer {
  key: number;
  value: string;
  check: AnswerCheckFieldsFragment;
}

/** The answers tried so far, the latest first, each with the checker's verdict and details. */
export function TriedAnswers({ tries, choice, headingId }: { tries: TriedAnswer[]; choice: boolean; headingId: string }) {
  const { t } = useTranslation();
  if (tries.length === 0) return null;
  return (
    <Box component="section" aria-labelledby={headingId} sx={{ mt: 3 }}>
      <Typography variant="h3" id={headingId} sx={{ fontSize: '1.125rem', fontWeight: 700 }}>
        {t('console.content.check.tries', { count: tries.length })}
      </Typography>
      <Box component="ol" reversed sx={{ pl: 3, m: 0 }}>
        {tries.map((tried) => (
          <Box component="li" key={tried.key} sx={{ mb: 2 }}>
            <AnswerCheckResult check={tried.check} value={tried.value} choice={choice} />
          </Box>
        ))}
      </Box>
    </Box>
  );
}
