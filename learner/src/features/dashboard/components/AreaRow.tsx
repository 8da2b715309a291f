import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface AreaRowProps {
  code: string;
  name: string;
  color: string;
  children: ReactNode;
}

/** One area of the framework: its heading (code, name, colour) and its competences as a list. */
export function AreaRow({ code, name, color, children }: AreaRowProps) {
  const { t } = useTranslation();
  const headingId = `area-${code}`;
  return (
    <Box component="section" aria-labelledby={headingId} sx={{ mb: 4 }}>
      <Typography
        variant="h2"
        id={headingId}
        sx={{ display: 'flex', alignItems: 'center', gap: 1.5, mb: 2, fontSize: { xs: '1.25rem', sm: '1.5rem' } }}
      >
        <Box component="span" aria-hidden="true" sx={{ width: 12, alignSelf: 'stretch', minHeight: 28, borderRadius: 1, bgcolor: color, flexShrink: 0 }} />
        {t('learner.dashboard.areaTitle', { code, name })}
      </Typography>
      <Box
        component="ul"
        sx={{
          listStyle: 'none',
          p: 0,
          m: 0,
          display: 'grid',
          gap: 2,
          gridTemplateColumns: { xs: '1fr', sm: 'repeat(2, minmax(0, 1fr))', md: 'repeat(4, minmax(0, 1fr))' },
        }}
      >
        {children}
      </Box>
    </Box>
  );
}
