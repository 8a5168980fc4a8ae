# A fork server for CPython and PyPy (see native-python.ts). Starting an interpreter costs more than running a
# typical example, so one pristine interpreter forks a child per example. The child is set up as if it had been
# started as `python file.py`: its own working directory, environment, output files and a new __main__ module;
# it exits through normal interpreter shutdown, so atexit handlers and finalizers run as they would for a script.
#
# Protocol, one JSON object per line: request {path, cwd, env, stdout, stderr, signals, maxOutputBytes,
# maxMemoryBytes, cpuSeconds, graceSeconds} on stdin; replies {"pid": …} once the child runs, then
# {"status": exit code, negative for a signal}.
# The server itself runs sandboxed (sandbox.ts): read-only files apart from its own folder, no network.
import functools
import gc
import json
import os
import resource
import signal
import sys

from _example_runner import run_as_main

IS_PYPY = sys.implementation.name == "pypy"

# What shows or changes the collector's view of the server's own objects, which are frozen in a CPython child (see
# main). freeze and unfreeze are among them, so an example's own freeze is not undone by a later call.
GC_INTROSPECTION = ("get_objects", "get_referrers", "get_freeze_count", "freeze", "unfreeze")


def thaw_on_introspection():
    """Makes the first of these calls unfreeze the server's objects, so the collector shows them as in a script.

    The five are then Python functions that call the built-ins: a traceback from one shows this wrapper too."""
    unfreeze = gc.unfreeze
    thawed = False

    def thawing(original):
        @functools.wraps(original)
        def call(*args, **kwargs):
            nonlocal thawed
            if not thawed:
                thawed = True
                unfreeze()
            return original(*args, **kwargs)
        return call

    for name in GC_INTROSPECTION:
        setattr(gc, name, thawing(getattr(gc, name)))


def reply(message):
    sys.stdout.write(json.dumps(message) + "\n")
    sys.stdout.flush()


def redirect(fd, path):
    target = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    os.dup2(target, fd)
    os.close(target)


def run_child(request):
    path = request["path"]
    # Its own process group, so anything it starts is killed with it (see main).
    os.setpgid(0, 0)
    # Allocations past the limit fail (MemoryError) instead of taking the machine's memory.
    memory = request["maxMemoryBytes"]
    resource.setrlimit(resource.RLIMIT_DATA, (memory, memory))
    # Output beyond the limit fails the write (EFBIG) instead of filling the disk.
    limit = request["maxOutputBytes"] + 1
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    # CPU time, not wall clock, so a busy machine does not fail a run. At the limit SIGXCPU raises KeyboardInterrupt
    # (with SIGINT's own handler, which adds no frame), so the traceback shows where the example was; the kernel
    # kills it a grace period later. Python writes the number of every signal it handles to the `signals` file, so
    # the check knows the limit was reached: the CPU time a parent is told (wait4) is measured otherwise than the
    # kernel's sampled count for the limit, and on a busy machine it can stay below the limit the child reached.
    cpu = request["cpuSeconds"]
    signal.signal(signal.SIGXCPU, signal.default_int_handler)
    resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + request["graceSeconds"]))
    signal.set_wakeup_fd(os.open(request["signals"], os.O_WRONLY | os.O_CREAT | os.O_NONBLOCK, 0o600), warn_on_full_buffer=False)
    redirect(1, request["stdout"])
    redirect(2, request["stderr"])
    redirect(0, os.devnull)
    sys.stdin = open(os.devnull)
    os.chdir(request["cwd"])
    os.environ.clear()
    os.environ.update(request["env"])
    sys.path[0] = os.path.dirname(path)
    if not IS_PYPY:
        thaw_on_introspection()
    with open(path, encoding="utf-8") as file:
        source = file.read()
    _, status = run_as_main(path, source)
    sys.exit(status)


def main():
    # Start-up may have left cyclic garbage: collected now, it is not frozen for good in every child.
    gc.collect()
    for line in sys.stdin:
        request = json.loads(line)
        sys.stdout.flush()
        if IS_PYPY:
            # PyPy's young objects live in a small nursery, collected whenever it fills. A child would inherit the
            # server's nursery as full as the requests so far have left it, so when the example's own minor
            # collections happen would change from run to run; emptied, every child starts alike.
            gc.collect()
        else:
            # CPython: every collection in the child (the example's gc.collect(), those at shutdown) would walk
            # the server's objects too, and copy each memory page they are on. Frozen, they are left out (the gc
            # docs suggest gc.freeze() before a fork for this); start-up's cyclic garbage was collected before the
            # loop, so none is frozen. An example that asks the collector for its objects or referrers unfreezes
            # them first (thaw_on_introspection). The collector's counts start from zero in the child, so automatic
            # collections fall at other points than in a script.
            gc.freeze()
        pid = os.fork()
        if pid == 0:
            run_child(request)  # leaves through SystemExit: normal interpreter shutdown
        reply({"pid": pid})
        _, status = os.waitpid(pid, 0)
        try:
            os.killpg(pid, signal.SIGKILL)  # processes the example left behind
        except ProcessLookupError:
            pass
        reply({"status": os.waitstatus_to_exitcode(status)})


main()
