#!/usr/bin/env python3
"""Parent and reaper of one mail lab's daemons (used by tests/mailstack/start).

Usage: lab-keeper.py RUN_DIR -- COMMAND [ARG...]

Why it exists: Dovecot and Postfix daemonize, so their masters end up as
children of PID 1, and so do processes that outlive a master at shutdown
(Dovecot's log and stats processes do). Where PID 1 does not reap (containers,
CI machines) those become zombies that stay until reboot. The keeper makes
itself a child subreaper (prctl PR_SET_CHILD_SUBREAPER), runs COMMAND (which
starts the daemons), and then reaps every process re-parented to it. It exits
by itself once it has no children left, i.e. after stop ended the lab.

It also detaches the daemons from the caller: a new session, stdin from
/dev/null, stdout/stderr into RUN_DIR/start.out, and no other inherited file
descriptors (Dovecot keeps any it inherits, which would hold a caller's
pipe, e.g. CTest's, open for the lab's whole life).

COMMAND's exit status goes to RUN_DIR/keeper.status (written atomically), so
start can tell whether the daemons came up. The keeper's pid goes to
RUN_DIR/keeper.pid. Standard library only.
"""

import ctypes
import os
import signal
import sys

PR_SET_CHILD_SUBREAPER = 36


def write_atomically(path, text):
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="ascii") as f:
        f.write(text)
    os.replace(tmp, path)


def main():
    if len(sys.argv) < 4 or sys.argv[2] != "--":
        sys.stderr.write("usage: lab-keeper.py RUN_DIR -- COMMAND [ARG...]\n")
        return 2
    run_dir = sys.argv[1]
    command = sys.argv[3:]

    # Detach: the caller (start) must be able to exit, and nobody's pipes
    # may stay open through the daemons.
    os.setsid()
    devnull = os.open(os.devnull, os.O_RDONLY)
    out = os.open(os.path.join(run_dir, "start.out"), os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
    os.dup2(devnull, 0)
    os.dup2(out, 1)
    os.dup2(out, 2)
    os.closerange(3, os.sysconf("SC_OPEN_MAX") if os.sysconf("SC_OPEN_MAX") > 0 else 65536)
    # Terminal signals must not end the reaper; stop ends the daemons, and
    # the keeper follows when its last child is gone.
    for sig in (signal.SIGHUP, signal.SIGINT, signal.SIGQUIT):
        signal.signal(sig, signal.SIG_IGN)

    libc = ctypes.CDLL(None, use_errno=True)
    if libc.prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) != 0:
        # Without it the lab still works; only orphans go to PID 1 again.
        print("lab-keeper: prctl(PR_SET_CHILD_SUBREAPER) failed: errno", ctypes.get_errno(), flush=True)
    write_atomically(os.path.join(run_dir, "keeper.pid"), "%d\n" % os.getpid())

    child = os.fork()
    if child == 0:
        # Restore default dispositions for the daemons' start commands.
        for sig in (signal.SIGHUP, signal.SIGINT, signal.SIGQUIT):
            signal.signal(sig, signal.SIG_DFL)
        try:
            os.execvp(command[0], command)
        except OSError as e:
            print("lab-keeper: cannot run %s: %s" % (command[0], e), flush=True)
        os._exit(127)

    _, status = os.waitpid(child, 0)
    code = os.waitstatus_to_exitcode(status)
    write_atomically(os.path.join(run_dir, "keeper.status"), "%d\n" % code)

    # Reap everything the daemons leave to us, until nothing is left.
    while True:
        try:
            os.wait()
        except ChildProcessError:
            return 0
        except InterruptedError:
            continue


if __name__ == "__main__":
    sys.exit(main())
