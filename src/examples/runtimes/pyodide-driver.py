# Runs one example inside a long-lived Pyodide interpreter as if it were a fresh `python file.py`:
# a new __main__ module, the file's own name in tracebacks, atexit handlers at the end, and afterwards the
# interpreter put back as it was (modules imported by the example dropped, weakref.finalize's exit state reset).
import atexit
import gc
import os
import sys
import traceback
import types
import weakref


def _exit_status(exc):
    if exc.code is None:
        return 0
    if isinstance(exc.code, int):
        return exc.code
    print(exc.code, file=sys.stderr)
    return 1


def _print_exception(exc, path):
    # Drop the driver's own frames so the traceback starts in the example, as it does for a script.
    tb = exc.__traceback__
    while tb is not None and tb.tb_frame.f_code.co_filename != path:
        tb = tb.tb_next
    traceback.print_exception(type(exc), exc, tb)


def _reset_finalize():
    weakref.finalize._registry.clear()
    weakref.finalize._shutdown = False
    weakref.finalize._registered_with_atexit = False


def run_example(path, source, cwd):
    saved = sys.modules.get("__main__"), sys.stdout, sys.stderr, list(sys.argv), os.getcwd()
    modules_before = set(sys.modules)
    module = types.ModuleType("__main__")
    module.__file__ = path
    sys.modules["__main__"] = module
    sys.argv = [path]
    os.makedirs(cwd, exist_ok=True)
    os.chdir(cwd)
    status = 0
    try:
        exec(compile(source, path, "exec"), module.__dict__)
    except SystemExit as exc:
        status = _exit_status(exc)
    except BaseException as exc:
        _print_exception(exc, path)
        status = 1
    try:
        atexit._run_exitfuncs()
        # Interpreter shutdown clears module globals, which is when leftover objects die in CPython.
        module.__dict__.clear()
        gc.collect()
    except BaseException as exc:
        _print_exception(exc, path)
        status = status or 1
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
        atexit._clear()
        _reset_finalize()
        gc.enable()
        for name in set(sys.modules) - modules_before:
            del sys.modules[name]
        main, sys.stdout, sys.stderr, sys.argv, cwd_before = saved
        sys.modules["__main__"] = main
        os.chdir(cwd_before)
        gc.collect()
    return status
