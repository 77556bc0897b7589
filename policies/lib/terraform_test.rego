# Unit tests for palisade.lib.terraform: which resources count, unknown values, module-aware
# configuration lookup and reference linking.
package palisade.lib.terraform_test

import data.palisade.lib.terraform as tf

_plan := {
	"resource_changes": [
		{"address": "aws_s3_bucket.a", "mode": "managed", "type": "aws_s3_bucket", "change": {"actions": ["create"], "after": {"bucket": "acme-a", "versioning": null}, "after_unknown": {"id": true, "logging": [{"target_bucket": true}]}}},
		{"address": "aws_s3_bucket.gone", "mode": "managed", "type": "aws_s3_bucket", "change": {"actions": ["delete"], "after": null, "after_unknown": {}}},
		{"address": "data.aws_iam_policy_document.p", "mode": "data", "type": "aws_iam_policy_document", "change": {"actions": ["read"], "after": {"json": "{}"}, "after_unknown": {}}},
		{"address": "module.store[\"eu\"].aws_s3_bucket.this[0]", "module_address": "module.store[\"eu\"]", "mode": "managed", "type": "aws_s3_bucket", "change": {"actions": ["no-op"], "after": {"bucket": "acme-eu"}, "after_unknown": {}}},
		{"address": "module.store[\"eu\"].aws_s3_bucket_versioning.this[0]", "module_address": "module.store[\"eu\"]", "mode": "managed", "type": "aws_s3_bucket_versioning", "change": {"actions": ["create"], "after": {}, "after_unknown": {"bucket": true}}},
		{"address": "aws_s3_bucket_logging.shared", "mode": "managed", "type": "aws_s3_bucket_logging", "change": {"actions": ["update"], "after": {"bucket": "acme-a"}, "after_unknown": {}}},
	],
	"configuration": {"root_module": {
		"resources": [{"address": "aws_s3_bucket.a", "expressions": {"bucket": {"constant_value": "acme-a"}}}],
		"module_calls": {"store": {"module": {"resources": [
			{"address": "aws_s3_bucket.this", "expressions": {"bucket": {"constant_value": "acme-eu"}}},
			{"address": "aws_s3_bucket_versioning.this", "expressions": {"bucket": {"references": ["aws_s3_bucket.this[0].id", "aws_s3_bucket.this[0]", "aws_s3_bucket.this"]}}},
		]}}},
	}},
}

test_resources_skip_deletes_and_data_sources if {
	addrs := {r.address | some r in tf.resources} with input as _plan
	addrs == {"aws_s3_bucket.a", "module.store[\"eu\"].aws_s3_bucket.this[0]", "module.store[\"eu\"].aws_s3_bucket_versioning.this[0]", "aws_s3_bucket_logging.shared"}
}

test_resource_paths_point_into_resource_changes if {
	some r in tf.of_type("aws_s3_bucket_logging") with input as _plan
	r.path == ["resource_changes", 5, "change", "after"]
}

test_base_address_strips_keys if {
	tf.base_address("module.store[\"eu\"].aws_s3_bucket.this[0]") == "module.store.aws_s3_bucket.this"
}

test_config_addresses_are_module_qualified if {
	addrs := {a | some a, _ in tf.config} with input as _plan
	addrs == {"aws_s3_bucket.a", "module.store.aws_s3_bucket.this", "module.store.aws_s3_bucket_versioning.this"}
}

test_unknown_inside_block if {
	some r in tf.of_type("aws_s3_bucket") with input as _plan
	r.address == "aws_s3_bucket.a"
	tf.unknown_at(r, ["logging", 0, "target_bucket"])
	tf.unknown(r, "logging")
	not tf.unknown(r, "versioning")
}

test_attr_path_falls_back_to_after if {
	some r in tf.of_type("aws_s3_bucket") with input as _plan
	r.address == "aws_s3_bucket.a"
	tf.attr_path(r, "versioning") == ["resource_changes", 0, "change", "after", "versioning"]
	tf.attr_path(r, "server_side_encryption_configuration") == ["resource_changes", 0, "change", "after"]
}

