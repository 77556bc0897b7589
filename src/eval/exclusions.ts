// Peer labels Palisade argues with: each one a labelled case (file + control) the scorer leaves
// out, with the reason a reviewer can check against the cited documentation. The report prints
// every exclusion; nothing is dropped silently. Only a label that is wrong, or a matter of scope
// or taste, belongs here, never a case Palisade simply misses.

export interface Exclusion {
  /** The labels file's `source`. */
  source: string;
  /** The case's file, as in the labels file. */
  file: string;
  control: string;
  reason: string;
}

const KICS = 'DataDog/datadog-iac-scanner';
const kicsTf = (query: string, file: string) => `assets/queries/terraform/${query}/test/${file}`;

export const EXCLUSIONS: Exclusion[] = [
  {
    source: KICS,
    file: kicsTf('aws/sensitive_port_is_exposed_to_entire_network', 'positive.tf'),
    control: 'aws/sensitive_port_is_exposed_to_entire_network',
    reason: 'labelled clean, but its ingress rules use protocol "-1" from 0.0.0.0/0, which AWS applies to every protocol and port whatever from_port/to_port say (EC2 security group rules reference)',
  },
  {
    source: KICS,
    file: kicsTf('aws/cmk_rotation_disabled', 'positive5.tf'),
    control: 'aws/cmk_rotation_disabled',
    reason: 'an RSA_2048 key with enable_key_rotation = true: asymmetric keys cannot rotate (KMS rejects the setting), so this is an invalid configuration, not rotation disabled',
  },
  {
    source: KICS,
    file: kicsTf('aws/kms_key_with_full_permissions', 'positive3.tf'),
    control: 'aws/kms_key_with_full_permissions',
    reason: 'a key with no policy gets the default key policy, which grants only the owning account (its IAM policies decide), not any principal',
  },
  {
    source: KICS,
    file: kicsTf('aws/s3_bucket_policy_accepts_http_requests', 'negative6.tf'),
    control: 'aws/s3_bucket_policy_accepts_http_requests',
    reason: 'only an Allow conditioned on aws:SecureTransport = true; identity policies can still allow plain-HTTP access, so AWS (Security Hub S3.5, Config s3-bucket-ssl-requests-only) requires an explicit Deny',
  },
  {
    source: KICS,
    file: kicsTf('gcp/sql_db_instance_is_publicly_accessible', 'negative.tf'),
    control: 'gcp/sql_db_instance_is_publicly_accessible',
    reason: 'negative2 keeps a public IPv4 address (ipv4_enabled defaults to true) restricted by authorized networks; CIS GCP 6.6 asks for no public IP at all (a matter of benchmark choice)',
  },
  ...['s3_bucket_with_public_policy', 's3_bucket_without_restriction_of_public_bucket', 's3_bucket_allows_public_acl'].map((q) => ({
    source: KICS,
    file: kicsTf(`aws/${q}`, 'negative1.tf'),
    control: `aws/${q}`,
    reason: 'scope: KICS judges one Block Public Access switch per query; this file leaves ignore_public_acls false and restrict_public_buckets unset (false), which terraform/s3-public-access-block reports as one control',
  })),
  {
    source: KICS,
    file: 'assets/queries/dockerfile/missing_user_instruction/test/negative.dockerfile',
    control: 'missing_user_instruction',
    reason: 'labelled clean because KICS exempts a final stage FROM scratch; without USER its process still runs as UID 0 with the default capabilities (Docker runs as root unless told otherwise), and CIS Docker Benchmark 4.1 makes no exception for it: a scratch image takes `USER 65532` like any other',
  },
  {
    source: 'kubescape/regolibrary',
    file: 'rules/ensure-that-the-api-server-secure-port-argument-is-not-set-to-0/test/failed/input/1.yaml',
    control: 'ensure-that-the-api-server-secure-port-argument-is-not-set-to-0',
    reason: 'the command passes --secure-port=0 and later --secure-port=8443; kube-apiserver (spf13/pflag) keeps the last value, so it serves HTTPS on 8443',
  },
];

export const excluded = (source: string, file: string, control: string): Exclusion | undefined =>
  EXCLUSIONS.find((e) => e.source === source && e.file === file && e.control === control);
