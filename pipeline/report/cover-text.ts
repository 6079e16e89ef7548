// What the cover says: the front matter's words, or the defaults, for the year. The PDF's cover
// and the web edition's header say the same.
import { reportText } from "./messages.js";
import { themeOfYear, type FrontMatter } from "./template/front-matter.js";

export interface CoverText {
  title: string;
  subtitle: string;
  theme: string | undefined;
  author: string;
  year: number;
  isSample: boolean;
}

export function coverText(frontMatter: FrontMatter, year: number, isSample: boolean): CoverText {
  return {
    title: frontMatter.title ?? reportText.defaultTitle(year),
    subtitle: frontMatter.subtitle ?? reportText.defaultSubtitle,
    theme: themeOfYear(frontMatter.theme, year),
    author: frontMatter.author ?? reportText.defaultAuthor,
    year,
    isSample,
  };
}
