import { useState } from 'react';

/**
 * A page's buttons that write (archive, change a role, remove…): one action at a time (`busy`) and
 * the error of the last one, shown by the page.
 */
export function useAction() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  /** Runs the action: true once done, false (and the error kept) when refused. */
  const run = async (action: () => Promise<unknown>): Promise<boolean> => {
    setBusy(true);
    setError(null);
    try {
      await action();
      return true;
    } catch (caught) {
      setError(caught);
      return false;
    } finally {
      setBusy(false);
    }
  };

  return { busy, error, run };
}
