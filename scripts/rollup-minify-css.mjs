/**
 * A rollup plugin that minifies the CSS inside Lit's css`...` literals: comments out, white space folded
 * (terser leaves template text as it is). Only for the element's own style modules.
 */
export function minifyCssLiterals({ include = /\.styles\.ts$/ } = {}) {
  return {
    name: 'minify-css-literals',
    transform(code, id) {
      if (!include.test(id)) return null;
      const minified = code.replace(/css`([^`]*)`/g, (_, body) => {
        const css = body
          .replace(/\/\*[\s\S]*?\*\//g, '')
          .replace(/\s+/g, ' ')
          .replace(/\s*([{}:;,>])\s*/g, '$1')
          .replace(/;}/g, '}')
          .trim();
        return `css\`${css}\``;
      });
      return { code: minified, map: null };
    },
  };
}
