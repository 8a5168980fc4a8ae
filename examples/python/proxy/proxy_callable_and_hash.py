import weakref


def greet(name):
    return "hello " + name


class Point:
    pass


# region main
greet_proxy = weakref.proxy(greet)
print(greet_proxy("ada"))
kind = type(greet_proxy)
print("CallableProxyType:",
      kind is weakref.CallableProxyType)
listed = weakref.ProxyTypes
print("both in ProxyTypes:",
      weakref.ProxyType in listed
      and weakref.CallableProxyType in listed)

point = Point()
try:
    # Proxies cannot be dictionary keys.
    {weakref.proxy(point): "label"}
except TypeError:
    print("TypeError: a proxy is unhashable")
# endregion
