"""One handler per operationId, grouped by the spec's tags."""
