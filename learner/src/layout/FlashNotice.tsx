import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';

/** Notices a page leaves for the next one, in the router state (`flash`). */
export type Flash = 'passwordChanged';

const MESSAGES: Record<Flash, string> = { passwordChanged: 'learner.flash.passwordChanged' };

export function readFlash(state: unknown): Flash | null {
  const flash = state && typeof state === 'object' ? (state as Record<string, unknown>).flash : undefined;
  return typeof flash === 'string' && flash in MESSAGES ? (flash as Flash) : null;
}

/**
 * The word of confirmation a page leaves for the next one (e.g. "Votre mot de passe a été modifié."
 * on the dashboard, after a new password). The status region stays in the layout from page to
 * page, so the message that appears in it is announced by screen readers. The state is removed
 * from the history entry at once (a reload does not show it again); the message goes with the
 * next page.
 */
export function FlashNotice() {
  const { t } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const [notice, setNotice] = useState<{ flash: Flash; pathname: string } | null>(null);

  useEffect(() => {
    const flash = readFlash(location.state);
    if (flash) {
      setNotice({ flash, pathname: location.pathname });
      const { flash: _flash, ...rest } = location.state as Record<string, unknown>;
      navigate(`${location.pathname}${location.search}${location.hash}`, { replace: true, state: Object.keys(rest).length ? rest : null });
    }
  }, [location, navigate]);

  const shown = notice && notice.pathname === location.pathname ? notice : null;
  return (
    <Box role="status" sx={{ '&:empty': { display: 'none' }, mb: shown ? 3 : 0 }}>
      {shown && (
        // Not an alert of its own: the status region around it is the one that speaks.
        <Alert severity="success" role="none" onClose={() => setNotice(null)} closeText={t('learner.flash.close')}>
          {t(MESSAGES[shown.flash])}
        </Alert>
      )}
    </Box>
  );
}
