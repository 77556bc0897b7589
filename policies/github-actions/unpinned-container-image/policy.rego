# METADATA
# title: Container image not pinned by digest
# description: >-
#   Job containers, service containers and `docker://` steps pulled by tag run whatever the tag
#   points to on the day of the run. A registry compromise or a re-pushed tag swaps the code
#   that sees your checkout and secrets. A `@sha256:` digest fixes the exact image.
# related_resources:
#   - ref: https://docs.github.com/en/actions/writing-workflows/workflow-syntax-for-github-actions#jobsjob_idcontainerimage
# custom:
#   id: github-actions/unpinned-container-image
#   severity: medium
#   kinds: [github-workflow, github-action]
#   remediation: |
#     Reference the image by digest (keep the tag for readability).
#
#     Before:
#     ```yaml
#     container:
#       image: node:20-bookworm
#     ```
#     After:
#     ```yaml
#     container:
#       image: node:20-bookworm@sha256:0a2a4ad8e2a3b1b3bb1e2a8d1c4c8f7f6ce3a1b5d2c9e3f4a5b6c7d8e9f0a1b2
#     ```
#   tags: [security, supply-chain, github-actions, containers]
#   frameworks:
#     owasp-cicd: [CICD-SEC-3]
#   equivalents:
#     zizmor: [unpinned-images]
package palisade.github_actions.unpinned_container_image

import data.palisade.lib.github

violation contains v if {
	some s in github.steps
	is_string(s.step.uses)
	u := github.parse_uses(s.step.uses)
	u.kind == "docker"
	not github.image_pinned(object.get(u, "image", null))
	v := {
		"msg": sprintf("%s runs the container image \"%s\" without a digest; pin it with @sha256:…", [s.label, u.image]),
		"path": array.concat(s.path, ["uses"]),
	}
}

# `container: image` or the short form `container: image`.
violation contains v if {
	some j in github.jobs
	some found in _images(j.job.container, array.concat(j.path, ["container"]))
	v := {
		"msg": sprintf("job \"%s\" runs in the container image \"%s\" without a digest; pin it with @sha256:…", [j.id, found.image]),
		"path": found.path,
	}
}

violation contains v if {
	some j in github.jobs
	some name, service in j.job.services
	some found in _images(service, array.concat(j.path, ["services", name]))
	v := {
		"msg": sprintf("service \"%s\" of job \"%s\" uses the image \"%s\" without a digest; pin it with @sha256:…", [name, j.id, found.image]),
		"path": found.path,
	}
}

# Docker actions: runs.image may be a registry image.
violation contains v if {
	image := input.runs.image
	is_string(image)
	startswith(image, "docker://")
	not github.image_pinned(image)
	v := {
		"msg": sprintf("the action runs the container image \"%s\" without a digest; pin it with @sha256:…", [substring(image, 9, -1)]),
		"path": ["runs", "image"],
	}
}

_images(c, path) := [{"image": c, "path": path}] if {
	is_string(c)
	_unpinned(c)
}

_images(c, path) := [{"image": c.image, "path": array.concat(path, ["image"])}] if {
	is_string(c.image)
	_unpinned(c.image)
}

# Images computed from expressions (matrix values, inputs) cannot be judged here.
_unpinned(image) if {
	image != ""
	not contains(image, "${{")
	not github.image_pinned(image)
}
