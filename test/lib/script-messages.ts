// The script tag's refusals that many of its tests expect word for word, built in one place: a
// change to one of these messages is then one edit here, not one per test file.

/** The middle of a refusal for a command the tag cannot read, with the reason it gives. */
export const CANNOT_READ = (why: string): string => `given to a command the tag cannot read (${why}), so it cannot prove the value stays data`;

/** The fix that ends a refusal for a command the tag cannot read. */
export const UNKNOWN_FIX = 'Write the program name as fixed text in the script and pass the value as a separate, quoted argument, or read the env var by name inside the program';

/** The refusal for $(params.p) given to a command the tag cannot read, on line 1. */
export const unknown = (why: string): string => `script: $(params.p) is ${CANNOT_READ(why)} (line 1). ${UNKNOWN_FIX}`;

/** The refusal for $(params.p) in command text that `label` runs as shell code where the step's env vars do not go. */
export const foreign = (label: string): string =>
  `script: $(params.p) is in the command text that ${label} runs as shell code, and that shell does not get the step's env vars (line 1). Send the value as data on stdin instead, for example: printf '%s\\n' "\${PARAMS_P}" | ${label} 'IFS= read -r value; echo "$value"'`;

/** The refusal for text the parser stops at: `near` is the text from where it stopped to the end of its line ('' when it stopped at a newline, undefined at the end). */
export const unreadable = (line: number, near: string | undefined, why: string): string =>
  `script: the tag cannot read the script with certainty (line ${line}, ${near === undefined ? 'near the end' : near === '' ? 'at the end of the line' : `near ${JSON.stringify(near)}`}: ${why}), so it cannot prove where $(params.p) lands. Write that part in the plain form the tag reads; or, for a script you have checked yourself, set env: { PARAMS_P: ... } on the step and read "\${PARAMS_P}" in a plain-string script`;
