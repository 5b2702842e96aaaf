/**
 * The missing fields (`detail`) that a suggested `fields` attribute leaves out, because no column could be
 * guessed for them: the message names them too, or following the suggestion would end in the same error.
 */
export function unsuggested(missing: string, suggestion: string | undefined): string[] {
  const entries = (suggestion ?? '').split(',').map((entry) => entry.trim());
  return missing.split(', ').filter((field) => field && !entries.some((entry) => entry.startsWith(`${field}:`)));
}
