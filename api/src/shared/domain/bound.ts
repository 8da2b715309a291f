/**
 * `F` without its first parameter: another context's function, or a repository's, whose unit of work
 * (the request's or the transaction's entity manager) the repositories factory has already given. Use
 * cases see `Bound<typeof fn>` and never the entity manager itself (docs/architecture.md, "Use cases
 * receiving their repositories").
 */
export type Bound<F> = F extends (em: never, ...args: infer A) => infer R ? (...args: A) => R : never;

/** `fn` with its first parameter (the entity manager) given: the port a repositories factory hands to use cases. */
export function bound<E, A extends unknown[], R>(fn: (em: E, ...args: A) => R, em: E): (...args: A) => R {
  return (...args) => fn(em, ...args);
}
