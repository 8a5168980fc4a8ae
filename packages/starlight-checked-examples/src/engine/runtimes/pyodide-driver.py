# Runs one example inside a long-lived Pyodide interpreter as if it were a fresh `python file.py` (through
# run_as_main from _example_runner.py, which the worker loads first), then runs atexit handlers, and afterwards
# puts the interpreter back as it was: modules imported by the example dropped, weakref.finalize's exit state reset,
# the collector's settings (thresholds, debug flags, callbacks, gc.garbage) restored and its start-up objects frozen.
# time.sleep waits instead of spinning (see _sleep_without_spinning).
import atexit
import functools
import gc
import math
import os
import shutil
import sys
import tempfile
import time
import traceback
import weakref


def _reset_finalize():
    weakref.finalize._registry.clear()
    weakref.finalize._shutdown = False
    weakref.finalize._registered_with_atexit = False


def _reset_gc():
    gc.set_debug(0)
    gc.set_threshold(*_GC_THRESHOLD)
    gc.callbacks.clear()
    gc.garbage.clear()
    gc.enable()


def _sleep_without_spinning(sleep):
    """Pyodide's time.sleep spins until the time is up, and a run's limit is CPU time (pyodide.ts): this one waits
    (on `_wait_ms`, from pyodide-worker.ts) in short slices, so an interrupt still stops it between two. Anything
    but a finite, non-negative number goes to the original, which raises what it raises."""

    @functools.wraps(sleep)
    def wait(seconds):
        if type(seconds) not in (int, float) or not 0 <= seconds < math.inf:
            return sleep(seconds)
        end = time.monotonic() + seconds
        while (left := end - time.monotonic()) > 0:
            _wait_ms(min(left, 0.05) * 1000)

    return wait


time.sleep = _sleep_without_spinning(time.sleep)


def run_example(path, source, cwd):
    saved = sys.modules.get("__main__"), sys.stdout, sys.stderr, list(sys.argv), os.getcwd()
    modules_before = set(sys.modules)
    os.makedirs(cwd, exist_ok=True)
    os.chdir(cwd)
    # The run's directory is the only writable one (see pyodide-sandbox.ts): temporary files go there too.
    os.environ["TMPDIR"] = tempfile.tempdir = cwd
    module, status = run_as_main(path, source)
    try:
        atexit._run_exitfuncs()
        # Interpreter shutdown clears module globals, which is when leftover objects die in CPython.
        module.__dict__.clear()
        gc.collect()
    except BaseException:
        traceback.print_exc()
        status = status or 1
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
        atexit._clear()
        _reset_finalize()
        _reset_gc()
        for name in set(sys.modules) - modules_before:
            del sys.modules[name]
        main, sys.stdout, sys.stderr, sys.argv, cwd_before = saved
        sys.modules["__main__"] = main
        os.chdir(cwd_before)
        del os.environ["TMPDIR"]
        tempfile.tempdir = None
        shutil.rmtree(cwd, ignore_errors=True)
        gc.collect()
        # An example that called gc.unfreeze() left the start-up objects in reach of the collector: freeze them
        # again for the next one.
        gc.freeze()
    return status


# The two full collections of every run would otherwise walk every object the interpreter made while starting
# (nearly all of their cost: about 4 ms each). Those objects live as long as the interpreter anyway, so they are
# moved out of the collector's reach. gc.get_referrers() and gc.get_objects() no longer list them; an example whose
# output depended on that would differ from native CPython's and fail the check.
_GC_THRESHOLD = gc.get_threshold()
gc.collect()
gc.freeze()
