// #region main
interface GraphNode {
  name: string;
  edges: GraphNode[];
}

// Walks a graph with cycles: the visited set
// stops the loop. It is local, so a Set would do
// the same here: either one is garbage once the
// walk returns.
function walk(start: GraphNode): string[] {
  const visited = new WeakSet<GraphNode>();
  const order: string[] = [];
  const visit = (node: GraphNode): void => {
    if (visited.has(node)) return;
    visited.add(node);
    order.push(node.name);
    node.edges.forEach(visit);
  };
  visit(start);
  return order;
}

const a: GraphNode = { name: 'a', edges: [] };
const b: GraphNode = { name: 'b', edges: [a] };
a.edges.push(b); // a cycle
console.log(walk(a).join(' -> '));
// #endregion
