# METADATA
# title: Security group exposes a database port to the internet
# description: >-
#   Database and cache ports (MySQL, PostgreSQL, SQL Server, Oracle, MongoDB, Redis,
#   Elasticsearch, Cassandra, Memcached, CouchDB) open to 0.0.0.0/0 or ::/0 invite credential
#   stuffing and exploitation of unauthenticated defaults; exposed Redis, MongoDB and
#   Elasticsearch instances are routinely wiped or held for ransom.
# related_resources:
#   - ref: https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Overview.RDSSecurityGroups.html
# custom:
#   id: terraform/security-group-open-database-port
#   severity: high
#   kinds: [terraform-plan]
#   remediation: |
#     Allow the database port only from the application's security group or subnets.
#
#     Before:
#     ```hcl
#     ingress {
#       from_port   = 5432
#       to_port     = 5432
#       protocol    = "tcp"
#       cidr_blocks = ["0.0.0.0/0"]
#     }
#     ```
#     After:
#     ```hcl
#     ingress {
#       from_port       = 5432
#       to_port         = 5432
#       protocol        = "tcp"
#       security_groups = [aws_security_group.app.id]
#     }
#     ```
#   tags: [security, aws, network, database]
#   equivalents:
#     kics: [aws/sensitive_port_is_exposed_to_entire_network, aws/unrestricted_security_group_ingress]
package palisade.terraform.security_group_open_database_port

import data.palisade.lib.terraform as tf

_databases := {
	1433: "SQL Server",
	1521: "Oracle",
	3306: "MySQL",
	5432: "PostgreSQL",
	5984: "CouchDB",
	6379: "Redis",
	9042: "Cassandra",
	9200: "Elasticsearch",
	11211: "Memcached",
	27017: "MongoDB",
}

# A rule open on every port is reported once, by terraform/security-group-open-all-ports.
violation contains v if {
	some rule in tf.public_ingress
	rule.protocol in {"tcp", "6"}
	not tf.all_ports(rule)
	exposed := [sprintf("%s (%d)", [_databases[port], port]) | some port in sort(object.keys(_databases)); tf.covers_port(rule, port)]
	count(exposed) > 0
	v := {
		"msg": sprintf("%s exposes %s to %s; allow database ports only from the application's security group", [rule.resource, concat(", ", exposed), rule.cidr]),
		"path": rule.path,
	}
}
