/**
 * Text to gzip and back with the platform's compression streams (browsers, workers and Node.js 20 have them):
 * a received file's inputs are kept compressed, a tenth of their size, and opened only to show the report.
 */

async function collect(stream: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    size += value.length;
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

function streamOf(bytes: Uint8Array): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      controller.enqueue(bytes);
      controller.close();
    },
  });
}

export function gzipText(text: string): Promise<Uint8Array> {
  return collect(streamOf(new TextEncoder().encode(text)).pipeThrough(new CompressionStream('gzip')));
}

export async function gunzipText(gzip: Uint8Array): Promise<string> {
  return new TextDecoder().decode(await collect(streamOf(gzip).pipeThrough(new DecompressionStream('gzip'))));
}
