import type { satteri } from '@astrojs/markdown-satteri';

/** A plugin for Sätteri, Astro's Markdown processor (our node shapes are a subset of its hast types). */
export type SatteriHastPlugin = NonNullable<NonNullable<Parameters<typeof satteri>[0]>['hastPlugins']>[number];

type PropertyValue = string | number | boolean | (string | number)[] | null | undefined;

/** The few hast shapes the site's rehype plugins touch (Markdown and MDX trees alike). */
export interface HastNode {
  type: string;
  tagName?: string;
  value?: string;
  properties?: Record<string, PropertyValue>;
  children?: HastNode[];
}

export interface HastElement extends HastNode {
  type: 'element';
  tagName: string;
  properties: Record<string, PropertyValue>;
  children: HastNode[];
}

export const isElement = (node: HastNode, tag?: string): node is HastElement =>
  node.type === 'element' && (tag === undefined || node.tagName === tag);

/** The text of a node and its descendants. */
export function textOf(node: HastNode): string {
  return node.type === 'text' ? (node.value ?? '') : (node.children ?? []).map(textOf).join('');
}

/** Calls `visit` for every node, with its ancestors (nearest last). */
export function walk(node: HastNode, visit: (node: HastNode, ancestors: HastNode[]) => void, ancestors: HastNode[] = []): void {
  visit(node, ancestors);
  for (const child of node.children ?? []) walk(child, visit, [...ancestors, node]);
}

/** A mutable deep copy of a (read-only) node the Markdown processor handed to a plugin. */
export function copyOf(node: HastNode): HastNode {
  return JSON.parse(JSON.stringify(node)) as HastNode;
}
