import gc
import weakref


class Request:
    pass


# region main
# Extra data about objects you do not own, that
# lives exactly as long as they do.
started_at = weakref.WeakKeyDictionary()

request = Request()
started_at[request] = 12.5
print("entries:", len(started_at),
      "| value:", started_at[request])

del request
gc.collect()
print("entries after the request is gone:", len(started_at))
# endregion
