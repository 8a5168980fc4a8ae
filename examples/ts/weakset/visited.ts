// #region main
interface GraphNode {
  name: string;
  edges: GraphNode[];
}

// Walks a graph with cycles. The visited set keeps no node alive
// after the walk.
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
