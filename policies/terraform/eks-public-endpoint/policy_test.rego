# Unit tests for terraform/eks-public-endpoint: the fixture cases, in miniature, and the edge cases
# (known-after-apply values, modules, deletions) that fixtures do not show.
package palisade.terraform.eks_public_endpoint_test

import data.palisade.terraform.eks_public_endpoint

test_pass_private_endpoint if {
	found := {v.path | some v in eks_public_endpoint.violation} with input as {
		"resource_changes": [
			{"address": "aws_eks_cluster.prod", "type": "aws_eks_cluster", "change": {"actions": ["create"], "after": {"name": "prod", "version": "1.30", "vpc_config": [{"endpoint_private_access": true, "endpoint_public_access": false}]}, "after_unknown": {"id": true, "arn": true, "endpoint": true, "vpc_config": [{"cluster_security_group_id": true, "public_access_cidrs": true, "subnet_ids": true, "vpc_id": true}]}}},
			{"address": "aws_eks_cluster.dev", "type": "aws_eks_cluster", "change": {"actions": ["create"], "after": {"name": "dev", "version": "1.30", "vpc_config": [{"endpoint_private_access": false, "endpoint_public_access": true, "public_access_cidrs": ["203.0.113.0/24"]}]}, "after_unknown": {"id": true, "arn": true, "endpoint": true, "vpc_config": [{"cluster_security_group_id": true, "subnet_ids": true, "vpc_id": true}]}}}
		],
		"configuration": {"root_module": {"resources": [{"address": "aws_eks_cluster.prod", "mode": "managed", "type": "aws_eks_cluster", "name": "prod", "provider_config_key": "aws", "expressions": {"name": {"constant_value": "prod"}, "role_arn": {"references": ["aws_iam_role.eks.arn", "aws_iam_role.eks"]}, "version": {"constant_value": "1.30"}, "vpc_config": [{"endpoint_private_access": {"constant_value": true}, "endpoint_public_access": {"constant_value": false}}]}, "schema_version": 0}, {"address": "aws_eks_cluster.dev", "mode": "managed", "type": "aws_eks_cluster", "name": "dev", "provider_config_key": "aws", "expressions": {"name": {"constant_value": "dev"}, "role_arn": {"references": ["aws_iam_role.eks.arn", "aws_iam_role.eks"]}, "version": {"constant_value": "1.30"}, "vpc_config": [{"endpoint_private_access": {"constant_value": false}, "endpoint_public_access": {"constant_value": true}, "public_access_cidrs": {"constant_value": ["203.0.113.0/24"]}}]}, "schema_version": 0}]}},
	}
	count(found) == 0
}

test_fail_public_endpoint if {
	found := {v.path | some v in eks_public_endpoint.violation} with input as {
		"resource_changes": [
			{"address": "aws_eks_cluster.prod", "type": "aws_eks_cluster", "change": {"actions": ["create"], "after": {"name": "prod", "version": "1.30", "vpc_config": [{"endpoint_private_access": false, "endpoint_public_access": true, "public_access_cidrs": ["0.0.0.0/0"]}]}, "after_unknown": {"id": true, "arn": true, "endpoint": true, "vpc_config": [{"cluster_security_group_id": true, "subnet_ids": true, "vpc_id": true}]}}},
			{"address": "aws_eks_cluster.dev", "type": "aws_eks_cluster", "change": {"actions": ["create"], "after": {"name": "dev", "version": "1.30", "vpc_config": [{"endpoint_private_access": false, "endpoint_public_access": true}]}, "after_unknown": {"id": true, "arn": true, "endpoint": true, "vpc_config": [{"cluster_security_group_id": true, "public_access_cidrs": true, "subnet_ids": true, "vpc_id": true}]}}}
		],
		"configuration": {"root_module": {"resources": [{"address": "aws_eks_cluster.prod", "mode": "managed", "type": "aws_eks_cluster", "name": "prod", "provider_config_key": "aws", "expressions": {"name": {"constant_value": "prod"}, "role_arn": {"references": ["aws_iam_role.eks.arn", "aws_iam_role.eks"]}, "version": {"constant_value": "1.30"}, "vpc_config": [{"endpoint_private_access": {"constant_value": false}, "endpoint_public_access": {"constant_value": true}, "public_access_cidrs": {"constant_value": ["0.0.0.0/0"]}}]}, "schema_version": 0}, {"address": "aws_eks_cluster.dev", "mode": "managed", "type": "aws_eks_cluster", "name": "dev", "provider_config_key": "aws", "expressions": {"name": {"constant_value": "dev"}, "role_arn": {"references": ["aws_iam_role.eks.arn", "aws_iam_role.eks"]}, "version": {"constant_value": "1.30"}, "vpc_config": [{"endpoint_private_access": {"constant_value": false}, "endpoint_public_access": {"constant_value": true}}]}, "schema_version": 0}]}},
	}
	found == {["resource_changes", 0, "change", "after", "vpc_config", 0, "public_access_cidrs", 0], ["resource_changes", 1, "change", "after", "vpc_config", 0, "endpoint_public_access"]}
}

test_fail_public_endpoint_message_names_resource if {
	vs := eks_public_endpoint.violation with input as {
		"resource_changes": [
			{"address": "aws_eks_cluster.prod", "type": "aws_eks_cluster", "change": {"actions": ["create"], "after": {"name": "prod", "version": "1.30", "vpc_config": [{"endpoint_private_access": false, "endpoint_public_access": true, "public_access_cidrs": ["0.0.0.0/0"]}]}, "after_unknown": {"id": true, "arn": true, "endpoint": true, "vpc_config": [{"cluster_security_group_id": true, "subnet_ids": true, "vpc_id": true}]}}},
			{"address": "aws_eks_cluster.dev", "type": "aws_eks_cluster", "change": {"actions": ["create"], "after": {"name": "dev", "version": "1.30", "vpc_config": [{"endpoint_private_access": false, "endpoint_public_access": true}]}, "after_unknown": {"id": true, "arn": true, "endpoint": true, "vpc_config": [{"cluster_security_group_id": true, "public_access_cidrs": true, "subnet_ids": true, "vpc_id": true}]}}}
		],
		"configuration": {"root_module": {"resources": [{"address": "aws_eks_cluster.prod", "mode": "managed", "type": "aws_eks_cluster", "name": "prod", "provider_config_key": "aws", "expressions": {"name": {"constant_value": "prod"}, "role_arn": {"references": ["aws_iam_role.eks.arn", "aws_iam_role.eks"]}, "version": {"constant_value": "1.30"}, "vpc_config": [{"endpoint_private_access": {"constant_value": false}, "endpoint_public_access": {"constant_value": true}, "public_access_cidrs": {"constant_value": ["0.0.0.0/0"]}}]}, "schema_version": 0}, {"address": "aws_eks_cluster.dev", "mode": "managed", "type": "aws_eks_cluster", "name": "dev", "provider_config_key": "aws", "expressions": {"name": {"constant_value": "dev"}, "role_arn": {"references": ["aws_iam_role.eks.arn", "aws_iam_role.eks"]}, "version": {"constant_value": "1.30"}, "vpc_config": [{"endpoint_private_access": {"constant_value": false}, "endpoint_public_access": {"constant_value": true}}]}, "schema_version": 0}]}},
	}
	some v in vs
	v.path == ["resource_changes", 0, "change", "after", "vpc_config", 0, "public_access_cidrs", 0]
	contains(v.msg, "aws_eks_cluster.prod")
}
