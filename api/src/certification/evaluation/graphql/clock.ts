/** The clock's rule, for the schema assembly's join fields. */
export { timeLeftSeconds } from '../domain/certification-clock';
