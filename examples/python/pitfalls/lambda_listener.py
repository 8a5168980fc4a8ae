import gc
import weakref


# region main
listeners = []


def subscribe(func):
    listeners.append(weakref.ref(func))


def publish(message):
    for ref in listeners:
        func = ref()
        if func is not None:
            func(message)


def named(message):
    print("named got", message)


subscribe(named)                                  # a module-level function: lives on
subscribe(lambda message: print("lambda got", message))  # nothing else holds the lambda
gc.collect()
publish("hello")  # only the named function is still there
# endregion
# mistake: region main
