// fontkit ships no types: the one function we call, typed by what we use of its result.
declare module "fontkit" {
  export function openSync(path: string): import("./parsed-font.js").MeasurableFont;
}
