// The ceiling: a bare Node http server that reads each request's body and answers with the same
// small JSON, about the size of a submitted answer's acknowledgement. Nothing can be faster here.
import { Buffer } from "node:buffer";
import { createServer } from "node:http";

const body = JSON.stringify({
  result: { data: { json: { recorded: true, duplicate: false, feedback: null } } },
});

const server = createServer((req, res) => {
  req.resume();
  req.on("end", () => {
    res.writeHead(200, {
      "content-type": "application/json",
      "content-length": Buffer.byteLength(body),
    });
    res.end(body);
  });
});
// As the servers it is compared with: idle connections stay open through a run.
server.keepAliveTimeout = 55_000;
server.headersTimeout = 60_000;
server.listen(Number(process.env.PORT), "127.0.0.1", 4096);
