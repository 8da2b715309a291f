import { useMutation } from '@apollo/client/react';
import { useCallback, useState } from 'react';
import type { TutorialFieldsFragment } from '../../__generated__/graphql';
import { LikeTutorialMutation, SaveTutorialMutation, UnlikeTutorialMutation, UnsaveTutorialMutation } from './tutorials.graphql';

export type Tutorial = TutorialFieldsFragment;

export interface TutorialActions {
  /** The tutorial with the latest "saved" / "liked" state known on this page. */
  resolve: (tutorial: Tutorial) => Tutorial;
  /** "Enregistrer" / "Retirer". */
  toggleSaved: (tutorial: Tutorial) => Promise<boolean>;
  /** "Tuto utile" (on / off). */
  toggleLiked: (tutorial: Tutorial) => Promise<boolean>;
  /** Tutorials with a request under way. */
  busyIds: ReadonlySet<string>;
  /** The last failed request's error. */
  error: unknown;
}

type Flags = Partial<Pick<Tutorial, 'isSaved' | 'isLiked'>>;

/**
 * Save / unsave and like / unlike a tutorial. The results update the normalised cache (so lists
 * read from a query follow) and a map of the latest flags, for tutorials shown from a mutation's
 * result (a checkpoint).
 */
export function useTutorialActions(): TutorialActions {
  const [save] = useMutation(SaveTutorialMutation);
  const [unsave] = useMutation(UnsaveTutorialMutation);
  const [like] = useMutation(LikeTutorialMutation);
  const [unlike] = useMutation(UnlikeTutorialMutation);
  const [flags, setFlags] = useState<Record<string, Flags>>({});
  const [busyIds, setBusyIds] = useState<ReadonlySet<string>>(new Set());
  const [error, setError] = useState<unknown>(null);

  const resolve = useCallback((tutorial: Tutorial): Tutorial => ({ ...tutorial, ...flags[tutorial.id] }), [flags]);

  const run = useCallback(async (id: string, request: () => Promise<Flags | undefined>): Promise<boolean> => {
    setBusyIds((current) => new Set(current).add(id));
    setError(null);
    try {
      const result = await request();
      if (result) setFlags((current) => ({ ...current, [id]: { ...current[id], ...result } }));
      return true;
    } catch (caught) {
      setError(caught);
      return false;
    } finally {
      setBusyIds((current) => {
        const next = new Set(current);
        next.delete(id);
        return next;
      });
    }
  }, []);

  const toggleSaved = useCallback(
    (tutorial: Tutorial) => {
      const saved = resolve(tutorial).isSaved;
      const variables = { tutorialId: tutorial.id };
      return run(tutorial.id, async () =>
        saved ? (await unsave({ variables })).data?.unsaveTutorial : (await save({ variables })).data?.saveTutorial,
      );
    },
    [resolve, run, save, unsave],
  );

  const toggleLiked = useCallback(
    (tutorial: Tutorial) => {
      const liked = resolve(tutorial).isLiked;
      const variables = { tutorialId: tutorial.id };
      return run(tutorial.id, async () =>
        liked ? (await unlike({ variables })).data?.unlikeTutorial : (await like({ variables })).data?.likeTutorial,
      );
    },
    [like, resolve, run, unlike],
  );

  return { resolve, toggleSaved, toggleLiked, busyIds, error };
}
