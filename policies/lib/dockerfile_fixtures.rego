# Dockerfile documents for the dockerfile pack's Rego unit tests, so a test reads like the
# Dockerfile it is about: doc(["FROM alpine:3.20", "RUN apk add --no-cache curl"]). The document
# is the one Palisade's own loader makes of those lines (the `palisade.load_documents` builtin,
# src/runtime/host/palisade.ts), quotes, `sh -c`, heredocs and all: a test cannot pass on a shape
# a scan never produces (a hand-written reading of the lines once let a `pip --trusted-host` test
# pass while the same check missed the real file).
package palisade.lib.dockerfile_fixtures

doc(lines) := palisade.load_documents("dockerfile", concat("\n", lines))[0]
