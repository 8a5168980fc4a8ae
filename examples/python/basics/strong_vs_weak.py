# A strong reference (here: a list element) keeps
# an object alive; a weak reference does not.
import gc
import weakref


class Report:
    pass


# region main
report = Report()
weak = weakref.ref(report)
# A list element is an ordinary, strong reference.
strong = [report]

del report
gc.collect()
print("the list still holds it:", weak() is not None)

strong.clear()  # drops the last strong reference
gc.collect()
print("only the weak reference is left:", weak())
# endregion
