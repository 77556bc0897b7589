# Unit tests for terraform/lb-listener-http: the fixture cases, in miniature, and the edge cases
# (known-after-apply values, modules, deletions) that fixtures do not show.
package palisade.terraform.lb_listener_http_test

import data.palisade.terraform.lb_listener_http

test_pass_redirect if {
	found := {v.path | some v in lb_listener_http.violation} with input as {
		"resource_changes": [
			{"address": "aws_lb_listener.http", "type": "aws_lb_listener", "change": {"actions": ["create"], "after": {"certificate_arn": null, "default_action": [{"type": "redirect", "redirect": [{"host": "#{host}", "path": "/#{path}", "port": "443", "protocol": "HTTPS", "query": "#{query}", "status_code": "HTTP_301"}], "fixed_response": [], "forward": [], "target_group_arn": null, "order": 1}], "port": 80, "protocol": "HTTP", "ssl_policy": null}, "after_unknown": {"id": true, "arn": true, "load_balancer_arn": true, "tags_all": true}}},
			{"address": "aws_lb_listener.https", "type": "aws_lb_listener", "change": {"actions": ["create"], "after": {"certificate_arn": null, "default_action": [{"type": "forward", "redirect": [], "fixed_response": [], "forward": [], "order": 1}], "port": 443, "protocol": "HTTPS", "ssl_policy": "ELBSecurityPolicy-TLS13-1-2-2021-06"}, "after_unknown": {"id": true, "arn": true, "load_balancer_arn": true, "tags_all": true}}}
		],
		"configuration": {"root_module": {"resources": [{"address": "aws_lb_listener.http", "mode": "managed", "type": "aws_lb_listener", "name": "http", "provider_config_key": "aws", "expressions": {"default_action": [{"type": {"constant_value": "redirect"}, "redirect": [{"host": {"constant_value": "#{host}"}, "path": {"constant_value": "/#{path}"}, "port": {"constant_value": "443"}, "protocol": {"constant_value": "HTTPS"}, "query": {"constant_value": "#{query}"}, "status_code": {"constant_value": "HTTP_301"}}], "fixed_response": {"constant_value": []}, "forward": {"constant_value": []}, "order": {"constant_value": 1}}], "load_balancer_arn": {"references": ["aws_lb.web.arn", "aws_lb.web"]}, "port": {"constant_value": 80}, "protocol": {"constant_value": "HTTP"}}, "schema_version": 0}, {"address": "aws_lb_listener.https", "mode": "managed", "type": "aws_lb_listener", "name": "https", "provider_config_key": "aws", "expressions": {"default_action": [{"type": {"constant_value": "forward"}, "redirect": {"constant_value": []}, "fixed_response": {"constant_value": []}, "forward": {"constant_value": []}, "order": {"constant_value": 1}}], "load_balancer_arn": {"references": ["aws_lb.web.arn", "aws_lb.web"]}, "port": {"constant_value": 443}, "protocol": {"constant_value": "HTTPS"}, "ssl_policy": {"constant_value": "ELBSecurityPolicy-TLS13-1-2-2021-06"}}, "schema_version": 0}]}},
	}
	count(found) == 0
}

