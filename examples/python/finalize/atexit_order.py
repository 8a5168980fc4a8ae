# finalize runs its finalizers from one atexit
# handler, registered when the first finalizer is
# created. atexit calls handlers last-registered
# first, so the finalizers run between handlers
# registered before and after that moment.
import atexit
import weakref


class Resource:
    pass


# region main
atexit.register(print, "handler registered before")

kept = Resource()
weakref.finalize(kept, print, "finalizer")

atexit.register(print, "handler registered after")
print("end of script")
# endregion
