// Minimal types for svg-to-pdfkit (untyped CommonJS): only what the report uses.
declare module "svg-to-pdfkit" {
  interface SvgToPdfOptions {
    width?: number;
    height?: number;
    /** Treat SVG units as points (the charts are sized in points). */
    assumePt?: boolean;
    preserveAspectRatio?: string;
    /** Returns the registered font name for a family, bold and italic. */
    fontCallback?: (
      family: string,
      bold: boolean,
      italic: boolean,
      options: { fauxItalic: boolean; fauxBold: boolean },
    ) => string;
    warningCallback?: (message: string) => void;
  }
  function SVGtoPDF(
    doc: PDFKit.PDFDocument,
    svg: string,
    x: number,
    y: number,
    options?: SvgToPdfOptions,
  ): void;
  export default SVGtoPDF;
}
