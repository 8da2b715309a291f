import type { EntityManager } from '@mikro-orm/postgresql';

const escape = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** Links in the text become clickable, so a tester can follow a reset or invitation link. */
const linkify = (text: string) => escape(text).replace(/(https?:\/\/[^\s<]+)/g, '<a href="$1">$1</a>');

/** Development page listing the e-mails kept in the outbox (no SMTP configured). */
export async function outboxPage(em: EntityManager): Promise<string> {
  const rows: { id: number; recipient: string; subject: string; text: string; created_at: Date }[] = await em
    .getKnex()('outbox_emails')
    .orderBy('id', 'desc')
    .limit(100);
  const items = rows
    .map(
      (row) => `<article>
  <h2>${escape(row.subject)}</h2>
  <p class="meta">À : ${escape(row.recipient)} · ${new Date(row.created_at).toLocaleString('fr-FR', { timeZone: 'Europe/Paris' })}</p>
  <pre>${linkify(row.text)}</pre>
</article>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="fr">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Boîte d'envoi (développement)</title>
<style>body{font-family:system-ui,sans-serif;max-width:50rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}
article{border:1px solid #bbb;border-radius:.5rem;padding:1rem;margin:1rem 0}.meta{color:#444}
pre{white-space:pre-wrap;font-family:inherit}a{color:#0a4fb8}</style></head>
<body><h1>Boîte d'envoi</h1>
<p>Sans <code>SMTP_URL</code>, les e-mails de la plateforme sont gardés ici au lieu d'être envoyés (100 derniers).</p>
${items || '<p>Aucun e-mail pour le moment.</p>'}
</body></html>`;
}
