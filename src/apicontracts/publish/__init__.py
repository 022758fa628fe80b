"""`apicontracts publish`: the artifacts a spec consumer downloads, and the breaking-change gate.

`publisher.publish_api` writes `dist/<api>/<version>/` (bundle, dereferenced bundle, offline
HTML docs, the client's wheel and sdist, CHANGELOG, SHA256SUMS) after `diff` has compared the
bundle with the previous published version that `baseline` finds.
"""
