/** A plausible e-mail address (the server checks again). */
const EMAIL = /^[^\s@,;]+@[^\s@,;]+\.[^\s@,;]+$/;

/**
 * The addresses an administrator typed, separated by commas, semicolons, spaces or new lines:
 * trimmed, without duplicates (whatever the case), in the order typed.
 */
export function parseEmails(text: string): string[] {
  const seen = new Set<string>();
  const emails: string[] = [];
  for (const email of text.split(/[\s,;]+/)) {
    const key = email.toLowerCase();
    if (!email || seen.has(key)) continue;
    seen.add(key);
    emails.push(email);
  }
  return emails;
}

/** The first address that does not look like one, if any. */
export function firstInvalidEmail(emails: readonly string[]): string | undefined {
  return emails.find((email) => !EMAIL.test(email));
}
