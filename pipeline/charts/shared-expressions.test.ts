// Vega's expressions compiled once per process and bound to each view's functions, as Vega binds
// them; the report's charts, drawn this way, are the golden SVGs (render.test.ts, build tests).
import { describe, expect, test } from "vitest";
import { sharedExpressionCodegen, type Codegen } from "./shared-expressions.js";

/** A code generator that counts its compiles and makes functions returning their `this`. */
function counting() {
  const counter = { compiles: 0 };
  const compile = (ctx: { functions?: object }) => {
    counter.compiles++;
    const fn = function (this: unknown) {
      return this;
    };
    return ctx.functions ? fn.bind(ctx.functions) : fn;
  };
  const base: Codegen = {
    operator: compile,
    parameter: compile,
    event: compile,
    handler: compile,
    encode: compile,
    codegen: {},
  };
  return { base, counter };
}

describe("shared expression code", () => {
  test("compiles an expression once, and binds it to each view's functions", () => {
    const { base, counter } = counting();
    const shared = sharedExpressionCodegen(base);
    const [one, two] = [{ functions: { view: 1 } }, { functions: { view: 2 } }];
    const a = shared.parameter(one, { code: "datum.x" }) as () => unknown;
    const b = shared.parameter(two, { code: "datum.x" }) as () => unknown;
    expect(counter.compiles).toBe(1);
    expect(a).not.toBe(b);
    expect([a(), b()]).toEqual([one.functions, two.functions]);
  });

  test("compiles the same code of another kind, or other code, on its own", () => {
    const { base, counter } = counting();
    const shared = sharedExpressionCodegen(base);
    const ctx = { functions: {} };
    shared.parameter(ctx, { code: "datum.x" });
    shared.operator(ctx, { code: "datum.x" });
    shared.parameter(ctx, { code: "datum.y" });
    expect(counter.compiles).toBe(3);
  });

  test("leaves an expression without functions to bind to Vega, every time", () => {
    const { base, counter } = counting();
    const shared = sharedExpressionCodegen(base);
    shared.encode({}, { code: "1" });
    shared.encode({}, { code: "1" });
    expect(counter.compiles).toBe(2);
  });
});