test_linked_by_reference_within_module if {
	buckets := tf.of_type("aws_s3_bucket") with input as _plan
	some b in buckets
	b.address == "module.store[\"eu\"].aws_s3_bucket.this[0]"
	tf.has_linked("aws_s3_bucket_versioning", "bucket", b) with input as _plan
}

test_linked_by_value if {
	buckets := tf.of_type("aws_s3_bucket") with input as _plan
	some b in buckets
	b.address == "aws_s3_bucket.a"
	tf.has_linked("aws_s3_bucket_logging", "bucket", b) with input as _plan
	not tf.has_linked("aws_s3_bucket_versioning", "bucket", b) with input as _plan
}

test_statements_object_or_array if {
	tf.statements({"Statement": {"Effect": "Allow"}}) == [{"Effect": "Allow"}]
	tf.statements({"Statement": [{"Effect": "Deny"}]}) == [{"Effect": "Deny"}]
}

test_covers_port if {
	tf.covers_port({"protocol": "tcp", "from_port": 20, "to_port": 25}, 22)
	not tf.covers_port({"protocol": "tcp", "from_port": 80, "to_port": 80}, 22)
	tf.covers_port({"protocol": "-1", "from_port": 0, "to_port": 0}, 3389)
}

test_by_type_indexes_every_type_once if {
	types := {t: count(rs) | some t, rs in tf.by_type} with input as _plan
	types == {"aws_s3_bucket": 2, "aws_s3_bucket_versioning": 1, "aws_s3_bucket_logging": 1}
}

test_of_type_of_an_absent_type_is_empty if {
	rs := tf.of_type("aws_kms_key") with input as _plan
	rs == []
}

test_by_address if {
	r := tf.by_address["module.store[\"eu\"].aws_s3_bucket.this[0]"] with input as _plan
	r.module == "module.store[\"eu\"]"
}

test_of_type_keeps_resource_changes_order if {
	rs := tf.of_type("aws_s3_bucket") with input as _plan
	[r.index | some r in rs] == [0, 3]
}

test_pointed_at_every_prefix_before_a_dot_or_bracket if {
	tf._pointed_at("module.a.aws_s3_bucket.b[\"x.y\"].id") == {
		"module", "module.a", "module.a.aws_s3_bucket", "module.a.aws_s3_bucket.b",
		"module.a.aws_s3_bucket.b[\"x", "module.a.aws_s3_bucket.b[\"x.y\"]",
		"module.a.aws_s3_bucket.b[\"x.y\"].id",
	}
	tf._pointed_at("aws_vpc.main") == {"aws_vpc", "aws_vpc.main"}
}

test_link_index_answers_as_has_linked if {
	buckets := tf.of_type("aws_s3_bucket") with input as _plan
	versionings := tf.link_index("aws_s3_bucket_versioning", "bucket") with input as _plan
	logging := tf.link_index("aws_s3_bucket_logging", "bucket") with input as _plan
	versionings.addresses == {"module", "module.store", "module.store.aws_s3_bucket", "module.store.aws_s3_bucket.this", "module.store.aws_s3_bucket.this[0]", "module.store.aws_s3_bucket.this[0].id"}
	logging.values == {"acme-a"}
	linked := {[b.address, t] |
		some b in buckets
		some t, idx in {"versioning": versionings, "logging": logging}
		tf.linked_in(idx, b)
	}
	linked == {["module.store[\"eu\"].aws_s3_bucket.this[0]", "versioning"], ["aws_s3_bucket.a", "logging"]}
}

test_an_undetermined_link_may_point_at_any_target if {
	plan := json.patch(_plan, [
		{"op": "add", "path": "/resource_changes/4/change/after_unknown", "value": {"bucket": true}},
		{"op": "replace", "path": "/configuration/root_module/module_calls/store/module/resources/1/expressions/bucket/references", "value": ["var.bucket"]},
	])
	idx := tf.link_index("aws_s3_bucket_versioning", "bucket") with input as plan
	idx.undetermined == ["module.store[\"eu\"].aws_s3_bucket_versioning.this[0]"]
	tf.linked_in(idx, {"address": "aws_s3_bucket.elsewhere", "after": {}})
}

