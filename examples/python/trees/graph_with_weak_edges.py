import gc
import weakref


# region main
class Vertex:
    def __init__(self, name):
        self.name = name
        self._neighbours = weakref.WeakSet()  # edges do not own vertices

    def connect(self, other):
        self._neighbours.add(other)
        other._neighbours.add(self)

    def neighbours(self):
        return sorted(v.name for v in self._neighbours)


graph = {name: Vertex(name) for name in "abc"}  # the graph owns its vertices
graph["a"].connect(graph["b"])
graph["a"].connect(graph["c"])
print("a:", graph["a"].neighbours())

del graph["c"]  # removing a vertex from the owner removes its edges too
gc.collect()
print("a:", graph["a"].neighbours())
# endregion
