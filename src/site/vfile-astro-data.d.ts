/**
 * starlight-links-validator ships TypeScript source that reads `file.data.astro.frontmatter`, typed by
 * @astrojs/markdown-remark's augmentation of vfile. This project uses Astro's default Markdown processor
 * (Sätteri) and does not install markdown-remark, so `tsc` needs the same declaration from here.
 */
import 'vfile';

declare module 'vfile' {
  interface DataMap {
    astro: { frontmatter?: Record<string, any> };
  }
}
