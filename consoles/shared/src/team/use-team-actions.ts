import { useState } from 'react';
import { useAction } from '../components/use-action';

/**
 * The state of the "Équipe" page's actions, the same for an organisation's team (Orga) and a
 * centre's (Certif): one action at a time (`busy`, `run` of useAction), its error, and the invitation dialog's error.
 */
export function useTeamActions() {
  const { busy, error: actionError, run } = useAction();
  const [inviteError, setInviteError] = useState<unknown>(null);

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
