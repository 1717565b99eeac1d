// What `cdk8s-tekton secrets` prints comes from YAML someone else may have written: every field
// that reaches a printed command or comment is checked against what Kubernetes itself accepts
// for it, so a newline cannot end a comment line and a quote cannot end an argument. A field
// that fails is refused, naming it; the rest is still shell-quoted on the kubectl lines.
import { DNS1123_SUBDOMAIN } from '../facts/names';
import type { SecretFacts } from '../facts/credentials';

/** A Secret's data key (validation.IsConfigMapKey). */
const SECRET_KEY = /^[-._a-zA-Z0-9]+$/;
/** A Secret type: a qualified name such as kubernetes.io/ssh-auth, or a plain word. */
const SECRET_TYPE = /^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\/)?[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$/;
/** A git host or registry as the annotations carry it: a host name or IPv4 address, and a port. */
const HOST = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*(:[0-9]{1,5})?$/;

/** Why a field was refused: `field` names it, `value` is shown escaped. */
export class RefusedField extends Error {}

function check(ok: boolean, field: string, value: string, allowed: string): void {
  if (!ok) throw new RefusedField(`${field} is ${JSON.stringify(value)}, which Kubernetes does not accept (allowed: ${allowed}); nothing is printed for it`);
}

/** Throws RefusedField for the first field of `facts` (or the namespace) that Kubernetes would refuse. */
export function checkFields(facts: SecretFacts, namespace: string | undefined): void {
  check(facts.name.length <= 253 && DNS1123_SUBDOMAIN.test(facts.name), 'name', facts.name, 'lowercase letters, digits, "-" and ".", at most 253 characters');
  if (namespace !== undefined) check(namespace.length <= 63 && DNS1123_SUBDOMAIN.test(namespace) && !namespace.includes('.'), 'metadata.namespace', namespace, 'lowercase letters, digits and "-", at most 63 characters');
  check(facts.type.length <= 253 && SECRET_TYPE.test(facts.type), 'type', facts.type, 'a Secret type such as Opaque or kubernetes.io/ssh-auth');
  facts.keys.forEach((k, i) => check(k.length <= 253 && SECRET_KEY.test(k), `keys[${i}]`, k, 'letters, digits, "-", "_" and "."'));
  (facts.hosts ?? []).forEach((h, i) => check(h.length <= 253 && HOST.test(h), `hosts[${i}]`, h, 'a host name with an optional :port'));
  (facts.registries ?? []).forEach((r, i) => check(r.length <= 253 && HOST.test(r), `registries[${i}]`, r, 'a registry host with an optional :port'));
}
