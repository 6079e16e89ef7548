// The chart worker (dist/chart-worker.mjs, see chart-drawer.ts): loads Vega, Vega-Lite and the
// label fonts as soon as it starts, then draws the charts it is sent, one at a time, in order.
import { parentPort } from "node:worker_threads";
import { parsedFont } from "../shaping/parsed-font.js";
import { serialiseError, type DrawAnswer, type DrawRequest } from "./chart-drawer.js";
import { renderChart } from "./render.js";

const port = parentPort;
if (!port) throw new Error("chart-worker.mjs runs as a worker thread of itip");

// Read the fonts' layout tables now, while the main thread is busy with the statistics.
for (const face of ["regular", "bold"] as const) parsedFont(face).layout("a");

let queue: Promise<void> = Promise.resolve();
port.on("message", (request: DrawRequest) => {
  queue = queue.then(async () => {
    let answer: DrawAnswer;
    try {
      answer = { id: request.id, chart: await renderChart(request.definition, request.theme) };
    } catch (error) {
      answer = { id: request.id, error: serialiseError(error) };
    }
    port.postMessage(answer);
  });
});
