import nodemailer, { type Transporter } from 'nodemailer';
import type { EntityManager } from '@mikro-orm/postgresql';
import { knexOf } from '../database/knex-of';

export interface Email {
  to: string;
  subject: string;
  text: string;
}

export interface Mailer {
  /** `em` lets the outbox write in the caller's transaction. */
  send(email: Email, em: EntityManager): Promise<void>;
}

/**
 * Every e-mail is built by nodemailer. With SMTP_URL it is sent over SMTP; without it, the built
 * message is kept in the `outbox_emails` table, which a development page lists.
 */
export function createMailer(smtpUrl: string | undefined, from: string): Mailer {
  if (smtpUrl) {
    const transport: Transporter = nodemailer.createTransport(smtpUrl);
    return {
      async send(email) {
        await transport.sendMail({ from, to: email.to, subject: email.subject, text: email.text });
      },
    };
  }
  const transport = nodemailer.createTransport({ jsonTransport: true });
  return {
    async send(email, em) {
      const info = await transport.sendMail({ from, to: email.to, subject: email.subject, text: email.text });
      const built = JSON.parse(String(info.message)) as { subject: string; text: string };
      await knexOf(em)('outbox_emails').insert({ recipient: email.to, subject: built.subject, text: built.text });
    },
  };
}
