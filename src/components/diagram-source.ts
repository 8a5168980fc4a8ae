/** Reading a diagram source (src/diagrams/<name>.svg) for inlining into a page. */

/** What is wrong with a diagram's source: it must carry its text alternative, a <title> and a <desc>. */
export function diagramProblems(source: string): string[] {
  const problems: string[] = [];
  if (!/^<svg\s[^>]*viewBox="/.test(source.trim())) problems.push('must start with <svg … viewBox="…">');
  if (!/<title id="title">[^<]+<\/title>/.test(source)) problems.push('needs a <title id="title"> (its short text alternative)');
  if (!/<desc id="desc">[^<]{40,}<\/desc>/.test(source)) problems.push('needs a <desc id="desc"> that says what the diagram shows');
  return problems;
}

/**
 * The SVG ready to inline: ids prefixed with the diagram's name (two diagrams on a page must not collide), exposed to
 * assistive technology as one image named by its title and described by its desc.
 */
export function inlineDiagram(name: string, source: string): string {
  return source
    .trim()
    .replace(/\bid="([\w-]+)"/g, `id="${name}-$1"`)
    .replace(/url\(#([\w-]+)\)/g, `url(#${name}-$1)`)
    .replace('<svg ', `<svg role="img" aria-labelledby="${name}-title" aria-describedby="${name}-desc" class="diagram-svg" `);
}
