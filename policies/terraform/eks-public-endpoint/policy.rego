# METADATA
# title: EKS API endpoint open to the internet
# description: >-
#   A public Kubernetes API endpoint reachable from 0.0.0.0/0 puts the cluster's control plane in
#   front of every scanner and every leaked kubeconfig. Use the private endpoint, or restrict the
#   public one to known CIDRs.
# related_resources:
#   - ref: https://docs.aws.amazon.com/eks/latest/userguide/cluster-endpoint.html
# custom:
#   id: terraform/eks-public-endpoint
#   severity: high
#   kinds: [terraform-plan]
#   remediation: |
#     Turn on the private endpoint and turn off (or restrict) the public one.
#
#     Before:
#     ```hcl
#     vpc_config {
#       subnet_ids = var.subnet_ids
#     }
#     ```
#     After:
#     ```hcl
#     vpc_config {
#       subnet_ids              = var.subnet_ids
#       endpoint_private_access = true
#       endpoint_public_access  = false
#     }
#     ```
#   tags: [security, aws, eks, kubernetes, network]
#   equivalents:
#     checkov: [CKV_AWS_38, CKV_AWS_39]
#     trivy: [AVD-AWS-0040, AVD-AWS-0041]
#     kics: [aws/eks_cluster_has_public_access]
package palisade.terraform.eks_public_endpoint

import data.palisade.lib.terraform as tf

# The public endpoint is on by default, and open to 0.0.0.0/0 unless public_access_cidrs says
# otherwise.
violation contains v if {
	some r in tf.of_type("aws_eks_cluster")
	some j, vpc in r.after.vpc_config
	not vpc.endpoint_public_access == false
	some k, cidr in vpc.public_access_cidrs
	tf.open_cidr(cidr)
	v := {
		"msg": sprintf("EKS cluster %s exposes its API endpoint to %s; disable endpoint_public_access or restrict public_access_cidrs", [r.address, cidr]),
		"path": array.concat(r.path, ["vpc_config", j, "public_access_cidrs", k]),
	}
}

violation contains v if {
	some r in tf.of_type("aws_eks_cluster")
	some j, vpc in r.after.vpc_config
	not vpc.endpoint_public_access == false
	not _cidrs_set(r, j)
	v := {
		"msg": sprintf("EKS cluster %s has a public API endpoint open to 0.0.0.0/0 (no public_access_cidrs); disable endpoint_public_access or restrict public_access_cidrs", [r.address]),
		"path": array.concat(r.path, ["vpc_config", j, "endpoint_public_access"]),
	}
}

# Known CIDRs, or written in the configuration but only known after apply.
_cidrs_set(r, j) if {
	cidrs := r.after.vpc_config[j].public_access_cidrs
	is_array(cidrs)
	count(cidrs) > 0
}

_cidrs_set(r, j) if tf.config[tf.base_address(r.address)].expressions.vpc_config[j].public_access_cidrs
