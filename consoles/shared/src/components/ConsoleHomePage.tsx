import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface ConsoleHomePageProps {
  /** "Pix Orga", "Pix Certif", "Pix Admin". */
  consoleName: string;
  userName: string;
  description: ReactNode;
  onLogOut: () => void;
  children?: ReactNode;
}

/** The home page of a console (props only): its name, who is logged in, "Se déconnecter". */
export function ConsoleHomePage({ consoleName, userName, description, onLogOut, children }: ConsoleHomePageProps) {
  const { t } = useTranslation();
  return (
    <Paper variant="outlined" component="section" aria-labelledby="console-home-title" sx={{ p: { xs: 2, sm: 4 } }}>
      <Typography variant="h1" id="console-home-title" gutterBottom>
        {consoleName}
      </Typography>
      <Typography sx={{ fontSize: '1.125rem', mb: 1 }}>{t('shared.consoleHome.greeting', { name: userName })}</Typography>
      <Typography color="text.secondary" sx={{ mb: 3 }}>
        {description}
      </Typography>
      {children}
      <Box>
        <Button variant="outlined" onClick={onLogOut}>
          {t('shared.userMenu.logOut')}
        </Button>
      </Box>
    </Paper>
  );
}
