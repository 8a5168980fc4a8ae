# Prints the interpreter's name: the one example
# on this page whose output is *meant* to differ
# between runtimes, so it has a per-runtime
# expected output (.pypy.out).
import platform

print("running on", platform.python_implementation())
