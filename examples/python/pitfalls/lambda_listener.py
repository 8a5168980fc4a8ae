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


# A module-level function: lives on.
subscribe(named)
# Nothing else holds the lambda.
subscribe(lambda message: print("lambda got", message))
gc.collect()
# Only the named function is still there:
publish("hello")
# endregion
# mistake: region main
