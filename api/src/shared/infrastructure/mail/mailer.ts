import nodemailer, { type Transporter } from 'nodemailer';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { JobQueue, JobRun, QueueDefinition } from '../jobs/job-queue';

export interface Email {
  to: string;
  subject: string;
  text: string;
}

export interface Mailer {
  /** Enqueues the e-mail in `em`'s transaction: it leaves only if what it announces was committed. */
  send(email: Email, em: EntityManager): Promise<void>;
}

/** E-mails go out through the job queue: an SMTP server that is down is tried again, later and later (about 20 min in all). */
export const EMAIL_QUEUE: QueueDefinition = { name: 'email', retryLimit: 8, retryDelaySeconds: 5, retryBackoff: true, expireInSeconds: 60 };

export function createMailer(jobs: JobQueue): Mailer {
  return {
    async send(email, em) {
      await jobs.send(EMAIL_QUEUE.name, { to: email.to, subject: email.subject, text: email.text }, em);
    },
  };
}

/**
 * Delivers the queued e-mails from this process. Every e-mail is built by nodemailer. With SMTP_URL
 * it is sent over SMTP (at least once: a crash between the send and the acknowledgement sends it
 * again); without it, the built message is kept in the `outbox_emails` table, once per job, which a
 * development page lists.
 */
export async function startMailDelivery(jobs: JobQueue, orm: MikroORM, smtpUrl: string | undefined, from: string): Promise<void> {
  let deliver: (email: Email, run: JobRun) => Promise<void>;
  if (smtpUrl) {
    const transport: Transporter = nodemailer.createTransport(smtpUrl);
    deliver = async (email) => {
      await transport.sendMail({ from, to: email.to, subject: email.subject, text: email.text });
    };
  } else {
    const transport = nodemailer.createTransport({ jsonTransport: true });
    deliver = async (email, run) => {
      const info = await transport.sendMail({ from, to: email.to, subject: email.subject, text: email.text });
      const built = JSON.parse(String(info.message)) as { subject: string; text: string };
      await orm.em
        .fork()
        .getKnex()('outbox_emails')
        .insert({ recipient: email.to, subject: built.subject, text: built.text, job_id: run.id })
        .onConflict('job_id')
        .ignore();
    };
  }
  await jobs.define<Email>(EMAIL_QUEUE, deliver);
}
