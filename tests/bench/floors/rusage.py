#!/usr/bin/env python3
"""Runs a reference client (COMMAND ARGS...) with its output thrown away and prints its
wall-clock seconds and peak memory (getrusage RUSAGE_CHILDREN ru_maxrss, KiB) on one
line; exits with the client's status."""
import resource
import subprocess
import sys
import time


def main():
    started = time.monotonic()
    status = subprocess.run(sys.argv[1:], stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL).returncode
    elapsed = time.monotonic() - started
    print("%.6f %d" % (elapsed, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss))
    sys.exit(status)


if __name__ == "__main__":
    main()
