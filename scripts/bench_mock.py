"""Benchmark the Assignr mock against Prism (see src/apicontracts/mock/bench/run.py); `make bench`."""

import sys

from apicontracts.mock.bench.run import main

if __name__ == "__main__":
    sys.exit(main())
