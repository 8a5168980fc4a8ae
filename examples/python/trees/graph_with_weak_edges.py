import gc
import weakref


# region main
class Vertex:
    def __init__(self, name):
        self.name = name
        # Edges do not own vertices.
        self._neighbours = weakref.WeakSet()

    def connect(self, other):
        self._neighbours.add(other)
        other._neighbours.add(self)

    def neighbours(self):
        return sorted(v.name for v in self._neighbours)


# The graph owns its vertices.
graph = {name: Vertex(name) for name in "abc"}
graph["a"].connect(graph["b"])
graph["a"].connect(graph["c"])
print("a:", graph["a"].neighbours())

# Removing a vertex from the owner removes its
# edges too.
del graph["c"]
gc.collect()
print("a:", graph["a"].neighbours())
# endregion
