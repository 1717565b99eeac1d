// The name formats Tekton and Kubernetes enforce, defined once: the constructs check names with
// them when they are declared, the validator's rules when manifests are read.
export const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
export const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
export const PARAM_NAME = /^[_a-zA-Z][_a-zA-Z0-9.-]*$/;
export const OBJECT_PARAM_NAME = /^[_a-zA-Z][_a-zA-Z0-9-]*$/;
export const RESULT_NAME = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;

/** The DNS-1123 label rule in words, for messages. */
export const LABEL_RULE = 'lowercase letters, digits and "-", starting and ending with a letter or digit, at most 63 characters';

/** A DNS-1123 label: the names of tasks, steps and sidecars. */
export function isLabel(name: unknown): boolean {
  return typeof name === 'string' && name.length <= 63 && DNS1123_LABEL.test(name);
}

/** A Kubernetes qualified name: optional DNS-subdomain prefix and "/", then a 63-character name part. */
export function isQualifiedName(name: string): boolean {
  const slash = name.lastIndexOf('/');
  const part = slash < 0 ? name : name.slice(slash + 1);
  const prefix = slash < 0 ? undefined : name.slice(0, slash);
  if (prefix !== undefined && (prefix.length === 0 || prefix.length > 253 || !DNS1123_SUBDOMAIN.test(prefix))) return false;
  return part.length <= 63 && RESULT_NAME.test(part);
}
