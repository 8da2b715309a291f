import { useState } from 'react';

/**
 * The state of the "Équipe" page's actions, the same for an organisation's team (Orga) and a
 * centre's (Certif): one action at a time (`busy`), its error, and the invitation dialog's error.
 */
export function useTeamActions() {
  const [busy, setBusy] = useState(false);
  const [actionError, setActionError] = useState<unknown>(null);
  const [inviteError, setInviteError] = useState<unknown>(null);

  /** Runs a role change, removal, resending or cancelling: true once done, false (and the error shown) when refused. */
  const run = async (action: () => Promise<unknown>): Promise<boolean> => {
    setBusy(true);
    setActionError(null);
    try {
      await action();
      return true;
    } catch (caught) {
      setActionError(caught);
      return false;
    } finally {
      setBusy(false);
    }
  };

  /** Sends invitations: how many were sent, or null (and the error shown in the dialog) when refused. */
  const invite = async (send: () => Promise<number>): Promise<number | null> => {
    setInviteError(null);
    try {
      return await send();
    } catch (caught) {
      setInviteError(caught);
      return null;
    }
  };

  return { busy, actionError, inviteError, run, invite };
}
