import type { Client } from 'pg';

/**
 * E-mails leave through the job queue, after the request that asks for them: waits until the queue
 * has no e-mail left to deliver (each was enqueued in its request's transaction, so it is there by now).
 */
export async function emailsDelivered(db: Client, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { rows } = await db.query(`select count(*)::int as pending from pgboss.job where name = 'email' and state < 'completed'`);
    if (rows[0].pending === 0) return;
    if (Date.now() > deadline) throw new Error(`${rows[0].pending} e-mail(s) still queued after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
