import { useAuth } from '@pix-libre/ui-shared';

/** The certification team judges (CERTIF, SUPER_ADMIN); the support (SUPPORT) only reads. */
export function canJudge(role: string | null | undefined): boolean {
  return role === 'CERTIF' || role === 'SUPER_ADMIN';
}

/** Whether the viewer may act as the jury, and who they are. */
export function useJuryViewer(): { canAct: boolean; userId: string | null } {
  const { user } = useAuth();
  return { canAct: canJudge(user?.platformRole), userId: user?.id ?? null };
}
