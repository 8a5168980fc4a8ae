# Runs an example's source as the __main__ module, the way `python file.py` does: a new module object, the
# file's own name in tracebacks, and an exit status. Shared by forkserver.py (CPython, PyPy) and
# pyodide-driver.py (Pyodide), so every runtime starts an example the same way.
import sys
import traceback
import types


def _print_exception(error, path):
    # Drop the runner's own frames so the traceback starts in the example, as it does for a script.
    tb = error.__traceback__
    while tb is not None and tb.tb_frame.f_code.co_filename != path:
        tb = tb.tb_next
    traceback.print_exception(type(error), error, tb)


def _exit_status(exit):
    if exit.code is None:
        return 0
    if isinstance(exit.code, int):
        return exit.code
    print(exit.code, file=sys.stderr)
    return 1


def run_as_main(path, source):
    """Runs `source` as __main__ and returns (module, exit status)."""
    module = types.ModuleType("__main__")
    module.__file__ = path
    sys.modules["__main__"] = module
    sys.argv = [path]
    try:
        exec(compile(source, path, "exec"), module.__dict__)
    except SystemExit as exit:
        return module, _exit_status(exit)
    except BaseException as error:
        _print_exception(error, path)
        return module, 1
    return module, 0
