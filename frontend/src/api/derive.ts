import type { paths } from './schema';

/*
 * Type helpers over the generated paths, for the feature folders (src/meetings, ...): each
 * derives its DTO types from the gateway's contract, as types.ts does for the first screens.
 * Where the document does not describe a 200 answer yet, `Or` falls back to a local description.
 */
type Json<R> = R extends { content: { 'application/json': infer T } } ? T : never;

/** The JSON body of a 200 (or else 201) answer of an operation. */
export type Ok<P extends keyof paths, M extends keyof paths[P]> = paths[P][M] extends {
  responses: infer R;
}
  ? R extends { 200: infer A }
    ? Json<A>
    : R extends { 201: infer A }
      ? Json<A>
      : never
  : never;

/** The JSON request body of an operation. */
export type RequestBody<P extends keyof paths, M extends keyof paths[P]> = paths[P][M] extends {
  requestBody?: { content: { 'application/json': infer T } };
}
  ? T
  : never;

export type Or<T, Fallback> = [T] extends [never] ? Fallback : [unknown] extends [T] ? Fallback : T;
export type Item<T> = T extends { items?: (infer I)[] } ? I : never;

/** The If-Match header for an update of something loaded at `version`. */
export const ifMatch = (version: number | undefined) => ({
  'If-Match': `"${version ?? 0}"`,
});
