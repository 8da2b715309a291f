import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { colors } from '@pix-libre/ui-shared';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportedPupil } from '../use-siecle-import';

interface NamesProps {
  title: string;
  pupils: ImportedPupil[];
  /** How many there are in all (the list holds the first ones only). */
  count: number;
}

/** One list of the report ("Élèves ajoutés"): class, name; "et N autres" past the names the server keeps. */
function Names({ title, pupils, count }: NamesProps) {
  const { t } = useTranslation();
  const titleId = useId();
  if (count === 0) return null;
  const others = count - pupils.length;
  return (
    <Box sx={{ mt: 2 }}>
      <Typography variant="h3" id={titleId} sx={{ fontSize: '1rem', fontWeight: 700, mb: 0.5 }}>
        {title}
      </Typography>
      {/* A long list scrolls on its own: focusable, so that the keyboard scrolls it too. */}
      <Box
        tabIndex={0}
        role="region"
        aria-labelledby={titleId}
        sx={{
          maxHeight: '12rem',
          overflowY: 'auto',
          border: `1px solid ${colors.border}`,
          borderRadius: 1,
          px: 1.5,
          py: 1,
          '&:focus-visible': { outline: `2px solid ${colors.focus}`, outlineOffset: 2 },
        }}
      >
        <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
          {pupils.map((pupil, index) => (
            <li key={index}>
              {pupil.division
                ? t('console.pupils.import.names.pupilInDivision', { division: pupil.division, lastName: pupil.lastName, firstName: pupil.firstName })
                : t('console.pupils.import.names.pupil', { lastName: pupil.lastName, firstName: pupil.firstName })}
            </li>
          ))}
        </Box>
        {others > 0 && <Typography sx={{ mt: 0.5 }}>{t('console.pupils.import.names.others', { count: others })}</Typography>}
      </Box>
    </Box>
  );
}

/** Who the import added and who left the school, by class then name (props only). */
export function ImportReportNames({ report }: { report: { added: number; left: number; addedPupils: ImportedPupil[]; leftPupils: ImportedPupil[] } }) {
  const { t } = useTranslation();
  return (
    <>
      <Names title={t('console.pupils.import.names.addedTitle')} pupils={report.addedPupils} count={report.added} />
      <Names title={t('console.pupils.import.names.leftTitle')} pupils={report.leftPupils} count={report.left} />
    </>
  );
}
