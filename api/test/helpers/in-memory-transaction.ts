/**
 * The `transaction` of in-memory repositories (the use cases' unit tests): all or nothing, as the
 * database's. `snapshot` copies what the work may change; when the work throws, the copy is put back
 * into `state` and the error goes on.
 */
export function allOrNothing<State extends object, Repositories>(state: State, snapshot: () => Partial<State>, repositories: () => Repositories) {
  return async <T>(work: (repositories: Repositories) => Promise<T>): Promise<T> => {
    const saved = snapshot();
    try {
      return await work(repositories());
    } catch (error) {
      Object.assign(state, saved);
      throw error;
    }
  };
}
