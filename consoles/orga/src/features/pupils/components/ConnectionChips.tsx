import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import { useTranslation } from 'react-i18next';
import { connectionMethods, type Pupil } from '../pupil-types';

/** How a pupil logs in (props only): "Identifiant" with the username, "Adresse e-mail", "Médiacentre (GAR)" or "Aucun compte". */
export function ConnectionChips({ pupil }: { pupil: Pick<Pupil, 'authenticationMethods' | 'username'> }) {
  const { t } = useTranslation();
  return (
    <Box component="ul" sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 0.5, listStyle: 'none', m: 0, p: 0 }}>
      {connectionMethods(pupil).map((method) => (
        <Box component="li" key={method} sx={{ display: 'flex', alignItems: 'center', gap: 0.5, minWidth: 0 }}>
          <Chip
            size="small"
            variant={method === 'NONE' ? 'outlined' : 'filled'}
            color={method === 'NONE' ? 'default' : 'primary'}
            label={t(`console.pupils.connection.${method}`)}
          />
          {method === 'USERNAME' && pupil.username && (
            <Box component="span" sx={{ fontFamily: 'monospace', overflowWrap: 'anywhere' }}>
              {pupil.username}
            </Box>
          )}
        </Box>
      ))}
    </Box>
  );
}
