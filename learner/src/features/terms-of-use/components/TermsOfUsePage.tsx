import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';

export interface TermsSection {
  title: string;
  paragraphs: string[];
}

export interface TermsOfUsePageProps {
  title: string;
  intro: string;
  sections: TermsSection[];
}

/** The terms of use (props only): a title, an introduction and numbered sections. */
export function TermsOfUsePage({ title, intro, sections }: TermsOfUsePageProps) {
  return (
    <Box component="article" sx={{ maxWidth: '75ch' }}>
      <Typography variant="h1" gutterBottom>
        {title}
      </Typography>
      <Typography sx={{ mb: 3 }}>{intro}</Typography>
      {sections.map((section) => (
        <Box component="section" key={section.title} sx={{ mb: 3 }}>
          <Typography variant="h2" gutterBottom sx={{ fontSize: '1.25rem' }}>
            {section.title}
          </Typography>
          {section.paragraphs.map((paragraph) => (
            <Typography key={paragraph} sx={{ mb: 1.5 }}>
              {paragraph}
            </Typography>
          ))}
        </Box>
      ))}
    </Box>
  );
}
