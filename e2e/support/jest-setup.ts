import { formatViolations, takeViolations } from './accessibility';

// axe-core audits each screen of the journeys (a few hundred milliseconds each, more on a loaded machine).
jest.setTimeout(120_000);

/** A serious or critical accessibility violation on any page a journey visited fails that test. */
afterEach(async () => {
  const violations = await takeViolations();
  if (violations.length > 0) throw new Error(formatViolations(violations));
});
