// Vega compiles every expression of a chart with `Function`: the update of a signal, a
// parameter, the encoding of a mark. The charts of a report repeat most of them (the axes, the
// labels, the bars are encoded alike), and each compiled afresh starts cold, uncompiled by the
// JIT. Vega takes its code generator as a view option (`expr`); this one is Vega's own, with
// each function compiled once per process by its code and bound to each view's functions as
// Vega binds it.
import * as vega from "vega";

type Compile = (ctx: VegaContext, expr: unknown) => unknown;
interface VegaContext {
  functions?: object;
}
const KINDS = ["operator", "parameter", "event", "handler", "encode"] as const;
/** Vega's code generator: a compile per kind of expression, and its accessor generators. */
export type Codegen = Record<(typeof KINDS)[number], Compile> & { codegen: unknown };

/** Vega's default code generator: what a runtime context gets when it is given none. */
const vegaCodegen = (
  vega as unknown as { runtimeContext: (...args: unknown[]) => { expr: Codegen } }
).runtimeContext({ events() {} }, {}, {}).expr;

/** `base` (Vega's own) with each expression compiled once, for every view given the result. */
export function sharedExpressionCodegen(base: Codegen = vegaCodegen): Codegen {
  const compiled = new Map<string, (...args: unknown[]) => unknown>();
  const shared = { ...base };
  for (const kind of KINDS) {
    const compile = base[kind];
    shared[kind] = (ctx, expr) => {
      // Vega returns an unbound function where there are no functions to bind, and its callers
      // decorate what they get (accessor fields and names): that one cannot be shared.
      if (!ctx?.functions) return compile(ctx, expr);
      const key = `${kind}\u0000${JSON.stringify(expr)}`;
      let fn = compiled.get(key);
      if (!fn) compiled.set(key, (fn = compile({}, expr) as (...args: unknown[]) => unknown));
      return fn.bind(ctx.functions);
    };
  }
  return shared;
}
