import HourglassEmpty from '@mui/icons-material/HourglassEmpty';
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { visuallyHidden } from '@pix-libre/ui-shared';

export interface ResultsSectionProps {
  /** The id of the heading (h2) that names the section. */
  titleId: string;
  title: ReactNode;
  /** Shown at the right of the title (e.g. the export button). */
  actions?: ReactNode;
  children: ReactNode;
}

/** A section of the campaign page: a region named by its h2. */
export function ResultsSection({ titleId, title, actions, children }: ResultsSectionProps) {
  return (
    <Box component="section" aria-labelledby={titleId}>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', justifyContent: 'space-between', gap: 2, mb: 2 }}>
        <Typography variant="h2" id={titleId}>
          {title}
        </Typography>
        {actions}
      </Box>
      {children}
    </Box>
  );
}

/** A framed message with its own heading (h3): before any data, or when a section does not apply. */
export function SectionMessage({ titleId, title, text, icon }: { titleId: string; title: string; text: string; icon?: ReactNode }) {
  return (
    <Paper variant="outlined" component="section" aria-labelledby={titleId} sx={{ p: { xs: 2, sm: 4 }, textAlign: 'center' }}>
      {icon && (
        <Box aria-hidden="true" sx={{ color: 'text.secondary', mb: 1, '& svg': { fontSize: 40 } }}>
          {icon}
        </Box>
      )}
      <Typography variant="h3" component="h3" id={titleId} gutterBottom>
        {title}
      </Typography>
      <Typography sx={{ maxWidth: 640, mx: 'auto' }}>{text}</Typography>
    </Paper>
  );
}

/** "En attente de résultats": nothing shared yet. */
export function WaitingForResults({ titleId, text }: { titleId: string; text: string }) {
  const { t } = useTranslation();
  return <SectionMessage titleId={titleId} title={t('console.campaignResults.waiting.title')} text={text} icon={<HourglassEmpty />} />;
}

/** What a profiles collection shows in "Résultats collectifs" and "Analyse". */
export function AssessmentOnlyNotice({ titleId }: { titleId: string }) {
  const { t } = useTranslation();
  return <SectionMessage titleId={titleId} title={t('console.campaignResults.assessmentOnly.title')} text={t('console.campaignResults.assessmentOnly.text')} />;
}

/** An empty cell: a dash on screen, "Non disponible" for screen readers. */
export function NotAvailable() {
  const { t } = useTranslation();
  return (
    <>
      <span aria-hidden="true">–</span>
      <Box component="span" sx={visuallyHidden}>
        {t('console.campaignResults.notAvailable')}
      </Box>
    </>
  );
}

/** A rate as a bar and its value in text (the bar is decorative: the text says it all). */
export function RateBar({ rate, text, color = 'primary.main', width = 120 }: { rate: number; text: string; color?: string; width?: number | string }) {
  const clamped = Math.max(0, Math.min(1, rate));
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, minWidth: 0 }}>
      <Box aria-hidden="true" sx={{ flex: `0 1 ${typeof width === 'number' ? `${width}px` : width}`, height: 8, borderRadius: 4, bgcolor: 'grey.300', overflow: 'hidden' }}>
        <Box sx={{ width: `${clamped * 100}%`, height: '100%', bgcolor: color }} />
      </Box>
      <Box component="span" sx={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>
        {text}
      </Box>
    </Box>
  );
}
