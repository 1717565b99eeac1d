/** A plain JSON object (not null, not an array): the shape every manifest field check starts from. */
export function isObject(v: unknown): v is Record<string, any> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}
