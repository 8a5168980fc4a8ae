import weakref


def greet(name):
    return "hello " + name


class Point:
    pass


# region main
greet_proxy = weakref.proxy(greet)
print(greet_proxy("ada"))
print("CallableProxyType:",
      type(greet_proxy) is weakref.CallableProxyType)
print("both in ProxyTypes:",
      weakref.ProxyType in weakref.ProxyTypes
      and weakref.CallableProxyType in weakref.ProxyTypes)

point = Point()
try:
    # Proxies cannot be dictionary keys.
    {weakref.proxy(point): "label"}
except TypeError:
    print("TypeError: a proxy is unhashable")
# endregion
