# METADATA
# title: Ingress serves plain HTTP only
# description: >-
#   An Ingress without a `tls` section serves its hosts over plain HTTP: credentials, cookies
#   and data cross the network unencrypted and can be read or changed on the way, unless TLS is
#   terminated by something in front that the manifest does not show.
# related_resources:
#   - ref: https://kubernetes.io/docs/concepts/services-networking/ingress/#tls
# custom:
#   id: k8s/ingress-without-tls
#   severity: low
#   profile: strict
#   kinds: [kubernetes]
#   remediation: |
#     Add a TLS section with a certificate Secret (cert-manager can issue it).
#
#     Before:
#     ```yaml
#     spec:
#       rules:
#         - host: shop.example.com
#     ```
#     After:
#     ```yaml
#     spec:
#       tls:
#         - hosts: [shop.example.com]
#           secretName: shop-tls
#       rules:
#         - host: shop.example.com
#     ```
#   tags: [security, network]
#   equivalents:
#     kubescape: [ingress-no-tls]
package palisade.k8s.ingress_without_tls

import data.palisade.lib.k8s

violation contains v if {
	input.kind == "Ingress"
	count(object.get(input, ["spec", "rules"], [])) > 0
	count(object.get(input, ["spec", "tls"], [])) == 0
	v := {
		"msg": sprintf("%s has no tls section, so its hosts are served over plain HTTP; add TLS with a certificate Secret", [k8s.resource]),
		"path": ["spec"],
	}
}
