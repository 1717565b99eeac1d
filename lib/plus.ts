// The only module that touches cdk8s-plus-27: Kubernetes core types come from its `k8s` export.
// Moving to a newer cdk8s-plus is a change to this file alone. Only types are taken: values typed
// with them (Quantity, IntOrString) are turned into manifest JSON by `toManifestJson` in render.ts.
import type { k8s } from 'cdk8s-plus-27';

export type EnvVar = k8s.EnvVar;
export type EnvFromSource = k8s.EnvFromSource;
export type Volume = k8s.Volume;
export type VolumeMount = k8s.VolumeMount;
export type VolumeDevice = k8s.VolumeDevice;
export type SecurityContext = k8s.SecurityContext;
export type PodSpec = k8s.PodSpec;
export type LocalObjectReference = k8s.LocalObjectReference;
export type KeyToPath = k8s.KeyToPath;
export type VolumeProjection = k8s.VolumeProjection;
export type PersistentVolumeClaimSpec = k8s.PersistentVolumeClaimSpec;
export type Probe = k8s.Probe;
export type ContainerPort = k8s.ContainerPort;
export type Lifecycle = k8s.Lifecycle;
