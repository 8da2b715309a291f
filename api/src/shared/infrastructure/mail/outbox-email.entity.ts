import { EntitySchema } from '@mikro-orm/core';

/** Without SMTP_URL, e-mails land here and a development page lists them. */
export class OutboxEmailEntity {
  id!: number;
  recipient!: string;
  subject!: string;
  text!: string;
  createdAt: Date = new Date();
}

export const OutboxEmailSchema = new EntitySchema<OutboxEmailEntity>({
  class: OutboxEmailEntity,
  tableName: 'outbox_emails',
  properties: {
    id: { type: 'integer', primary: true, autoincrement: true },
    recipient: { type: 'string', length: 255 },
    subject: { type: 'string', length: 500 },
    text: { type: 'text' },
    createdAt: { type: 'datetime', defaultRaw: 'now()' },
  },
});
