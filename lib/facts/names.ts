// The name formats Tekton and Kubernetes enforce, defined once: the constructs check names with
// them when they are declared, the validator's rules when manifests are read.
export const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
export const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
export const PARAM_NAME = /^[_a-zA-Z][_a-zA-Z0-9.-]*$/;
export const OBJECT_PARAM_NAME = /^[_a-zA-Z][_a-zA-Z0-9-]*$/;
/** The name part of a Kubernetes qualified name (label and annotation keys) and the form of a label value. */
export const QUALIFIED_NAME_PART = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;
/** Tekton checks result names with the API server's qualified-name pattern. */
export const RESULT_NAME = QUALIFIED_NAME_PART;
/** apimachinery's limits: a qualified name's name part and a label value, a DNS subdomain, all annotations of an object. */
export const NAME_PART_MAX = 63;
export const SUBDOMAIN_MAX = 253;
export const ANNOTATIONS_MAX_BYTES = 256 * 1024;

/** The DNS-1123 label rule in words, for messages. */
export const LABEL_RULE = 'lowercase letters, digits and "-", starting and ending with a letter or digit, at most 63 characters';

/** A DNS-1123 label: the names of tasks, steps and sidecars. */
export function isLabel(name: unknown): boolean {
  return typeof name === 'string' && name.length <= 63 && DNS1123_LABEL.test(name);
}

/** A qualified name (a label or annotation key) in words, for messages. */
export const QUALIFIED_NAME_RULE = `an optional prefix that is a DNS subdomain (lowercase letters, digits, "-" and ".", at most ${SUBDOMAIN_MAX} characters) and "/", then a name of at most ${NAME_PART_MAX} letters, digits, "-", "_" and ".", starting and ending with a letter or digit`;
/** A label value in words, for messages. */
export const LABEL_VALUE_RULE = `empty, or at most ${NAME_PART_MAX} letters, digits, "-", "_" and ".", starting and ending with a letter or digit`;

/** What is wrong with a name; `tooLong` marks the flaw that a shorter substituted value could avoid. */
export interface NameFlaw {
  readonly reason: string;
  readonly tooLong: boolean;
}

/**
 * Why `name` is not a Kubernetes qualified name, as apimachinery's IsQualifiedName says it, or
 * undefined when it is one: optional DNS-subdomain prefix and "/", then a 63-character name part.
 */
export function qualifiedNameFlaw(name: string): NameFlaw | undefined {
  const slash = name.indexOf('/');
  if (slash >= 0 && name.indexOf('/', slash + 1) >= 0) return { reason: 'it holds more than one "/"', tooLong: false };
  const part = slash < 0 ? name : name.slice(slash + 1);
  if (slash >= 0) {
    const prefix = name.slice(0, slash);
    if (prefix.length === 0) return { reason: 'the prefix before "/" is empty', tooLong: false };
    if (prefix.length > SUBDOMAIN_MAX) return { reason: `the prefix is ${prefix.length} characters long`, tooLong: true };
    if (!DNS1123_SUBDOMAIN.test(prefix)) return { reason: 'the prefix before "/" is not a DNS subdomain', tooLong: false };
  }
  if (part.length === 0) return { reason: 'the name part is empty', tooLong: false };
  if (part.length > NAME_PART_MAX) return { reason: `the name part is ${part.length} characters long`, tooLong: true };
  if (!QUALIFIED_NAME_PART.test(part)) return { reason: 'the name part holds a character that is not allowed, or does not start and end with a letter or digit', tooLong: false };
  return undefined;
}

/** A Kubernetes qualified name: the keys of labels and annotations, the names of refs. */
export function isQualifiedName(name: string): boolean {
  return qualifiedNameFlaw(name) === undefined;
}

/** Why `value` is not a label value (apimachinery's IsValidLabelValue), or undefined when it is one. */
export function labelValueFlaw(value: string): NameFlaw | undefined {
  if (value === '') return undefined;
  if (value.length > NAME_PART_MAX) return { reason: `it is ${value.length} characters long`, tooLong: true };
  if (!QUALIFIED_NAME_PART.test(value)) return { reason: 'it holds a character that is not allowed, or does not start and end with a letter or digit', tooLong: false };
  return undefined;
}

/** The nearest name part to `text`: disallowed characters as "-", trimmed to a letter or digit at both ends, cut to 63. */
export function nearestNamePart(text: string): string {
  const trim = (t: string) => t.replace(/^[^A-Za-z0-9]+/, '').replace(/[^A-Za-z0-9]+$/, '');
  return trim(trim(text.replace(/[^-A-Za-z0-9_.]/g, '-')).slice(0, NAME_PART_MAX));
}
