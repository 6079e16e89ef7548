// Splits table-of-contents entries over pages: the TOC pages are reserved before the chapters
// are laid out, so their number must be known in advance.
export function paginateToc(
  entryHeights: readonly number[],
  firstPageSpace: number,
  pageSpace: number,
): number[][] {
  const pages: number[][] = [[]];
  let space = firstPageSpace;
  entryHeights.forEach((height, index) => {
    const page = pages[pages.length - 1];
    if (page && (height <= space || page.length === 0)) {
      page.push(index);
      space -= height;
    } else {
      pages.push([index]);
      space = pageSpace - height;
    }
  });
  return pages;
}