test_fail_plain_http if {
	found := {v.path | some v in lb_listener_http.violation} with input as {
		"resource_changes": [
			{"address": "aws_lb_listener.http", "type": "aws_lb_listener", "change": {"actions": ["create"], "after": {"certificate_arn": null, "default_action": [{"type": "forward", "redirect": [], "fixed_response": [], "forward": [], "order": 1}], "port": 80, "protocol": "HTTP", "ssl_policy": null}, "after_unknown": {"id": true, "arn": true, "load_balancer_arn": true, "tags_all": true}}},
			{"address": "aws_alb_listener.admin", "type": "aws_alb_listener", "change": {"actions": ["create"], "after": {"certificate_arn": null, "default_action": [{"type": "forward", "redirect": [], "fixed_response": [], "forward": [], "order": 1}], "port": 8080, "protocol": "HTTP", "ssl_policy": null}, "after_unknown": {"id": true, "arn": true, "load_balancer_arn": true, "tags_all": true}}}
		],
		"configuration": {"root_module": {"resources": [{"address": "aws_lb_listener.http", "mode": "managed", "type": "aws_lb_listener", "name": "http", "provider_config_key": "aws", "expressions": {"default_action": [{"type": {"constant_value": "forward"}, "redirect": {"constant_value": []}, "fixed_response": {"constant_value": []}, "forward": {"constant_value": []}, "order": {"constant_value": 1}}], "load_balancer_arn": {"references": ["aws_lb.web.arn", "aws_lb.web"]}, "port": {"constant_value": 80}, "protocol": {"constant_value": "HTTP"}}, "schema_version": 0}, {"address": "aws_alb_listener.admin", "mode": "managed", "type": "aws_alb_listener", "name": "admin", "provider_config_key": "aws", "expressions": {"default_action": [{"type": {"constant_value": "forward"}, "redirect": {"constant_value": []}, "fixed_response": {"constant_value": []}, "forward": {"constant_value": []}, "order": {"constant_value": 1}}], "load_balancer_arn": {"references": ["aws_lb.web.arn", "aws_lb.web"]}, "port": {"constant_value": 8080}, "protocol": {"constant_value": "HTTP"}}, "schema_version": 0}]}},
	}
	found == {["resource_changes", 0, "change", "after", "protocol"], ["resource_changes", 1, "change", "after", "protocol"]}
}

test_fail_plain_http_message_names_resource if {
	vs := lb_listener_http.violation with input as {
		"resource_changes": [
			{"address": "aws_lb_listener.http", "type": "aws_lb_listener", "change": {"actions": ["create"], "after": {"certificate_arn": null, "default_action": [{"type": "forward", "redirect": [], "fixed_response": [], "forward": [], "order": 1}], "port": 80, "protocol": "HTTP", "ssl_policy": null}, "after_unknown": {"id": true, "arn": true, "load_balancer_arn": true, "tags_all": true}}},
			{"address": "aws_alb_listener.admin", "type": "aws_alb_listener", "change": {"actions": ["create"], "after": {"certificate_arn": null, "default_action": [{"type": "forward", "redirect": [], "fixed_response": [], "forward": [], "order": 1}], "port": 8080, "protocol": "HTTP", "ssl_policy": null}, "after_unknown": {"id": true, "arn": true, "load_balancer_arn": true, "tags_all": true}}}
		],
		"configuration": {"root_module": {"resources": [{"address": "aws_lb_listener.http", "mode": "managed", "type": "aws_lb_listener", "name": "http", "provider_config_key": "aws", "expressions": {"default_action": [{"type": {"constant_value": "forward"}, "redirect": {"constant_value": []}, "fixed_response": {"constant_value": []}, "forward": {"constant_value": []}, "order": {"constant_value": 1}}], "load_balancer_arn": {"references": ["aws_lb.web.arn", "aws_lb.web"]}, "port": {"constant_value": 80}, "protocol": {"constant_value": "HTTP"}}, "schema_version": 0}, {"address": "aws_alb_listener.admin", "mode": "managed", "type": "aws_alb_listener", "name": "admin", "provider_config_key": "aws", "expressions": {"default_action": [{"type": {"constant_value": "forward"}, "redirect": {"constant_value": []}, "fixed_response": {"constant_value": []}, "forward": {"constant_value": []}, "order": {"constant_value": 1}}], "load_balancer_arn": {"references": ["aws_lb.web.arn", "aws_lb.web"]}, "port": {"constant_value": 8080}, "protocol": {"constant_value": "HTTP"}}, "schema_version": 0}]}},
	}
	some v in vs
	v.path == ["resource_changes", 0, "change", "after", "protocol"]
	contains(v.msg, "aws_lb_listener.http")
}
