/** A school's pupil record as other contexts read it (the partners' API): SIECLE identity, class, left or not, the account linked. */
export interface SchoolLearnerRecord {
  id: number;
  /** The INE. */
  nationalStudentId: string | null;
  firstName: string;
  lastName: string;
  /** AAAA-MM-JJ. */
  birthdate: string | null;
  division: string | null;
  hasLeft: boolean;
  userId: number | null;
}