_blocks := {"resource_changes": [
	{"address": "aws_x.on", "type": "aws_x", "change": {"actions": ["create"], "after": {"enc": [{"enabled": true}]}, "after_unknown": {}}},
	{"address": "aws_x.off", "type": "aws_x", "change": {"actions": ["create"], "after": {"enc": [{"enabled": false}]}, "after_unknown": {}}},
	{"address": "aws_x.none", "type": "aws_x", "change": {"actions": ["create"], "after": {"enc": []}, "after_unknown": {}}},
	{"address": "aws_x.empty", "type": "aws_x", "change": {"actions": ["create"], "after": {"enc": [{}]}, "after_unknown": {}}},
	{"address": "aws_x.later", "type": "aws_x", "change": {"actions": ["create"], "after": {"enc": [{}]}, "after_unknown": {"enc": [{"enabled": true}]}}},
]}

test_block_not_true_reads_the_first_instance_and_skips_unknowns if {
	found := {r.address | some r in tf.of_type("aws_x"); tf.block_not_true(r, "enc", "enabled")} with input as _blocks
	found == {"aws_x.off", "aws_x.none", "aws_x.empty"}
}

test_block_false_only_for_an_explicit_false if {
	found := {r.address | some r in tf.of_type("aws_x"); tf.block_false(r, "enc", "enabled")} with input as _blocks
	found == {"aws_x.off"}
}

test_block_attr_path_lands_on_the_nearest_written_thing if {
	paths := {r.address: tf.block_attr_path(r, "enc", "enabled") | some r in tf.of_type("aws_x")} with input as _blocks
	paths["aws_x.off"] == ["resource_changes", 1, "change", "after", "enc", 0, "enabled"]
	paths["aws_x.none"] == ["resource_changes", 2, "change", "after"]
	paths["aws_x.empty"] == ["resource_changes", 3, "change", "after", "enc", 0]
}

test_ipv4_number if {
	tf.ipv4_number("0.0.0.0") == 0
	tf.ipv4_number("10.0.27.62") == 167779134
	tf.ipv4_number("255.255.255.255") == 4294967295
	not tf.ipv4_number("10.0.0")
}

test_block_read_as_a_map_from_tf_json if {
	doc := {"resource_changes": [{"address": "aws_lambda_function.f", "type": "aws_lambda_function", "change": {"actions": ["create"], "after": {"environment": {"variables": {"A": "b"}}}, "after_unknown": {}}}]}
	r := tf.of_type("aws_lambda_function")[0] with input as doc
	tf.block(r, "environment").variables == {"A": "b"}
	tf.block_attr_path(r, "environment", "variables") == ["resource_changes", 0, "change", "after", "environment", "variables"]
}

# The indexes must answer exactly what the per-resource definitions they replace would.
test_by_type_agrees_with_filtering_every_resource if {
	by_type := tf.by_type with input as _plan
	resources := tf.resources with input as _plan
	every t, rs in by_type {
		rs == [r | some r in resources; r.type == t]
	}
}

test_linked_in_agrees_with_linked_for_every_pair if {
	_index_agrees(_plan)

	# Only an instance's attribute is referenced: the link is found through the prefix before "[".
	_index_agrees(json.patch(_plan, [{
		"op": "replace",
		"path": "/configuration/root_module/module_calls/store/module/resources/1/expressions/bucket/references",
		"value": ["aws_s3_bucket.this[0].id"],
	}]))
}

_index_agrees(plan) if {
	by_type := tf.by_type with input as plan
	resources := tf.resources with input as plan
	attrs := ["bucket", "target_bucket", "id"]
	by_index := {[t, attr, target.address] |
		some t, _ in by_type
		some attr in attrs
		some target in resources
		tf.linked_in(tf.link_index(t, attr), target) with input as plan
	}
	by_definition := {[t, attr, target.address] |
		some t, _ in by_type
		some attr in attrs
		some target in resources
		_linked_by_definition(t, attr, target) with input as plan
	}
	count(by_index) > 1
	by_index == by_definition
}

_linked_by_definition(t, attr, target) if {
	some other in tf.of_type(t)
	tf.linked(other, attr, target)
}

_linked_by_definition(t, attr, target) if {
	some other in tf.of_type(t)
	tf.undetermined(other, attr)
}
