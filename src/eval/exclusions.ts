// Peer labels the eval does not score, each with the reason a reviewer can check against the
// labelled file. A label is listed here only when the peer's verdict is wrong about what the
// tool or the cluster does (not when Palisade merely disagrees in scope); the eval prints every
// entry, so nothing is dropped silently. Data only: scoring lives in peers.ts.

export interface Exclusion {
  /** The labels file's `source`. */
  source: string;
  /** The case's `file`, as in the labels file. */
  file: string;
  control: string;
  reason: string;
}

export const EXCLUSIONS: Exclusion[] = [
  {
    source: 'kubescape/regolibrary',
    file: 'rules/ensure-that-the-api-server-secure-port-argument-is-not-set-to-0/test/failed/input/1.yaml',
    control: 'ensure-that-the-api-server-secure-port-argument-is-not-set-to-0',
    reason: 'the command passes --secure-port=0 and later --secure-port=8443; kube-apiserver (pflag) keeps the last value, so it serves on 8443',
  },
];
